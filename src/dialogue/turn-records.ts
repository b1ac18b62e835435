// What a turn leaves in the store, as operations for the recorder: the question counted (small
// talk, "more" and unusable input are not questions), anything declined queued for staff, a "did
// you mean" held for its choice and settled when it is made or abandoned, and the conversation's
// next state. Pure: the advisor hands the result to the recorder and never waits on it.
import { redact } from '../store/privacy.js';
import type { RecordOp } from '../store/store.js';
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

export function turnOps(who: TurnAsker, text: string, outcome: Outcome, live: ConversationState | undefined, next: ConversationState): RecordOp[] {
  const { platform, userHash, conversation, at } = who;
  const ops: RecordOp[] = [];
  if (live?.clarify) {
    const chosen = outcome.status === 'answered' && outcome.chosen && live.clarify.options.includes(outcome.entryId);
    if (chosen) ops.push({ type: 'settle-clarify', conversation, at, outcome: 'chosen' });
    // Asking something new while a "did you mean" is open means the clarify did not help.
    else if (asksSomethingNew(outcome)) ops.push({ type: 'settle-clarify', conversation, at, outcome: 'abandoned' });
  }
  const counted = outcome.status === 'clarify' || outcome.status === 'fallback' || (outcome.status === 'answered' && !outcome.detail);
  if (counted) ops.push({ type: 'question', at, platform, userHash, status: outcome.status, ...(outcome.status === 'answered' ? { entryId: outcome.entryId } : {}) });
  if (outcome.status === 'clarify') ops.push({ type: 'hold-clarify', conversation, at, platform, userHash, text: redact(text), nearest: outcome.options });
  if (outcome.status === 'fallback') ops.push({ type: 'unanswered', at, platform, userHash, text: redact(text), reason: 'fallback', nearest: outcome.nearest });
  ops.push({ type: 'conversation', key: conversation, at, state: next });
  return ops;
}
