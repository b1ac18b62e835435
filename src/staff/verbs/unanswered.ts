// "unanswered": the queue, most-asked first, each group with the handle to link or dismiss it.
import type { KnowledgeBase } from '../../kb/model.js';
import type { Reply } from '../../types.js';
import type { QueueGroup } from '../group-unanswered.js';
import { readQueue } from '../read-queue.js';
import type { StaffDeps } from '../staff-deps.js';
import { formatWhen, quoteUserText, staffReply, type Section } from '../staff-reply.js';

/** Chat messages have size limits; the terminal can list everything with --json. */
export const MAX_GROUPS_SHOWN = 15;

const REASON_LABEL = { fallback: 'declined', 'clarify-abandoned': 'did-you-mean not answered', 'thumbs-down': 'thumbs down' } as const;

export async function unanswered(deps: StaffDeps): Promise<{ reply: Reply; groups: QueueGroup[] }> {
  const groups = await readQueue(deps);
  const { kb } = deps.knowledge.current;
  if (groups.length === 0) return { groups, reply: staffReply('Unanswered questions', [{ body: 'The queue is empty: nothing is waiting for review.' }]) };
  const items = groups.reduce((n, g) => n + g.count, 0);
  const shown = groups.slice(0, MAX_GROUPS_SHOWN);
  const sections: Section[] = shown.map((g) => groupSection(g, kb));
  if (groups.length > shown.length) {
    sections.push({ body: `…and ${groups.length - shown.length} more. The full list: npm run admin -- unanswered --json` });
  }
  sections.push({ body: 'Teach the bot: **link <item> <entry-id>**. Remove spam or off-topic: **dismiss <item>**.' });
  const title = `Unanswered questions: ${items} open, ${groups.length} different`;
  return { groups, reply: staffReply(title, sections) };
}

function groupSection(g: QueueGroup, kb: KnowledgeBase): Section {
  const times = g.count === 1 ? 'asked once' : `asked ${g.count} times`;
  const nearest = g.nearest.length
    ? g.nearest.map((n) => `${n.entryId} (${n.score.toFixed(2)})${kb.byId.has(n.entryId) ? '' : ' [entry gone]'}`).join(', ')
    : 'none close';
  return {
    heading: `#${g.id} · ${times}`,
    body: [
      quoteUserText(g.text),
      `- where: ${g.platforms.join(', ')}`,
      `- last asked: ${formatWhen(g.lastAskedAt)}`,
      `- why: ${g.reasons.map((r) => REASON_LABEL[r]).join(', ')}`,
      `- nearest entries: ${nearest}`,
    ].join('\n'),
  };
}
