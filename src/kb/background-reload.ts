// Reloads the knowledge in a worker thread, so answering never waits for a reload: the folder is
// read, checked and indexed there (seconds, for a large folder) while questions are answered from
// the current knowledge, and the main thread only reads the finished result in.
//
// Measured (npm run bench, reload section): the longest pause a reload puts in the answering
// thread is reading the result in, a few milliseconds for the shipped knowledge; building in
// slices on the main thread could not do better than the index build, which is one step.
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
