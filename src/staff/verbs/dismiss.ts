// "dismiss <item>": takes an item and the questions grouped with it off the queue, for
// off-topic questions and spam. Nothing is learned.
import type { StaffActor } from '../../types.js';
import { findGroup } from '../group-unanswered.js';
import { auditActor } from '../is-staff.js';
import { readQueue } from '../read-queue.js';
import type { StaffDeps } from '../staff-deps.js';
import { quoteUserText, staffReply } from '../staff-reply.js';
import { refuseNotOpen } from './item-not-open.js';
import type { VerbResult } from './verb-result.js';

export async function dismiss(deps: StaffDeps, actor: StaffActor, itemId: number): Promise<VerbResult> {
  const at = deps.now().toISOString();
  const by = auditActor(actor, deps.config.hashSalt);
  const group = findGroup(await readQueue(deps), itemId);
  if (!group) return refuseNotOpen(deps, by, 'dismiss', itemId);
  const detail = `item ${itemId} (${group.count} question(s))`;
  const changed = await deps.store.resolveUnanswered({ named: itemId, ids: group.itemIds, status: 'dismissed', audit: { at, actor: by, action: 'dismiss', detail } });
  // Someone else linked or dismissed it between our read and our write.
  if (changed.length === 0) return refuseNotOpen(deps, by, 'dismiss', itemId);
  const item = group.items.find((i) => i.id === itemId)!;
  return {
    ok: true,
    reply: staffReply(`Dismissed #${itemId}`, [{ body: `${quoteUserText(item.text)}${group.count > 1 ? ` and ${group.count - 1} similar question(s)` : ''} left the queue.` }]),
  };
}
