// Entries due for review: those whose reviewed date is older than the review period the checker
// warns about, and those whose law-change note was last checked longer ago than the review
// policy allows for its kind (knowledge/review-policy.yaml: law and funding notes).
import type { Entry, ReviewPolicy } from '../kb/model.js';
import { RULES } from '../kb/validate-entry.js';
import { isWatchOverdue, watchDue } from '../kb/watch-due.js';

export interface StaleEntry {
  entry: Entry;
  /** Why it is listed: the whole entry's review, or its law or funding watch note. */
  reason: 'review' | 'law' | 'funding';
  /** YYYY-MM-DD the review or re-check fell due. */
  due: string;
  /** YYYY-MM-DD of the last review or check. */
  since: string;
}

export function findStale(entries: readonly Entry[], now: Date, policy?: ReviewPolicy): StaleEntry[] {
  const stale: StaleEntry[] = [];
  for (const entry of entries) {
    const due = new Date(`${entry.reviewed}T00:00:00Z`);
    due.setUTCMonth(due.getUTCMonth() + RULES.reviewMonths);
    if (due < now) stale.push({ entry, reason: 'review', due: due.toISOString().slice(0, 10), since: entry.reviewed });
    const w = entry.watch;
    if (w && policy && isWatchOverdue(w, policy, now)) stale.push({ entry, reason: w.kind, due: watchDue(w, policy), since: w.checked });
  }
  return stale.sort((a, b) => a.since.localeCompare(b.since) || a.entry.id.localeCompare(b.entry.id) || a.reason.localeCompare(b.reason));
}
