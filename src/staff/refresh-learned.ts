// Phrasings taught in another process (`npm run admin -- link` from the terminal, or another
// replica sharing the database) reach this one's index within a poll interval, without a restart.
import type { KnowledgeHolder } from '../kb/knowledge-holder.js';
import type { Logger } from '../log.js';
import { TIMINGS } from '../store/limits.js';
import type { Store } from '../store/store.js';

/** Polls the store's learned phrasings; returns a function that stops. Never keeps a process alive. */
export function refreshLearned(store: Store, knowledge: KnowledgeHolder, logger: Logger, intervalMs = TIMINGS.learnedPollMs): () => void {
  let last = '';
  const poll = async () => {
    const learned = (await store.listLearned()).map((l) => ({ text: l.text, entryId: l.entryId }));
    const signature = JSON.stringify(learned);
    if (last && signature !== last) knowledge.setLearned(learned);
    last = signature;
  };
  poll().catch(() => {});
  const timer = setInterval(() => poll().catch((err) => logger.debug('learned phrasings: could not poll the store', { err })), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
