// Votes: one per person per entry, the latest counting, so twenty presses are one vote.
import type { StoreLimits } from '../limits.js';
import type { RecordOp } from '../store.js';
import { trimOldest, type StoreDocument } from './document.js';

type VoteOp = Extract<RecordOp, { type: 'vote' }>;

export function castVote(doc: StoreDocument, op: VoteOp, limits: StoreLimits): void {
  const key = voteKey(op.userHash, op.entryId);
  delete doc.votes[key];
  doc.votes[key] = { vote: op.vote, day: op.at.slice(0, 10) };
  if (Object.keys(doc.votes).length > limits.votes) trimOldest(doc.votes, limits.votes, (v) => v.day);
}

/** User hashes never contain a space (check-ops.ts), so the entry is everything after the first. */
export function voteKey(userHash: string, entryId: string): string {
  return `${userHash} ${entryId}`;
}

export function entryOfVote(key: string): string {
  return key.slice(key.indexOf(' ') + 1);
}
