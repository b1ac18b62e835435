// The conversation state after a turn: the topic and facets move to what was answered, the
// reply's choices are numbered for the next message, and the conversation is marked as one the
// bot has replied in. Small talk and unusable input leave the topic where it was.
import type { KnowledgeBase } from '../kb/model.js';
import { redact } from '../store/privacy.js';
import type { Reply } from '../types.js';
import { facetsAfter, facetsOf } from './conversation-facets.js';
import type { ConversationState } from './conversation-state.js';
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
}

export function nextState(kb: KnowledgeBase, outcome: Outcome, reply: Reply, t: TurnFacts): ConversationState {
  const at = t.at.toISOString();
  const base: ConversationState = { ...(t.live ?? {}), at };
  // A new question settles a "did you mean" left open (the advisor queues it as abandoned).
  if (asksSomethingNew(outcome)) delete base.clarify;
  delete base.flow;
  if (t.live?.flow !== undefined) base.flow = t.live.flow;
  const offered = reply.followUps.map((f) => ({ entryId: f.entryId }));
  switch (outcome.status) {
    case 'answered': {
      const entry = kb.byId.get(outcome.entryId)!;
      const previous = currentFacets(kb, t.live);
      const facets = outcome.usedContext && previous
        ? facetsAfter(previous, entry, outcome.changes ?? new Map())
        : facetsOf(entry, outcome.nations.find((n) => n !== 'england'), outcome.named);
      const question = outcome.detail || outcome.chosen ? t.live?.question : redact(t.text).slice(0, QUESTION_CHARS);
      const earlier = t.live?.entryId && t.live.entryId !== entry.id ? [t.live.entryId] : [];
      const recent = [...earlier, ...(t.live?.recent ?? [])].filter((id, i, all) => id !== entry.id && all.indexOf(id) === i).slice(0, RECENT_KEPT);
      const next: ConversationState = { ...base, entryId: entry.id, facets, question };
      delete next.near;
      delete next.offered;
      delete next.recent;
      if (recent.length) next.recent = recent;
      // An answer offers its related entries: known from the entry, so not stored.
      if (offered.map((o) => o.entryId).join() !== entry.related.filter((id) => kb.byId.has(id)).join()) next.offered = offered;
      // A choice among the clarify options resolves it; another choice leaves it to be settled.
      if (next.clarify?.options.includes(entry.id)) delete next.clarify;
      return next;
    }
    case 'clarify':
      return { ...nearTopic(kb, base, outcome.options[0]?.entryId), question: redact(t.text).slice(0, QUESTION_CHARS), offered, clarify: { options: outcome.options.map((o) => o.entryId) } };
    case 'fallback':
      return { ...nearTopic(kb, base, outcome.offTopicId ? undefined : outcome.nearest[0]?.entryId), question: redact(t.text).slice(0, QUESTION_CHARS), offered };
    default:
      // Small talk, the menu, unusable input: the topic stays; the menu's choices become the numbers.
      return reply.followUps.length ? { ...base, offered } : base;
  }
}

/** With no topic yet, a declined question's nearest entry stands in for one (see ConversationState.near). */
function nearTopic(kb: KnowledgeBase, base: ConversationState, nearId: string | undefined): ConversationState {
  const near = nearId ? kb.byId.get(nearId) : undefined;
  if (base.entryId || !near) return base;
  return { ...base, near: near.id, facets: facetsOf(near) };
}

function currentFacets(kb: KnowledgeBase, live: ConversationState | undefined) {
  if (live?.facets) return live.facets;
  const topicId = live?.entryId ?? live?.near;
  const topic = topicId ? kb.byId.get(topicId) : undefined;
  return topic ? facetsOf(topic) : undefined;
}
