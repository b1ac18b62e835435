// Applies one checked record operation to the document; the embedded backends share this, so
// the file store and the in-memory twin mean the same thing by every operation.
import type { StoreLimits } from '../limits.js';
import type { RecordOp } from '../store.js';
import { saveConversation } from './conversations.js';
import { countQuestion } from './count-question.js';
import type { StoreDocument } from './document.js';
import { allowContribution, enqueue, holdClarify, settleHeld } from './queue.js';
import { castVote } from './votes.js';

export function applyRecord(doc: StoreDocument, op: RecordOp, limits: StoreLimits): void {
  switch (op.type) {
    case 'question':
      return countQuestion(doc, op, limits);
    case 'conversation':
      return saveConversation(doc, op.key, op.at, op.state, op.state == null ? 0 : JSON.stringify(op.state).length, limits);
    case 'unanswered':
      if (allowContribution(doc, op.userHash, op.at, limits)) enqueue(doc, op, limits);
      return;
    case 'hold-clarify':
      return holdClarify(doc, op.conversation, { at: op.at, platform: op.platform, userHash: op.userHash, text: op.text, nearest: op.nearest }, limits);
    case 'settle-clarify':
      return settleHeld(doc, op.conversation, op.outcome, limits);
    case 'vote':
      return castVote(doc, op, limits);
  }
}
