// From a clone to a running bot, as the README tells an operator to do it: `npm ci`, `npm run
// build`, `npm prune --omit=dev`, then `npm start` with no TypeScript tooling left. Runs on a
// copy of the project's files; npm works offline from its cache (filled by the project's own
// `npm ci`), so the test reaches no network.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { childEnv, ROOT } from '../core/support/child-process.js';

const INSTALL_MS = 240_000;
let dir: string;

/** The project's files as a fresh clone has them (tracked, plus new files not ignored), without build output. */
function copyProject(to: string) {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (file.startsWith('dist/') || !existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(ROOT, file), join(to, file));
  }
}

function npm(args: string[], input = ''): SpawnSyncReturns<string> {
  const env = childEnv(join(dir, 'data', 'advisor.json'));
  return spawnSync('npm', args, { cwd: dir, env: { ...env, npm_config_audit: 'false', npm_config_fund: 'false' }, input, encoding: 'utf8', timeout: INSTALL_MS });
}

function sizeOf(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((n, name) => n + sizeOf(join(path, name)), 0) : s.size;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'advisor-clone-'));
  copyProject(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a fresh clone, built and pruned for production', () => {
  it('given `npm ci`, the committed lockfile installs as it is', () => {
    const ci = npm(['ci', '--offline']);
    expect({ status: ci.status, stderr: ci.status === 0 ? '' : ci.stderr }).toEqual({ status: 0, stderr: '' });
  }, INSTALL_MS);

  it('given `npm run build` then `npm prune --omit=dev`, the build is there and no development tooling is left', () => {
    expect(npm(['run', 'build']).status).toBe(0);
    expect(existsSync(join(dir, 'dist', 'adapters', 'start.js'))).toBe(true);
    // The PostgreSQL store reads its migrations by path beside the compiled module.
    const migrations = readdirSync(join(dir, 'src', 'store', 'postgres', 'migrations'));
    expect(migrations.length).toBeGreaterThan(0);
    for (const file of migrations) expect({ file, built: existsSync(join(dir, 'dist', 'src', 'store', 'postgres', 'migrations', file)) }).toEqual({ file, built: true });
    expect(npm(['prune', '--omit=dev', '--offline']).status).toBe(0);
    for (const tool of ['tsx', 'typescript', 'jest', '@swc/core', 'esbuild']) expect({ tool, installed: existsSync(join(dir, 'node_modules', tool)) }).toEqual({ tool, installed: false });
    // natural's database drivers are replaced by an empty package (package.json "overrides").
    expect(sizeOf(join(dir, 'node_modules', 'natural', 'node_modules', 'mongoose'))).toBeLessThan(2000);
    expect(existsSync(join(dir, 'node_modules', 'mongodb'))).toBe(false);
  }, INSTALL_MS);

  it('given a question piped into `npm start`, the pruned bot answers it from the build', () => {
    const run = npm(['start', '--silent'], 'how long does an ACV listing last?\n');
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/\b(five|5) years\b/i);
    expect(npm(['start', '--silent', '--', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: npm start') });
  }, INSTALL_MS);
});
