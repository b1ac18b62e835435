// A question asked becomes counters on its day: by status, platform and answered entry, a bit
// in the day's people bitmap, and a re-ask when the same person was answered moments before.
import type { StoreLimits } from '../limits.js';
import type { RecordOp } from '../store.js';
import { dict, trimOldest, type DayCounters, type StoreDocument } from './document.js';
import { bitOf, emptyBitmap, fromBase64, setBit, toBase64 } from './people-bitmap.js';

type QuestionOp = Extract<RecordOp, { type: 'question' }>;

export function countQuestion(doc: StoreDocument, op: QuestionOp, limits: StoreLimits): void {
  const day = (doc.days[op.at.slice(0, 10)] ??= emptyDay());
  day.asked[op.status]++;
  day.platforms[op.platform] = (day.platforms[op.platform] ?? 0) + 1;
  if (op.status === 'answered' && op.entryId) day.entries[op.entryId] = (day.entries[op.entryId] ?? 0) + 1;
  const bits = fromBase64(day.people) ?? emptyBitmap();
  setBit(bits, bitOf(op.userHash));
  day.people = toBase64(bits);

  // Only the person's very next question after an answer counts, as in "stats".
  const previous = doc.recentAnswers[op.userHash];
  if (previous !== undefined) {
    delete doc.recentAnswers[op.userHash];
    const gap = Date.parse(op.at) - Date.parse(previous);
    if (gap >= 0 && gap <= limits.reaskWindowMs) day.reask.reasked++;
  }
  if (op.status === 'answered') {
    day.reask.answers++;
    doc.recentAnswers[op.userHash] = op.at;
    if (Object.keys(doc.recentAnswers).length > limits.trackedPeople) trimOldest(doc.recentAnswers, Math.floor(limits.trackedPeople * 0.9), (at) => at);
  }
}

export function emptyDay(): DayCounters {
  return { asked: { answered: 0, clarify: 0, fallback: 0 }, platforms: dict(), entries: dict(), reask: { answers: 0, reasked: 0 }, people: toBase64(emptyBitmap()) };
}
