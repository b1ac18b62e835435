// What the advisor records for each thing that happens, as store operations: a question asked,
// a vote, a choice of topic. Pure functions, so the advisor only decides and hands them over.
import { redact } from './privacy.js';
import type { NearestEntry, QuestionStatus, RecordOp } from './store.js';
import { repeatsPreviousNeed, type Need } from '../usage/repeat-of-need.js';
import type { ThreadContext } from './thread-context.js';

/** Who asked, where, when: ids already hashed with the salt. */
export interface Asker {
  platform: string;
  userHash: string;
  /** The hashed conversation key. */
  conversation: string;
  at: string;
}

export interface Outcome {
  status: QuestionStatus;
  entryId?: string;
  /** The "did you mean" options, best first. */
  options?: NearestEntry[];
  /** The closest entries of a declined question. */
  nearest?: NearestEntry[];
}

const CONTEXT_QUESTION_CHARS = 500;

/** For the statistics: whether the question counts at all, and what it needed (see usage/). */
export interface QuestionUsage {
  /** False for terminal questions unless counting them was asked for: no counters, no queue. */
  counted: boolean;
  need: Need;
}

export function questionOps(who: Asker, text: string, outcome: Outcome, previous: ThreadContext | undefined, usage?: QuestionUsage): RecordOp[] {
  const { platform, userHash, conversation, at } = who;
  const ops: RecordOp[] = [];
  const redacted = redact(text);
  const state: ThreadContext = { at, question: redacted.slice(0, CONTEXT_QUESTION_CHARS), ...(usage ? { need: usage.need } : {}) };
  const entryId = outcome.status === 'answered' ? outcome.entryId : previous?.entryId;
  if (entryId) state.entryId = entryId;
  if (usage && !usage.counted) {
    // Kept out of the statistics and the queue; the conversation still remembers it for follow-ups.
    ops.push({ type: 'conversation', key: conversation, at, state });
    return ops;
  }
  // Asking something new while a "did you mean" is open means the clarify did not help.
  if (previous?.clarify) ops.push({ type: 'settle-clarify', conversation, at, outcome: 'abandoned' });
  const reask = usage ? repeatsPreviousNeed(previous?.need, usage.need) : false;
  ops.push({ type: 'question', at, platform, userHash, status: outcome.status, ...(outcome.entryId ? { entryId: outcome.entryId } : {}), ...(reask ? { reask } : {}) });
  if (outcome.status === 'clarify' && outcome.options?.length) {
    state.clarify = { options: outcome.options.map((o) => o.entryId) };
    ops.push({ type: 'hold-clarify', conversation, at, platform, userHash, text: redacted, nearest: outcome.options });
  }
  if (outcome.status === 'fallback') ops.push({ type: 'unanswered', at, platform, userHash, text: redacted, reason: 'fallback', nearest: outcome.nearest ?? [] });
  ops.push({ type: 'conversation', key: conversation, at, state });
  return ops;
}

/** A thumbs up or down; a thumbs-down also queues what was asked, for staff. */
export function voteOps(who: Asker, entry: { id: string; title: string }, vote: 'up' | 'down', previous: ThreadContext | undefined): RecordOp[] {
  const { platform, userHash, at } = who;
  const ops: RecordOp[] = [{ type: 'vote', at, platform, userHash, entryId: entry.id, vote }];
  if (vote === 'down') {
    const text = previous?.entryId === entry.id && previous.question ? previous.question : `(thumbs down on "${entry.title}")`;
    ops.push({ type: 'unanswered', at, platform, userHash, text, reason: 'thumbs-down', nearest: [{ entryId: entry.id, score: 0 }], entryId: entry.id });
  }
  return ops;
}

/** A related topic or a "did you mean" option chosen: answered with that entry. */
export function choiceOps(who: Asker, entryId: string, previous: ThreadContext | undefined, counted = true): RecordOp[] {
  const { platform, userHash, conversation, at } = who;
  const chosen = previous?.clarify?.options.includes(entryId) ?? false;
  const ops: RecordOp[] = counted ? [{ type: 'question', at, platform, userHash, status: 'answered', entryId }] : [];
  // A choice among the clarify options resolves it; anything else leaves it open.
  if (chosen) ops.push({ type: 'settle-clarify', conversation, at, outcome: 'chosen' });
  // The choice answers the same need the question had, now with this entry.
  const need: Need = { at: Date.parse(at), status: 'answered', entryId, terms: previous?.need?.terms ?? [] };
  const state: ThreadContext = { at, entryId, need, ...(previous?.question ? { question: previous.question } : {}), ...(previous?.clarify && !chosen ? { clarify: previous.clarify } : {}) };
  ops.push({ type: 'conversation', key: conversation, at, state });
  return ops;
}
