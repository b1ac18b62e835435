// Behind a load balancer, Slack's retry of an event can reach another replica than the first try
// did, and the in-process memory (dedupe.ts) cannot see that. Claiming the event id in the store
// that every replica shares makes one replica the one that answers. The claim is time-bound:
// answering must never wait long on the store (see src/store/recorder.ts), so when the store is
// down or slow the event is answered anyway (a rare duplicate beats a question left unanswered),
// and the log says so once per run of failures.
import type { Logger, Store } from '../../src/index.js';

/** How long an answer may wait for the store's verdict; a local store answers in milliseconds. */
export const CLAIM_TIMEOUT_MS = 500;

export type SharedClaim = (key: string) => Promise<boolean>;

/** A claimer over the store: resolves true when this replica should answer `key`. */
export function sharedClaim(store: Pick<Store, 'claimOnce'>, logger: Logger, ttlMs: number, timeoutMs = CLAIM_TIMEOUT_MS): SharedClaim {
  let failing = false;
  return async (key) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
    try {
      const verdict = await Promise.race([store.claimOnce(key, new Date(), ttlMs), late]);
      if (verdict === 'late') throw new Error(`no answer within ${timeoutMs} ms`);
      if (failing) logger.info('slack: the store answers claims again; retried events are answered once across replicas');
      failing = false;
      return verdict;
    } catch (err) {
      if (!failing) logger.warn(`slack: could not check with the store whether another replica already has this event (${(err as Error)?.message ?? String(err)}); answering anyway, so a retried event may be answered twice until the store answers again`);
      failing = true;
      return true;
    } finally {
      clearTimeout(timer);
    }
  };
}
