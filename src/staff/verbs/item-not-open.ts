// The reply when link or dismiss names an item that is not waiting in the queue.
import type { KnowledgeBase } from '../../kb/model.js';
import type { UnansweredItem } from '../../store/store.js';
import type { Reply } from '../../types.js';
import { staffReply } from '../staff-reply.js';

export function itemNotOpen(itemId: number, item: UnansweredItem | undefined, kb: KnowledgeBase): Reply {
  if (!item) return staffReply('No such item', [{ body: `There is no item #${itemId}. Run **unanswered** to see the items and their numbers.` }]);
  const what = item.status === 'linked' ? `already linked to ${item.entryId ?? 'an entry'}${item.entryId && kb.byId.has(item.entryId) ? ` (${kb.byId.get(item.entryId)!.title})` : ''}` : 'already dismissed';
  return staffReply('Not in the queue', [{ body: `Item #${itemId} was ${what}.` }]);
}
