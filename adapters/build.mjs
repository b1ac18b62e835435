// `npm run build`: compiles src/ and adapters/ to JavaScript in dist/ with the TypeScript
// compiler (tsconfig.build.json), then copies the data files the code reads by path at run time
// (JSON beside the modules, such as fitted weights, and the PostgreSQL migrations' .sql files),
// which the compiler does not emit.
// JavaScript, like run.mjs, so it needs nothing but node and the development dependencies.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
// The compiler's own command-line entry (typescript/bin/tsc, not an exported module path).
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

// A clean build: nothing left over from modules that no longer exist.
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

for (const folder of ['src', 'adapters']) {
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json') || name.endsWith('.sql')) {
        const target = join(dist, relative(root, path));
        mkdirSync(dirname(target), { recursive: true });
        cpSync(path, target);
      }
    }
  };
  walk(join(root, folder));
}
