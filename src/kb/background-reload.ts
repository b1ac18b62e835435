// Reloads the knowledge in a worker thread, so answering never waits for a reload: the folder is
// read, checked and indexed there (seconds, for a large folder) while questions are answered from
// the current knowledge, and the main thread only reads the finished result in.
//
// Measured (npm run bench, reload section; 448 entries, 1.8 MB, a question due every 20 ms, on a
// busy 2-core machine): reloading in the answering thread held questions up for a median 398 ms
// (max 965 ms); in a worker, a median 17.5 ms against 9.9 ms with no reload at all (max 108 ms,
// reading the result in). Building in slices on the answering thread could not block for less
// than its longest single step, the index build (646 ms), so the worker it is.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ReloadReply, ReloadRequest } from './reload-messages.js';

/** Runs one reload in a fresh worker thread and resolves with its reply; rejects if the worker cannot run. */
export function reloadInWorker(request: ReloadRequest): Promise<ReloadReply> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.once('message', (reply: ReloadReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', (err) => reject(err));
    worker.once('exit', (code) => reject(new Error(`the reload worker stopped (exit ${code}) before replying`)));
    worker.postMessage(request);
  });
}

function startWorker(): Worker {
  // Compiled (dist/), the worker is plain JavaScript beside this file. Run from the TypeScript
  // source (development, tests), the worker thread needs the TypeScript loader registered first.
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./reload-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(script);
  const tsx = createRequire(import.meta.url).resolve('tsx/esm/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); import(${JSON.stringify(script.href)});`, { eval: true });
}
