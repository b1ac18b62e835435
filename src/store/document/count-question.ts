// A question asked becomes counters on its day: by status, platform and answered entry, a bit
// in the day's people bitmap, and a re-ask when the advisor found it repeats the previous need.
import type { StoreLimits } from '../limits.js';
import type { RecordOp } from '../store.js';
import { dict, type DayCounters, type StoreDocument } from './document.js';
import { bitOf, emptyBitmap, fromBase64, setBit, toBase64 } from './people-bitmap.js';

type QuestionOp = Extract<RecordOp, { type: 'question' }>;

export function countQuestion(doc: StoreDocument, op: QuestionOp, _limits: StoreLimits): void {
  const day = (doc.days[op.at.slice(0, 10)] ??= emptyDay());
  day.asked[op.status]++;
  day.platforms[op.platform] = (day.platforms[op.platform] ?? 0) + 1;
  if (op.status === 'answered' && op.entryId) day.entries[op.entryId] = (day.entries[op.entryId] ?? 0) + 1;
  const bits = fromBase64(day.people) ?? emptyBitmap();
  setBit(bits, bitOf(op.userHash));
  day.people = toBase64(bits);

  // Whether it asked again for what the previous answer gave was decided when it was asked
  // (usage/repeat-of-need.ts): an ordinary follow-up is not a re-ask.
  if (op.reask) day.reask.reasked++;
  if (op.status === 'answered') day.reask.answers++;
}

export function emptyDay(): DayCounters {
  return { asked: { answered: 0, clarify: 0, fallback: 0 }, platforms: dict(), entries: dict(), reask: { answers: 0, reasked: 0 }, people: toBase64(emptyBitmap()) };
}
