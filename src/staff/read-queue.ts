// The unanswered queue as staff see it: overdue "did you mean" questions swept in by the store,
// then the open items grouped by meaning with the live knowledge's own word analysis.
import { analyze } from '../nlp/analyze.js';
import type { UnansweredItem } from '../store/store.js';
import { groupUnanswered, type QueueGroup } from './group-unanswered.js';
import type { StaffDeps } from './staff-deps.js';

export async function readQueue(deps: StaffDeps): Promise<QueueGroup[]> {
  return groupOpenItems(deps, await deps.store.listOpenUnanswered(deps.now()));
}

export function groupOpenItems(deps: Pick<StaffDeps, 'knowledge'>, items: readonly UnansweredItem[]): QueueGroup[] {
  const { lexicon } = deps.knowledge.current.index;
  return groupUnanswered(items, (text) => analyze(text, lexicon).terms);
}
