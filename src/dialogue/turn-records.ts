// What a turn leaves in the store, as operations for the recorder: the question counted (small
// talk, "more" and unusable input are not questions), anything declined queued for staff, a "did
// you mean" held for its choice and settled when it is made or abandoned, and the conversation's
// next state, with what the question needed so a re-ask can be told from a follow-up. Questions
// that do not count as usage (the terminal, unless asked) leave only the conversation state.
// Pure: the advisor hands the result to the recorder and never waits on it.
import { redact } from '../store/privacy.js';
import type { QuestionStatus, RecordOp } from '../store/store.js';
import { repeatsPreviousNeed, type Need } from '../usage/repeat-of-need.js';
import type { ConversationState } from './conversation-state.js';
import { asksSomethingNew, type Outcome } from './outcome.js';

/** Who asked, where, when: ids already hashed with the salt. */
export interface TurnAsker {
  platform: string;
  userHash: string;
  /** The hashed conversation key. */
  conversation: string;
  at: string;
}

/** Whether the question counts in the statistics and queue, and the words it was matched on. */
export interface TurnUsage {
  counted: boolean;
  terms: readonly string[];
}

/** Words of a question kept in its conversation's state, to recognise a re-ask of it. */
const MAX_NEED_TERMS = 40;

export function turnOps(who: TurnAsker, text: string, outcome: Outcome, live: ConversationState | undefined, next: ConversationState, usage: TurnUsage): RecordOp[] {
  const { platform, userHash, conversation, at } = who;
  const need = needOf(outcome, at, usage, live?.need);
  const state: ConversationState = need ? { ...next, need } : next;
  if (!usage.counted) return [{ type: 'conversation', key: conversation, at, state }];
  const ops: RecordOp[] = [];
  if (live?.clarify) {
    const chosen = outcome.status === 'answered' && outcome.chosen && live.clarify.options.includes(outcome.entryId);
    if (chosen) ops.push({ type: 'settle-clarify', conversation, at, outcome: 'chosen' });
    // Asking something new while a "did you mean" is open means the clarify did not help.
    else if (asksSomethingNew(outcome)) ops.push({ type: 'settle-clarify', conversation, at, outcome: 'abandoned' });
  }
  const counted = countedAs(outcome);
  const reask = counted && need && !(outcome.status === 'answered' && outcome.chosen) ? repeatsPreviousNeed(live?.need, need) : false;
  if (counted) ops.push({ type: 'question', at, platform, userHash, ...counted, ...(reask ? { reask } : {}) });
  if (outcome.status === 'clarify') ops.push({ type: 'hold-clarify', conversation, at, platform, userHash, text: redact(text), nearest: outcome.options });
  if (outcome.status === 'fallback') ops.push({ type: 'unanswered', at, platform, userHash, text: redact(text), reason: 'fallback', nearest: outcome.nearest });
  ops.push({ type: 'conversation', key: conversation, at, state });
  return ops;
}

/** The question a turn counts as: a guided tool's step is not one; dates worked out from a question answer it. */
function countedAs(outcome: Outcome): { status: QuestionStatus; entryId?: string } | undefined {
  switch (outcome.status) {
    case 'answered':
      return outcome.detail ? undefined : { status: 'answered', entryId: outcome.entryId };
    case 'clarify':
    case 'fallback':
      return { status: outcome.status };
    case 'tool':
      return outcome.counted && outcome.topic ? { status: 'answered', entryId: outcome.topic } : undefined;
    default:
      return undefined;
  }
}

/** What the turn needed, for the re-ask measure: a question's outcome and words; a choice answers the need before it. */
function needOf(outcome: Outcome, at: string, usage: TurnUsage, previous: Need | undefined): Need | undefined {
  const when = Date.parse(at);
  if (outcome.status === 'answered' && outcome.detail) return previous;
  if (outcome.status === 'answered' && outcome.chosen) return { at: when, status: 'answered', entryId: outcome.entryId, terms: previous?.terms ?? [] };
  if (outcome.status === 'answered') return { at: when, status: 'answered', entryId: outcome.entryId, terms: usage.terms.slice(0, MAX_NEED_TERMS) };
  if (outcome.status === 'tool' && outcome.counted && outcome.topic) return { at: when, status: 'answered', entryId: outcome.topic, terms: usage.terms.slice(0, MAX_NEED_TERMS) };
  if (outcome.status === 'clarify' || outcome.status === 'fallback') return { at: when, status: outcome.status, terms: usage.terms.slice(0, MAX_NEED_TERMS) };
  return previous;
}
