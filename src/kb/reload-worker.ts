// Runs in a worker thread: reads, checks and indexes the knowledge folder, and sends the result
// back as bytes, so the thread answering questions only has to read them in (see
// background-reload.ts). The knowledge it replaces comes in as bytes too, for the last good
// version of any file that is broken now.
import { parentPort } from 'node:worker_threads';
import { buildSearchIndex } from '../nlp/search-index.js';
import type { KnowledgeBase } from './model.js';
import type { ReloadReply, ReloadRequest } from './reload-messages.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';
import { loadUsableKnowledge } from './usable-knowledge.js';

parentPort!.on('message', (request: ReloadRequest) => {
  let reply: ReloadReply;
  try {
    const previous = request.previous ? decodeSnapshot<{ kb: KnowledgeBase }>(request.previous).kb : undefined;
    const load = loadUsableKnowledge(request.dir, { limits: request.limits, previous });
    const snapshot = load.kb ? encodeSnapshot({ kb: load.kb, index: buildSearchIndex(load.kb, request.learned) }) : undefined;
    reply = { ok: true, problems: load.problems, version: load.version, keptPrevious: load.keptPrevious, leftOut: load.leftOut, snapshot };
  } catch (err) {
    reply = { ok: false, error: (err as Error)?.stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
