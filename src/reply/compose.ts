// Builds platform-neutral replies from knowledge and decisions. Every answer carries its
// sources, reviewed date and the not-legal-advice notice; time-sensitive ones a dated line.
import type { Entry, KnowledgeBase, OffTopic } from '../kb/model.js';
import { NATION_NAMES } from '../nlp/jurisdiction.js';
import type { Action, Jurisdiction, Reply } from '../types.js';
import { hasDetail, markShortAnswer } from './short-answer.js';
import { formatDate } from './plain-text.js';
import { watchLine } from './watch-line.js';

/** The whole answer, its detail marked so chat adapters can show the short answer first. */
/** `focus`: the heading of a section the question asked for, shown in the short answer when it fits. */
export function answerReply(kb: KnowledgeBase, entry: Entry, confidence: number | undefined, nations: Jurisdiction[] = [], focus?: string): Reply {
  const sections: Reply['sections'] = entry.sections.map((s) => ({ ...s }));
  const otherNation = nations.find((n) => n !== 'england' && !entry.jurisdictions.includes(n));
  if (otherNation) sections.unshift({ heading: 'Where this applies', body: kb.phrases.otherNation.replaceAll('{nation}', NATION_NAMES[otherNation]) });
  // Time-sensitive entries say when they were last checked against the law or the scheme. The
  // short reply carries a brief form of that note within its budget; the full one, with the link
  // to check, comes with the detail.
  const dated = watchLine(kb, entry);
  const brief = dated && entry.watch ? briefWatchNote(kb, entry.watch) : undefined;
  const marked = markShortAnswer(sections, kb.conversation.shortAnswerChars - (brief?.length ?? 0), focus);
  if (brief) marked.push({ body: brief, brief: true });
  if (dated) marked.push({ body: dated, detail: true });
  const more: Action[] = hasDetail(marked) ? [{ type: 'more', entryId: entry.id, label: kb.conversation.moreLabel }] : [];
  const reply = entryReply(kb, entry, marked);
  if (otherNation) reply.followUps = nationFirst(kb, otherNation, reply.followUps);
  return { ...reply, actions: [...more, ...feedbackActions(entry)], confidence: confidence === undefined ? undefined : round(confidence) };
}

/**
 * An England answer to a question that named another nation points first to that nation's own
 * entry (the note says to see it), then to the entry's closest related topic: the asker's next
 * step is the other nation's rules, and the answer keeps within one message.
 */
function nationFirst(kb: KnowledgeBase, nation: Jurisdiction, related: Reply['followUps']): Reply['followUps'] {
  const own = kb.entries.find((e) => e.jurisdictions.length === 1 && e.jurisdictions[0] === nation);
  if (!own) return related;
  return [{ label: own.title, entryId: own.id }, ...related.filter((f) => f.entryId !== own.id)].slice(0, NATION_FOLLOW_UPS);
}

/** Related topics offered with an England answer to another nation's question. */
const NATION_FOLLOW_UPS = 2;

/** The rest of an answer, for "More detail": the sections the short answer left out, with the same sources. */
export function detailReply(kb: KnowledgeBase, entry: Entry, nations: Jurisdiction[] = []): Reply {
  const full = answerReply(kb, entry, undefined, nations);
  const whole = full.sections.filter((s) => !s.brief);
  const rest = whole.filter((s) => s.detail).map(({ detail: _detail, ...s }) => s);
  return { ...full, sections: rest.length ? rest : whole.map(({ detail: _detail, ...s }) => s), actions: feedbackActions(entry) };
}

function briefWatchNote(kb: KnowledgeBase, watch: NonNullable<Entry['watch']>): string {
  return kb.conversation.changingNote.replaceAll('{what}', watch.what).replaceAll('{date}', formatDate(watch.checked));
}

function entryReply(kb: KnowledgeBase, entry: Entry, sections: Reply['sections']): Reply {
  return {
    kind: 'answer',
    title: entry.title,
    sections,
    sources: entry.sources.map((s) => ({ ...s })),
    reviewed: entry.reviewed,
    followUps: entry.related.flatMap((id) => {
      const r = kb.byId.get(id);
      return r ? [{ label: r.title, entryId: r.id }] : [];
    }),
    actions: [],
    entryId: entry.id,
    notice: kb.phrases.disclaimer,
  };
}

function feedbackActions(entry: Entry): Action[] {
  return [
    { type: 'feedback', vote: 'up', entryId: entry.id, label: 'Helpful' },
    { type: 'feedback', vote: 'down', entryId: entry.id, label: 'Not helpful' },
  ];
}

/** Sources shown with an answer's short part beside something else (each reading of a two-readings
 *  reply, or an answer joined to worked-out dates); the full answer, a tap away, lists them all. */
export const SHORT_PART_SOURCES = 3;

/**
 * Two entries fit about equally (the fitted clarify rule: offering both is usually right). Rather
 * than only asking "did you mean", the reply gives each one's "In short" under its title, so the
 * asker has the answer whichever they meant, and offers both for the full answer. A person who
 * knows the subject answers an ambiguous question the same way: "if you mean X…, if you mean Y…".
 */

export function clarifyReply(kb: KnowledgeBase, options: { entryId: string; score: number }[]): Reply {
  const entries = options.flatMap((o) => kb.byId.get(o.entryId) ?? []);
  // A time-sensitive entry keeps its brief note on changing law here too (once, when both share it).
  const notes = entries.map((e) => (e.watch ? briefWatchNote(kb, e.watch) : ''));
  const readings = entries.map((e, i) => ({ heading: e.title, body: [e.sections[0]?.body ?? '', notes.indexOf(notes[i]) === i ? notes[i] : ''].filter(Boolean).join('\n') }));
  const sources = entries.flatMap((e) => e.sources.slice(0, SHORT_PART_SOURCES)).filter((s, i, all) => all.findIndex((x) => x.url === s.url) === i);
  const reviewed = entries.map((e) => e.reviewed).sort()[0];
  return {
    kind: 'clarify',
    sections: [{ body: kb.phrases.clarify }, ...readings],
    sources: sources.map((s) => ({ ...s })),
    ...(reviewed ? { reviewed } : {}),
    followUps: entries.map((e) => ({ label: e.title, entryId: e.id })),
    actions: [],
    readings: entries.map((e) => e.id),
    notice: kb.phrases.disclaimer,
    confidence: round(options[0]?.score ?? 0),
  };
}

export function fallbackReply(kb: KnowledgeBase, nearest: { entryId: string; score: number }[], offTopic?: OffTopic): Reply {
  const sections: Reply['sections'] = [{ body: offTopic ? offTopic.reply : kb.phrases.fallback }];
  const followUps = nearest.flatMap((n) => {
    const e = kb.byId.get(n.entryId);
    return e ? [{ label: e.title, entryId: e.id }] : [];
  });
  if (followUps.length) sections.push({ body: [kb.phrases.fallbackNearest, ...followUps.map((f) => `- ${f.label}`)].join('\n') });
  if (!offTopic) sections.push({ body: kb.phrases.whereToGetHelp });
  sections.push({ body: kb.phrases.recorded });
  return { kind: 'fallback', sections, sources: offTopic ? offTopic.sources.map((s) => ({ ...s })) : [], followUps, actions: [], confidence: round(nearest[0]?.score ?? 0) };
}

/** A short friendly reply to thanks, ok, a greeting: never a question, never queued. */
export function smallTalkReply(body: string): Reply {
  return { ...infoReply(body), smallTalk: true };
}

/** A reply that is not from an entry: greeting, help, empty or unreadable input, thanks. */
export function infoReply(body: string, extra: Partial<Reply> = {}): Reply {
  return { kind: 'info', sections: [{ body }], sources: [], followUps: [], actions: [], ...extra };
}

export function helpReply(kb: KnowledgeBase, lead: string): Reply {
  const topics = kb.topics.map((t) => `- ${t.label}`).join('\n');
  const starters = kb.topics.flatMap((t) => {
    const first = kb.entries.find((e) => e.topic === t.id);
    return first ? [{ label: first.title, entryId: first.id }] : [];
  });
  return infoReply(`${lead}\n\n${kb.phrases.help}\n${topics}`, { followUps: starters.slice(0, 5), notice: kb.phrases.disclaimer });
}

export function errorReply(kb: KnowledgeBase | undefined): Reply {
  return { kind: 'error', sections: [{ body: kb?.phrases.error ?? 'Sorry, something went wrong on my side. Please try again in a minute.' }], sources: [], followUps: [], actions: [] };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
