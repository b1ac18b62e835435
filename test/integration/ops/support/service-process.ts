// Starts the bot as a real process, the way a supervisor runs it (`node adapters/run.mjs start`,
// which is what `npm start` runs), with a throwaway data file and the given settings, and lets a
// test read its output as it comes, send it signals and wait for it to exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, ROOT } from '../../core/support/child-process.js';

export interface ServiceProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first stderr line matching, or rejects after timeoutMs. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
  /** Whether the process has ended yet. */
  running(): boolean;
  /** Kills it if still running and removes the temp folder. */
  dispose(): Promise<void>;
}

/** `command`: another run.mjs command to start instead of `start`, e.g. 'discord:shards'. */
export function startService(env: NodeJS.ProcessEnv, options: { input?: string; command?: string } = {}): ServiceProcess {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-service-'));
  const child = spawn(process.execPath, ['adapters/run.mjs', options.command ?? 'start'], {
    cwd: ROOT,
    env: { ...childEnv(join(dir, 'advisor.json')), LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString('utf8');
    listeners.forEach((l) => l());
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  let ended = false;
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      ended = true;
      listeners.forEach((l) => l());
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    running: () => !ended,
    waitForLog(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = err.split('\n').find((l) => pattern.test(l));
          if (line !== undefined) {
            done();
            resolve(line);
          } else if (ended) {
            done();
            reject(new Error(`the process ended without logging ${pattern}; stderr:\n${err}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`not logged within ${timeoutMs} ms: ${pattern}; stderr:\n${err}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    async dispose() {
      if (!ended) {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on right now, on 127.0.0.1 (for settings that must name one). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
