// Turns ranked candidates into answer / clarify / fallback. Every number comes from the fitted
// weights (thresholds chosen on the dev risk-coverage curve, see FITTING.md); the rules here are
// the ones no fit may override:
//  - an entry answers only when the question carries its defining concept (anchors.ts), or is
//    worded exactly like one of its examples, or matches one of its staff patterns;
//  - a question worded exactly like an entry's example is that entry's;
//  - an off-topic signpost wins unless the question is an example word for word: "right to
//    challenge a will" has the same content words as the example "right to challenge" ("a" and
//    "will" are stop words), but it is not that question.
import { EXACT, type Candidate } from './rank.js';
import { confidence } from './score.js';
import type { Weights } from './weights.js';

export type Decision =
  | { status: 'answered'; top: Candidate; confidence: number }
  | { status: 'clarify'; options: Candidate[]; confidence: number }
  | { status: 'fallback'; nearest: Candidate[]; offTopicId?: string; confidence: number };

export function decide(candidates: Candidate[], weights: Weights, offTopicId?: string): Decision {
  const [top, second] = candidates;
  const conf = confidence(weights, candidates.map((c) => ({ raw: c.raw, share: c.score, anchorLevel: c.anchorLevel, topic: c.topic, parts: c.parts })));
  if (!top) return { status: 'fallback', nearest: [], ...(offTopicId ? { offTopicId } : {}), confidence: 0 };
  if (answersWhatever(candidates) && (!offTopicId || top.verbatim)) return { status: 'answered', top, confidence: conf };
  // Staff-declared signposts (eviction, benefits, voting...) win over any fitted confidence: on
  // the dev questions they never fire on a question the knowledge answers.
  if (offTopicId) return { status: 'fallback', nearest: [], offTopicId, confidence: conf };
  if (anchored(top) && conf >= weights.thresholds.answer) return { status: 'answered', top, confidence: conf };
  if (second && anchored(top) && anchored(second) && top.score + second.score >= weights.thresholds.clarifyMass) {
    return { status: 'clarify', options: [top, second], confidence: conf };
  }
  // Suggestions only, so they need no defining concept: the candidates holding a fair part of the
  // belief left after "none of these".
  const mass = candidates.reduce((a, c) => a + c.score, 0);
  const nearest = candidates.filter((c) => c.score >= weights.thresholds.nearest * mass).slice(0, 3);
  return { status: 'fallback', nearest, confidence: conf };
}

/** Whether an entry may answer at all: the question carries its defining concept, matches one of
 *  its staff patterns, or is worded exactly like one of its examples. */
export function anchored(c: Candidate): boolean {
  return c.anchorLevel > 0 || c.patternHit || c.bestCosine >= EXACT;
}

/** A question worded exactly like an entry's example is that entry's, whatever the confidence
 *  (rankEntries puts the best-scoring such entry first). */
export function answersWhatever(candidates: Candidate[]): boolean {
  return Boolean(candidates[0]?.exactAsked);
}
