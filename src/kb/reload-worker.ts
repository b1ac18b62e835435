// Runs in a worker thread: reads, checks and indexes the knowledge folder (or takes it from the
// start-up cache), and sends the result back as bytes, so the thread answering questions only
// has to read them in (see background-reload.ts). The knowledge it replaces comes in as bytes
// too, for the last good version of any file that is broken now.
import { parentPort } from 'node:worker_threads';
import { buildKnowledge } from './build-knowledge.js';
import type { KnowledgeBase } from './model.js';
import type { ReloadReply, ReloadRequest } from './reload-messages.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';

parentPort!.on('message', (request: ReloadRequest) => {
  let reply: ReloadReply;
  try {
    const previous = request.previous ? decodeSnapshot<{ kb: KnowledgeBase }>(request.previous).kb : undefined;
    const result = buildKnowledge({ dir: request.dir, learned: request.learned, limits: request.limits, previous, cacheDir: request.cacheDir });
    reply = result.built
      ? { ok: true, problems: result.built.problems, snapshot: result.bytes ?? encodeSnapshot(result.built) }
      : { ok: true, problems: result.problems };
  } catch (err) {
    reply = { ok: false, error: (err as Error)?.stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
