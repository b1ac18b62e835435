// Starts one of the support scripts as a separate process and follows what it prints, so a test
// can wait for a line or kill it mid-write. Node runs the TypeScript itself through tsx's loader
// (not the tsx command, which runs the script in a second process a SIGKILL would not reach).
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');

export interface Child {
  process: ChildProcess;
  lines: string[];
  /** Resolves when a printed line matches, or rejects when the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

export function startChild(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'integration', 'store', 'support', script), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let buffered = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  child.stdout!.on('data', (chunk) => {
    buffered += String(chunk);
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) if (w.pattern.test(line)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(line));
    }
  });
  child.stderr!.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-4000)));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    process: child,
    lines,
    exited,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise<string>((resolveLine, reject) => {
        const seen = lines.find((l) => pattern.test(l));
        if (seen) return resolveLine(seen);
        const timer = setTimeout(() => reject(new Error(`${script} printed no line matching ${pattern} within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
        waiters.push({ pattern, resolve: (l) => (clearTimeout(timer), resolveLine(l)) });
        void exited.then((code) => (clearTimeout(timer), reject(new Error(`${script} exited (${code}) before printing ${pattern}:\n${stderr}`))));
      }),
  };
}
