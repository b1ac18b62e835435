// The terminal chat (`npm start` with no platform configured) as a real child process that a test
// types into one line at a time, reading each answer as it is printed: the way to watch a live
// bot through a knowledge edit without letting a hang in it hang the test runner too.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, script } from './run-terminal.js';

export interface ChatProcess {
  /** Types a line; resolves with the answer printed for it, or rejects after `timeoutMs`. */
  ask(line: string, timeoutMs?: number): Promise<string>;
  /** Resolves once standard error matches `pattern` (log lines), or rejects after `timeoutMs`. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stderr(): string;
  close(): Promise<number | null>;
}

export function startChat(env: Record<string, string>): ChatProcess {
  const cwd = mkdtempSync(join(tmpdir(), 'security-chat-'));
  const child: ChildProcessWithoutNullStreams = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [script('start')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const until = async <T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() > end) throw new Error(`chat process: no ${what} within ${timeoutMs} ms; stderr: ${err.slice(-500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  return {
    async ask(line, timeoutMs = 20_000) {
      const from = out.length;
      child.stdin.write(line + '\n');
      // Each answer is printed in one write as "\n<answer>\n\n" (sections inside it are separated
      // by one blank line), so output ending in a blank line is a whole answer.
      return until(() => {
        const printed = out.slice(from);
        return printed.trim() && printed.endsWith('\n\n') ? printed.trim() : undefined;
      }, timeoutMs, `answer to "${line.slice(0, 40)}"`);
    },
    waitForLog: (pattern, timeoutMs = 20_000) => until(() => pattern.exec(err)?.[0], timeoutMs, `log line matching ${pattern}`),
    stderr: () => err,
    async close() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
