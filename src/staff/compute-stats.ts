// Usage figures over a period: the last N whole UTC days, today included, read from the store's
// day counters, so the cost follows the number of days, never the number of questions.
import { DEFAULT_LIMITS } from '../store/limits.js';
import type { StatsSummary, Store } from '../store/store.js';

/** A further question from the same person this soon after an answer suggests it did not help. */
export const REASK_WINDOW_MS = DEFAULT_LIMITS.reaskWindowMs;

export interface Stats extends StatsSummary {
  days: number;
}

export async function computeStats(store: Store, days: number, now: Date): Promise<Stats> {
  const toDay = now.toISOString().slice(0, 10);
  const fromDay = new Date(now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { days, ...(await store.stats(fromDay, toDay)) };
}
