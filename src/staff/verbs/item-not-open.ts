// The reply when link or dismiss names an item that is not waiting in the queue, with the
// refusal audited.
import type { KnowledgeBase } from '../../kb/model.js';
import type { UnansweredItem } from '../../store/store.js';
import type { Reply } from '../../types.js';
import type { StaffDeps } from '../staff-deps.js';
import { staffReply } from '../staff-reply.js';
import type { VerbResult } from './verb-result.js';

export function itemNotOpen(itemId: number, item: UnansweredItem | undefined, kb: KnowledgeBase): Reply {
  if (!item) return staffReply('No such item', [{ body: `There is no item #${itemId}. Run **unanswered** to see the items and their numbers.` }]);
  const what = item.status === 'linked' ? `already linked to ${item.entryId ?? 'an entry'}${item.entryId && kb.byId.has(item.entryId) ? ` (${kb.byId.get(item.entryId)!.title})` : ''}` : 'already dismissed';
  return staffReply('Not in the queue', [{ body: `Item #${itemId} was ${what}.` }]);
}

export async function refuseNotOpen(deps: StaffDeps, by: string, action: 'link' | 'dismiss', itemId: number, target = ''): Promise<VerbResult> {
  const item = await deps.store.getUnanswered(itemId);
  const why = item ? `already ${item.status}` : 'no such item';
  await deps.store.appendAudit({ at: deps.now().toISOString(), actor: by, action, detail: `item ${itemId}${target}: refused (${why})` });
  return { ok: false, reply: itemNotOpen(itemId, item, deps.knowledge.current.kb) };
}
