// Every command as a person types it: `--help` prints the usage and exits 0; a mistyped flag is
// refused by name with exit 2 and is never taken for a question (nothing reaches the queue).
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, CHILD_TIMEOUT_MS, ROOT, runNpm } from '../core/support/child-process.js';

const COMMANDS = ['start', 'ask', 'admin', 'kb:check', 'kb:learned', 'discord:register', 'discord:shards', 'eval'];

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; dataFile: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-args-'));
  const dataFile = join(dir, 'advisor.json');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['adapters/run.mjs', command, ...args], { cwd: ROOT, env: childEnv(dataFile), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('exit', (code) => {
      resolve({ code, stdout, stderr, dataFile: existsSync(dataFile) ? readFileSync(dataFile, 'utf8') : '' });
      rmSync(dir, { recursive: true, force: true });
    });
  });
}

describe('every command', () => {
  it('given --help, it prints its usage and exits 0; given --jsn, it exits 2 naming the flag and stores nothing', async () => {
    const results = await Promise.all(COMMANDS.flatMap((c) => [run(c, ['--help']), run(c, ['--jsn', 'how long does a listing last'])]));
    COMMANDS.forEach((command, i) => {
      const [help, typo] = [results[2 * i], results[2 * i + 1]];
      expect({ command, code: help.code }).toEqual({ command, code: 0 });
      expect(help.stdout).toContain('Usage:');
      expect({ command, code: typo.code }).toEqual({ command, code: 2 });
      expect(typo.stderr).toContain('Unknown option --jsn');
      expect(typo.stdout).toBe('');
      expect(typo.dataFile).toBe('');
    });
  }, CHILD_TIMEOUT_MS);

  it('given npm run ask -- --help and npm start -- --jsn through npm itself, the same holds', () => {
    expect(runNpm(['run', '--silent', 'ask', '--', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: npm run ask --') });
    const typo = runNpm(['start', '--silent', '--', '--jsn']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('Unknown option --jsn.');
  }, CHILD_TIMEOUT_MS);
});
