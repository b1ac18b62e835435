// The unanswered queue as staff see it: abandoned "did you mean" questions swept in first,
// then the open items grouped by meaning with the live knowledge's own word analysis.
import { analyze } from '../nlp/analyze.js';
import { sweepAbandonedClarifies } from '../store/records.js';
import type { StoreData } from '../store/store.js';
import { groupUnanswered, type QueueGroup } from './group-unanswered.js';
import type { StaffDeps } from './staff-deps.js';

export async function readQueue(deps: StaffDeps): Promise<QueueGroup[]> {
  const now = deps.now();
  await deps.store.update((data) => sweepAbandonedClarifies(data, now));
  return groupOpenItems(deps, deps.store.read());
}

/** Synchronous, so a caller can group and change the store within one update. */
export function groupOpenItems(deps: Pick<StaffDeps, 'knowledge'>, data: Readonly<StoreData>): QueueGroup[] {
  const { lexicon } = deps.knowledge.current.index;
  return groupUnanswered(data.unanswered.filter((i) => i.status === 'open'), (text) => analyze(text, lexicon).terms);
}
