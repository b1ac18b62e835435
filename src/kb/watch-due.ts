// When a watch note falls due for re-checking: its checked date plus the months the review
// policy allows for its kind (knowledge/review-policy.yaml), so the period lives in data.
import type { ReviewPolicy, Watch } from './model.js';

/** YYYY-MM-DD on which the note is due to be checked again. */
export function watchDue(watch: Watch, policy: ReviewPolicy): string {
  const due = new Date(`${watch.checked}T00:00:00Z`);
  due.setUTCMonth(due.getUTCMonth() + policy[watch.kind]);
  return due.toISOString().slice(0, 10);
}

export function isWatchOverdue(watch: Watch, policy: ReviewPolicy, now: Date): boolean {
  return new Date(`${watchDue(watch, policy)}T00:00:00Z`) < now;
}
