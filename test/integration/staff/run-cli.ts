// Runs a terminal command of the project in a real child process, as an operator would, with
// only the settings the test gives it (no .env, no platform tokens from the developer's shell).
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(script: 'ask' | 'admin' | 'kb-learned', args: string[], env: Record<string, string>): Promise<CliResult> {
  // A scratch working folder, so a developer's own .env is never read.
  const cwd = mkdtempSync(join(tmpdir(), 'staff-cli-cwd-'));
  return new Promise((done) => {
    execFile(
      TSX,
      [join(ROOT, 'adapters', 'cli', `${script}.ts`), ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, LOG_LEVEL: 'warn', ADVISOR_WATCH_KNOWLEDGE: 'false', ...env }, timeout: 30_000 },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
