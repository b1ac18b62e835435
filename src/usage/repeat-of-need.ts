// The re-ask measure asks "did that answer help?": a person who needs the same thing again soon
// after an answer was probably not helped. An ordinary follow-up ("and who can nominate?") is a
// new need, not a sign of failure, so it must not count. This decides, for one question, whether
// it repeats the need of the previous question in the same conversation. Pure, so any store can
// count its result (a flag on the question record, or a counter).
//
// The thresholds are checked against labelled conversation pairs in
// test/fixtures/usage/repeat-pairs.jsonl (repeat-of-need.test.ts): change them only with those.
import { DEFAULT_LIMITS } from '../store/limits.js';

/** What a question needed, as the statistics see it: no text, only its outcome and its words. */
export interface Need {
  /** When it was asked (ms since the epoch). */
  at: number;
  status: 'answered' | 'clarify' | 'fallback';
  /** The entry that answered it, when answered. */
  entryId?: string;
  /** Its content terms (stemmed, small words left out), as the matcher read it. */
  terms: readonly string[];
}

/** Asked again later than this after an answer, it is a new visit, not a re-ask (store/limits.ts). */
export const REPEAT_WINDOW_MS = DEFAULT_LIMITS.reaskWindowMs;
/** Share of words in common (of all the words in either) that makes a rephrasing of the same question. */
export const SAME_WORDS = 0.5;
/** When the rephrasing got a different answer, it must share more to count as the same need. */
export const SAME_WORDS_DIFFERENT_ANSWER = 0.75;

export function repeatsPreviousNeed(previous: Need | undefined, current: Need): boolean {
  // Only answers can fail to help; a question after a "did you mean" or a decline is not a re-ask.
  if (!previous || previous.status !== 'answered') return false;
  const gap = current.at - previous.at;
  if (gap < 0 || gap > REPEAT_WINDOW_MS) return false;
  if (current.status === 'answered' && current.entryId === previous.entryId) return true;
  const shared = sharedShare(previous.terms, current.terms);
  return current.status === 'answered' ? shared >= SAME_WORDS_DIFFERENT_ANSWER : shared >= SAME_WORDS;
}

/** Words in both / words in either (Jaccard), over distinct terms. */
function sharedShare(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 || right.size === 0) return 0;
  let both = 0;
  for (const t of left) if (right.has(t)) both++;
  return both / (left.size + right.size - both);
}
