// "link <item> <entry-id>": teaches the bot that the item's question means that entry. The
// phrasing is kept in the store (so a restart keeps it) and added to the live index at once;
// every question grouped with the item leaves the queue.
import { audit } from '../../store/records.js';
import type { UnansweredItem } from '../../store/store.js';
import type { Reply, StaffActor } from '../../types.js';
import { closeEntryIds } from '../close-ids.js';
import { findGroup } from '../group-unanswered.js';
import { actorKey } from '../is-staff.js';
import { groupOpenItems } from '../read-queue.js';
import type { StaffDeps } from '../staff-deps.js';
import { quoteUserText, staffReply } from '../staff-reply.js';
import { questionKey, teachableText } from '../teachable-text.js';
import { itemNotOpen } from './item-not-open.js';
import type { VerbResult } from './verb-result.js';

export async function link(deps: StaffDeps, actor: StaffActor, itemId: number, entryId: string): Promise<VerbResult> {
  const { kb } = deps.knowledge.current;
  const at = deps.now();
  const by = actorKey(actor);
  const outcome = await deps.store.update((data): { ok: true; text: string; count: number } | { ok: false; reply: Reply } => {
    const item = data.unanswered.find((i) => i.id === itemId);
    const refuse = (reply: Reply, why: string) => {
      audit(data, by, 'link', `item ${itemId} -> ${entryId}: refused (${why})`, at);
      return { ok: false as const, reply };
    };
    if (!item || item.status !== 'open') return refuse(itemNotOpen(itemId, item, kb), item ? `already ${item.status}` : 'no such item');
    const entry = kb.byId.get(entryId);
    if (!entry) {
      const close = closeEntryIds(entryId, [...kb.byId.keys()]);
      const suggestions = close.length ? close : item.nearest.map((n) => n.entryId).filter((id) => kb.byId.has(id));
      const hint = suggestions.length ? `Close entry ids:\n${suggestions.map((id) => `- ${id}: ${kb.byId.get(id)!.title}`).join('\n')}` : 'Run **stale** or look in the knowledge folder for the entry ids.';
      return refuse(staffReply('No such entry', [{ body: `There is no entry "${entryId}".` }, { body: hint }]), 'no such entry');
    }
    const group = findGroup(groupOpenItems(deps, data), itemId)!;
    const text = teachableText(cleanestText(item, data.unanswered.filter((i) => group.itemIds.includes(i.id))));
    if (!text) return refuse(staffReply('Nothing to learn', [{ body: `Item #${itemId} has no words left once personal details are removed; use **dismiss ${itemId}** instead.` }]), 'no words');
    for (const i of data.unanswered) {
      if (group.itemIds.includes(i.id)) Object.assign(i, { status: 'linked', entryId: entry.id });
    }
    // Teaching the same phrasing twice adds nothing; a different entry for it replaces the old one.
    data.learned = data.learned.filter((l) => questionKey(l.text) !== questionKey(text));
    data.learned.push({ id: data.nextId++, text, entryId: entry.id, by, at: at.toISOString() });
    audit(data, by, 'link', `item ${itemId} (${group.count} question(s)) -> ${entry.id}`, at);
    return { ok: true, text, count: group.count };
  });
  if (!outcome.ok) return { ok: false, reply: outcome.reply };
  deps.knowledge.setLearned(deps.store.read().learned.map((l) => ({ text: l.text, entryId: l.entryId })));
  const entry = kb.byId.get(entryId)!;
  const times = outcome.count === 1 ? 'the question' : `the ${outcome.count} grouped questions`;
  return {
    ok: true,
    reply: staffReply(`Linked #${itemId} to ${entry.id}`, [
      { body: `The bot now answers ${quoteUserText(outcome.text)} with **${entry.title}**, here and after a restart. ${capitalise(times)} left the queue.` },
      { body: 'To put the phrasing into the entry\'s file for review, run npm run kb:learned.' },
    ]),
  };
}

/**
 * The group's phrasing with the fewest personal details removed from it (the named item when
 * tied): "call me on [phone]" leaves "call me on" behind, which makes a poor example question.
 */
function cleanestText(named: UnansweredItem, group: UnansweredItem[]): string {
  const markers = (t: string) => (t.match(/\[(?:email|phone|postcode)\]/g) ?? []).length;
  return group.reduce((best, i) => (markers(i.text) < markers(best) ? i.text : best), named.text);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
