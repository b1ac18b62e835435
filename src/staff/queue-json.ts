// The queue as JSON for scripts (`npm run admin -- unanswered --json`): one object per group of
// similar questions, with the redacted text only.
import type { StaffActor } from '../types.js';
import { auditAction } from './audit-action.js';
import { readQueue } from './read-queue.js';
import type { StaffDeps } from './staff-deps.js';

export interface QueueJsonItem {
  /** Pass to link or dismiss. */
  id: number;
  text: string;
  count: number;
  reason: string;
  reasons: string[];
  platforms: string[];
  firstAskedAt: string;
  lastAskedAt: string;
  itemIds: number[];
  nearest: { entryId: string; title: string | null; score: number }[];
}

export async function queueAsJson(deps: StaffDeps, actor: StaffActor): Promise<QueueJsonItem[]> {
  const groups = await readQueue(deps);
  await auditAction(deps, actor, 'unanswered', `${groups.length} group(s) as JSON`);
  const { kb } = deps.knowledge.current;
  return groups.map((g) => ({
    id: g.id,
    text: g.text,
    count: g.count,
    reason: g.reason,
    reasons: g.reasons,
    platforms: g.platforms,
    firstAskedAt: g.firstAskedAt,
    lastAskedAt: g.lastAskedAt,
    itemIds: g.itemIds,
    nearest: g.nearest.map((n) => ({ entryId: n.entryId, title: kb.byId.get(n.entryId)?.title ?? null, score: n.score })),
  }));
}
