// Entries whose reviewed date is older than the review period the checker warns about.
import type { Entry } from '../kb/model.js';
import { RULES } from '../kb/validate-entry.js';

export interface StaleEntry {
  entry: Entry;
  /** YYYY-MM-DD the review fell due. */
  due: string;
}

export function findStale(entries: readonly Entry[], now: Date): StaleEntry[] {
  const stale: StaleEntry[] = [];
  for (const entry of entries) {
    const due = new Date(`${entry.reviewed}T00:00:00Z`);
    due.setUTCMonth(due.getUTCMonth() + RULES.reviewMonths);
    if (due < now) stale.push({ entry, due: due.toISOString().slice(0, 10) });
  }
  return stale.sort((a, b) => a.entry.reviewed.localeCompare(b.entry.reviewed) || a.entry.id.localeCompare(b.entry.id));
}
