// The conversation state after a turn: the topic and facets move to what was answered, the
// reply's choices are numbered for the next message, and the conversation is marked as one the
// bot has replied in. Small talk and unusable input leave the topic where it was. The guided
// tools' state (flow) is theirs: it is kept as the tool room left it.
import { NATION_FACET } from '../kb/facet-vocabulary.js';
import type { KnowledgeBase } from '../kb/model.js';
import { redact } from '../store/privacy.js';
import { isToolId } from '../tools/tool-ids.js';
import type { Jurisdiction, Reply } from '../types.js';
import { facetsAfter, facetsOf } from './conversation-facets.js';
import { asksAsAside } from './nation-aside.js';
import type { ConversationState, OfferedChoice } from './conversation-state.js';
import { asksSomethingNew, type Outcome } from './outcome.js';

/** Characters of the last question kept (redacted), for a thumbs-down to say what was asked. */
const QUESTION_CHARS = 500;
/** How many answered entries a conversation remembers, to return to ("and in England?"). */
const RECENT_KEPT = 5;

export interface TurnFacts {
  text: string;
  at: Date;
  /** The topic as it stood, if still live. */
  live: ConversationState | undefined;
  /** The guided tools' state after the turn (absent: none). */
  flow?: unknown;
}

export function nextState(kb: KnowledgeBase, outcome: Outcome, reply: Reply, t: TurnFacts): ConversationState {
  const at = t.at.toISOString();
  const base: ConversationState = { ...(t.live ?? {}), at };
  // A new question settles a "did you mean" left open (the advisor queues it as abandoned).
  if (asksSomethingNew(outcome)) delete base.clarify;
  delete base.flow;
  if (t.flow !== undefined) base.flow = t.flow;
  // A tool's choice (a check's option, "Resume the check") is not an entry: its label is kept.
  const offered: OfferedChoice[] = reply.followUps.map((f) => (isToolId(f.entryId) ? { option: f.entryId, label: f.label } : { entryId: f.entryId }));
  switch (outcome.status) {
    case 'answered': {
      const entry = kb.byId.get(outcome.entryId)!;
      const previous = currentFacets(kb, t.live);
      const facets = outcome.usedContext && previous
        ? facetsAfter(previous, entry, outcome.changes ?? new Map(), kb.conversation.followUps.narrowEntry, kb)
        : facetsOf(entry, outcome.nations.find((n) => n !== 'england'), outcome.named);
      const question = outcome.detail || outcome.chosen ? t.live?.question : redact(t.text).slice(0, QUESTION_CHARS);
      // Dates on another subject's clock lead the reply: the thread follows them, and the answer
      // beside them is remembered among the recent topics to return to.
      const turnedTo = outcome.topic ? kb.byId.get(outcome.topic) : undefined;
      const answered = movedTo(base, entry.id, t.live, { facets, question });
      // A nation visited as a comparison keeps the conversation's own to go back to.
      delete answered.nationBefore;
      const before = previous?.[NATION_FACET] ?? 'england';
      if (outcome.usedContext && facets[NATION_FACET] && facets[NATION_FACET] !== before && asksAsAside(t.text)) answered.nationBefore = before;
      const next = turnedTo ? movedTo(answered, turnedTo.id, answered, { facets: facetsOf(turnedTo), question }) : answered;
      // An answer offers its related entries: known from the entry, so not stored.
      if (offered.some((o) => o.option) || offered.map((o) => o.entryId).join() !== entry.related.filter((id) => kb.byId.has(id)).join()) next.offered = offered;
      // A choice among the clarify options resolves it; another choice leaves it to be settled.
      if (next.clarify?.options.includes(entry.id)) delete next.clarify;
      return next;
    }
    case 'clarify':
      return { ...nearTopic(kb, base, outcome.options[0]?.entryId, outcome.nations), question: redact(t.text).slice(0, QUESTION_CHARS), offered, clarify: { options: outcome.options.map((o) => o.entryId) } };
    case 'fallback':
      return { ...nearTopic(kb, base, outcome.offTopicId ? undefined : outcome.nearest[0]?.entryId, outcome.nations), question: redact(t.text).slice(0, QUESTION_CHARS), offered };
    case 'tool': {
      // A verdict, or dates worked out on their own, turn the conversation to their entry.
      const entry = outcome.topic ? kb.byId.get(outcome.topic) : undefined;
      const question = outcome.counted ? redact(t.text).slice(0, QUESTION_CHARS) : t.live?.question;
      if (!entry) return { ...base, offered, ...(question ? { question } : {}) };
      return { ...movedTo(base, entry.id, t.live, { facets: facetsOf(entry), question }), offered };
    }
    default:
      // Small talk, the menu, unusable input: the topic stays; the menu's choices become the numbers.
      return reply.followUps.length ? { ...base, offered } : base;
  }
}

/** The state with `entryId` as the topic, the one before it remembered among the recent ones. */
function movedTo(base: ConversationState, entryId: string, live: ConversationState | undefined, fields: Pick<ConversationState, 'facets' | 'question'>): ConversationState {
  const earlier = live?.entryId && live.entryId !== entryId ? [live.entryId] : [];
  const recent = [...earlier, ...(live?.recent ?? [])].filter((id, i, all) => id !== entryId && all.indexOf(id) === i).slice(0, RECENT_KEPT);
  const next: ConversationState = { ...base, entryId, facets: fields.facets };
  if (fields.question !== undefined) next.question = fields.question;
  else delete next.question;
  delete next.near;
  delete next.offered;
  delete next.recent;
  if (recent.length) next.recent = recent;
  return next;
}

/**
 * With no topic yet, a declined question's nearest entry stands in for one (see
 * ConversationState.near), in the nation the question named: after "we're in a village in Fife,
 * do we have any rights?" is declined, "can we ask the council for the library?" is asked of Scotland.
 */
function nearTopic(kb: KnowledgeBase, base: ConversationState, nearId: string | undefined, nations: readonly Jurisdiction[] = []): ConversationState {
  const near = nearId ? kb.byId.get(nearId) : undefined;
  if (base.entryId || !near) return base;
  return { ...base, near: near.id, facets: facetsOf(near, nations.find((n) => n !== 'england')) };
}

function currentFacets(kb: KnowledgeBase, live: ConversationState | undefined) {
  if (live?.facets) return live.facets;
  const topicId = live?.entryId ?? live?.near;
  const topic = topicId ? kb.byId.get(topicId) : undefined;
  return topic ? facetsOf(topic) : undefined;
}
