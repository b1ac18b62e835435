// The answer to a second question asked in the same message, beside the first answer: the opening
// sentence or two of its "In short", within what is left of the short reply's budget, with its
// first source, and its entry offered first among the related topics. What does not fit is left to
// that button, not hidden behind "More detail", which shows the rest of the first answer only.
import { RENDERED_REPLY_MAX } from '../kb/check-rendered-length.js';
import type { Entry, KnowledgeBase } from '../kb/model.js';
import { sentences } from '../nlp/focus.js';
import type { Reply, ReplySection } from '../types.js';
import { toPlainText } from './plain-text.js';
import { sectionSize } from './short-answer.js';

/** Fewer characters than this left in the short reply: the button alone offers the second answer. */
const LEAST_ROOM = 80;

export function withAlsoAsked(kb: KnowledgeBase, reply: Reply, entry: Entry): Reply {
  // Offered first, in place of the last of the first answer's related topics, so the list keeps its length.
  const others = reply.followUps.filter((f) => f.entryId !== entry.id);
  const followUps = [{ label: entry.title, entryId: entry.id }, ...others.slice(0, Math.max(reply.followUps.length - 1, 0))];
  const heading = kb.conversation.alsoAsked.replaceAll('{title}', entry.title);
  // Every entry's answer opens with its "In short" (validate-entry.ts).
  const inShort = entry.sections[0];
  // The second answer's opening is worth more to the asker than the first answer's next steps:
  // when it does not fit beside them, they wait behind "More detail" instead.
  for (const sections of [reply.sections, withOnlyInShort(reply.sections)]) {
    const shown = sections.filter((s) => !s.detail);
    const used = shown.reduce((n, s) => n + sectionSize(s), 0);
    const body = opening(inShort?.body ?? '', kb.conversation.shortAnswerChars - used - heading.length);
    if (!body) continue;
    const at = sections.lastIndexOf(shown[shown.length - 1]) + 1;
    const source = entry.sources[0];
    const joined: Reply = {
      ...reply,
      sections: [...sections.slice(0, at), { heading, body }, ...sections.slice(at)],
      sources: source && !reply.sources.some((s) => s.url === source.url) ? [...reply.sources, { ...source }] : reply.sources,
      followUps,
    };
    // The whole reply must stay within what scripts accept; past it, the button alone offers the second answer.
    if (toPlainText(joined).length <= RENDERED_REPLY_MAX) return joined;
    break;
  }
  const offered = { ...reply, followUps };
  return toPlainText(offered).length <= RENDERED_REPLY_MAX ? offered : reply;
}

/** The sections with only those up to "In short" (and any note before it) left in the short reply. */
function withOnlyInShort(sections: ReplySection[]): ReplySection[] {
  const inShort = sections.findIndex((s) => /^in short$/i.test(s.heading ?? ''));
  return sections.map((s, i) => (i <= inShort || s.detail || s.brief ? s : { ...s, detail: true }));
}

/** The body's opening sentences that fit in `room`, up to any list; empty when not even one fits or it leads into a list. */
function opening(body: string, room: number): string {
  if (room < LEAST_ROOM) return '';
  const prose = body.split('\n').findIndex((line) => /^\s*-\s/.test(line));
  const text = prose < 0 ? body : body.split('\n').slice(0, prose).join('\n');
  let out = '';
  for (const sentence of sentences(text)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (next.length > room) break;
    out = next;
  }
  return /[:;,]$/.test(out) ? '' : out;
}
