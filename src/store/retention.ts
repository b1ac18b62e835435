// Retention: counters, votes and queue items older than ADVISOR_RETENTION_DAYS are deleted at
// start-up and then once a day for as long as the process runs.
import type { Logger } from '../log.js';
import type { Store } from './store.js';

export const DAY_MS = 86_400_000;

export async function pruneExpired(store: Store, days: number, logger: Logger, now: Date = new Date()): Promise<number> {
  const pruned = await store.prune(now, days);
  if (pruned) logger.info(`retention: deleted ${pruned} record(s) older than ${days} days`);
  return pruned;
}

/** Prunes every intervalMs; returns a function that stops it. Never keeps a process alive. */
export function scheduleRetention(store: Store, days: number, logger: Logger, intervalMs: number = DAY_MS, now: () => Date = () => new Date()): () => void {
  const timer = setInterval(() => {
    pruneExpired(store, days, logger, now()).catch((err) => logger.error('retention: could not delete old records', { err }));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
