// "dismiss <item>": takes an item and the questions grouped with it off the queue, for
// off-topic questions and spam. Nothing is learned.
import { audit } from '../../store/records.js';
import type { Reply, StaffActor } from '../../types.js';
import { findGroup } from '../group-unanswered.js';
import { actorKey } from '../is-staff.js';
import { groupOpenItems } from '../read-queue.js';
import type { StaffDeps } from '../staff-deps.js';
import { quoteUserText, staffReply } from '../staff-reply.js';
import { itemNotOpen } from './item-not-open.js';
import type { VerbResult } from './verb-result.js';

export async function dismiss(deps: StaffDeps, actor: StaffActor, itemId: number): Promise<VerbResult> {
  const { kb } = deps.knowledge.current;
  const at = deps.now();
  const by = actorKey(actor);
  return deps.store.update((data): VerbResult => {
    const item = data.unanswered.find((i) => i.id === itemId);
    if (!item || item.status !== 'open') {
      audit(data, by, 'dismiss', `item ${itemId}: refused (${item ? `already ${item.status}` : 'no such item'})`, at);
      return { ok: false, reply: itemNotOpen(itemId, item, kb) };
    }
    const group = findGroup(groupOpenItems(deps, data), itemId)!;
    for (const i of data.unanswered) if (group.itemIds.includes(i.id)) i.status = 'dismissed';
    audit(data, by, 'dismiss', `item ${itemId} (${group.count} question(s))`, at);
    const reply: Reply = staffReply(`Dismissed #${itemId}`, [
      { body: `${quoteUserText(item.text)}${group.count > 1 ? ` and ${group.count - 1} similar question(s)` : ''} left the queue.` },
    ]);
    return { ok: true, reply };
  });
}
