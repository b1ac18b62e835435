// The conversation state after a turn: the topic and facets move to what was answered, the
// reply's choices are numbered for the next message, and the conversation is marked as one the
// bot has replied in. Small talk and unusable input leave the topic where it was.
import type { KnowledgeBase } from '../kb/model.js';
import { redact } from '../store/privacy.js';
import type { Reply } from '../types.js';
import { facetsAfter, facetsOf } from './conversation-facets.js';
import type { ConversationState, PendingClarify } from './conversation-state.js';
import { asksSomethingNew, type Outcome } from './outcome.js';

/** How many answered entries a conversation remembers, to return to ("and in England?"). */
const RECENT_KEPT = 5;

export interface TurnFacts {
  text: string;
  platform: string;
  at: Date;
  /** The topic as it stood, if still live. */
  live: ConversationState | undefined;
  /** The state as saved, however old (it carries `engaged`). */
  saved: ConversationState | undefined;
}

export function nextState(kb: KnowledgeBase, outcome: Outcome, reply: Reply, t: TurnFacts): ConversationState {
  const at = t.at.toISOString();
  const base: ConversationState = { ...(t.live ?? {}), at, engaged: true };
  // A new question settles a "did you mean" left open (the advisor queues it as abandoned).
  if (asksSomethingNew(outcome)) delete base.pendingClarify;
  delete base.flow;
  if (t.live?.flow !== undefined) base.flow = t.live.flow;
  const offered = reply.followUps.map((f) => ({ label: f.label, entryId: f.entryId }));
  switch (outcome.status) {
    case 'answered': {
      const entry = kb.byId.get(outcome.entryId)!;
      const previous = currentFacets(kb, t.live);
      const facets = outcome.usedContext && previous
        ? facetsAfter(previous, entry, outcome.changes ?? new Map())
        : facetsOf(entry, outcome.nations.find((n) => n !== 'england'), outcome.named);
      const question = outcome.detail ? t.live?.question : redact(t.text).slice(0, 500);
      const recent = [entry.id, ...(t.live?.recent ?? []).filter((id) => id !== entry.id)].slice(0, RECENT_KEPT);
      const next: ConversationState = { ...base, entryId: entry.id, recent, facets, question, offered };
      // A choice among the clarify options resolves it; another choice leaves it to be settled.
      if (next.pendingClarify?.options.includes(entry.id)) delete next.pendingClarify;
      return next;
    }
    case 'clarify':
      return { ...base, question: redact(t.text).slice(0, 500), offered, pendingClarify: pending(t, outcome.options) };
    case 'fallback':
      return { ...base, question: redact(t.text).slice(0, 500), offered };
    default:
      // Small talk, the menu, unusable input: the topic stays; the menu's choices become the numbers.
      return reply.followUps.length ? { ...base, offered } : base;
  }
}

function currentFacets(kb: KnowledgeBase, live: ConversationState | undefined) {
  if (live?.facets) return live.facets;
  const topic = live?.entryId ? kb.byId.get(live.entryId) : undefined;
  return topic ? facetsOf(topic) : undefined;
}

function pending(t: TurnFacts, options: { entryId: string; score: number }[]): PendingClarify {
  return { text: redact(t.text).slice(0, 1000), options: options.map((o) => o.entryId), nearest: options, platform: t.platform, at: t.at.toISOString() };
}
