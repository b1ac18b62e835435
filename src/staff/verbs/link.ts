// "link <item> <entry-id>": teaches the bot that the item's question means that entry. The
// phrasing is kept in the store (so a restart keeps it) and added to the live index at once;
// every question grouped with the item leaves the queue.
import { countMarkers } from '../../store/privacy.js';
import type { UnansweredItem } from '../../store/store.js';
import type { Reply, StaffActor } from '../../types.js';
import { closeEntryIds } from '../close-ids.js';
import { findGroup } from '../group-unanswered.js';
import { auditActor } from '../is-staff.js';
import { readQueue } from '../read-queue.js';
import type { StaffDeps } from '../staff-deps.js';
import { quoteUserText, staffReply } from '../staff-reply.js';
import { teachableText } from '../teachable-text.js';
import { refuseNotOpen } from './item-not-open.js';
import type { VerbResult } from './verb-result.js';

export async function link(deps: StaffDeps, actor: StaffActor, itemId: number, entryId: string): Promise<VerbResult> {
  const { kb } = deps.knowledge.current;
  const at = deps.now().toISOString();
  const by = auditActor(actor, deps.config.hashSalt);
  const refuse = async (reply: Reply, why: string): Promise<VerbResult> => {
    await deps.store.appendAudit({ at, actor: by, action: 'link', detail: `item ${itemId} -> ${entryId}: refused (${why})` });
    return { ok: false, reply };
  };
  const group = findGroup(await readQueue(deps), itemId);
  if (!group) return refuseNotOpen(deps, by, 'link', itemId, ` -> ${entryId}`);
  const item = group.items.find((i) => i.id === itemId)!;
  const entry = kb.byId.get(entryId);
  if (!entry) {
    const close = closeEntryIds(entryId, [...kb.byId.keys()]);
    const suggestions = close.length ? close : item.nearest.map((n) => n.entryId).filter((id) => kb.byId.has(id));
    const hint = suggestions.length ? `Close entry ids:\n${suggestions.map((id) => `- ${id}: ${kb.byId.get(id)!.title}`).join('\n')}` : 'Run **stale** or look in the knowledge folder for the entry ids.';
    return refuse(staffReply('No such entry', [{ body: `There is no entry "${entryId}".` }, { body: hint }]), 'no such entry');
  }
  const text = teachableText(cleanestText(item, group.items));
  if (!text) return refuse(staffReply('Nothing to learn', [{ body: `Item #${itemId} has no words left once personal details are removed; use **dismiss ${itemId}** instead.` }]), 'no words');
  // One operation: the group leaves the queue, the phrasing is learned (replacing any earlier
  // teaching of the same words) and the action is audited, or none of it happens.
  const changed = await deps.store.resolveUnanswered({
    named: itemId,
    ids: group.itemIds,
    status: 'linked',
    entryId: entry.id,
    learned: { text, entryId: entry.id, by, at },
    audit: { at, actor: by, action: 'link', detail: `item ${itemId} (${group.count} question(s)) -> ${entry.id}` },
  });
  if (changed.length === 0) return refuseNotOpen(deps, by, 'link', itemId, ` -> ${entryId}`);
  deps.knowledge.setLearned((await deps.store.listLearned()).map((l) => ({ text: l.text, entryId: l.entryId })));
  const times = group.count === 1 ? 'the question' : `the ${group.count} grouped questions`;
  return {
    ok: true,
    reply: staffReply(`Linked #${itemId} to ${entry.id}`, [
      { body: `The bot now answers ${quoteUserText(text)} with **${entry.title}**, here and after a restart. ${capitalise(times)} left the queue.` },
      { body: 'To put the phrasing into the entry\'s file for review, run npm run kb:learned.' },
    ]),
  };
}

/**
 * The group's phrasing with the fewest personal details removed from it (the named item when
 * tied): "call me on [phone]" leaves "call me on" behind, which makes a poor example question.
 */
function cleanestText(named: UnansweredItem, group: UnansweredItem[]): string {
  return group.reduce((best, i) => (countMarkers(i.text) < countMarkers(best) ? i.text : best), named.text);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
