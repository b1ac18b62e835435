// Runs one of the project's terminal commands in a real child process, as an operator would: in
// a scratch working folder (no .env), with no platform tokens, only the settings the test gives.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** A child loads the TypeScript and the knowledge; generous for two busy shared cores. */
export const CHILD_TIMEOUT_MS = 120_000;

export interface TerminalRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The absolute path of a terminal entry point, e.g. script('cli/ask'). */
export function script(name: 'cli/ask' | 'cli/admin' | 'cli/kb-check' | 'start'): string {
  return join(ROOT, 'adapters', `${name}.ts`);
}

/** Runs `tsx <argv...>`; standard input gets `input` (or nothing) and is then closed. */
export function runTerminal(argv: string[], env: Record<string, string>, input?: string): Promise<TerminalRun> {
  const cwd = mkdtempSync(join(tmpdir(), 'security-cwd-'));
  return new Promise((done) => {
    const child = execFile(
      TSX,
      argv,
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, LOG_LEVEL: 'warn', ADVISOR_WATCH_KNOWLEDGE: 'false', ...env },
        timeout: CHILD_TIMEOUT_MS - 10_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

/** A fresh folder for a data file, and its path. */
export function scratchDataFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'security-data-')), 'advisor.json');
}

/** A copy of a knowledge folder (the shipped one by default) in a temp folder, safe to edit. */
export function copyKnowledge(from = join(ROOT, 'knowledge')): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'security-kb-')), 'knowledge');
  cpSync(from, dir, { recursive: true });
  return dir;
}
