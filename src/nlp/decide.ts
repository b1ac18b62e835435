// Turns ranked candidates into answer / clarify / fallback. Thresholds follow the usual bands
// (answer when confident, ask when the top two are within a small margin, decline below a
// floor) and were tuned on the knowledge's own examples plus held-out paraphrases.
import { EXACT, type Candidate } from './rank.js';

export const THRESHOLDS = {
  /** At or above this, answer. */
  answer: 0.36,
  /** Below this nothing is close enough even to offer as a choice. */
  clarifyFloor: 0.3,
  /** Top two closer than this (and neither clearly ahead) -> ask which one. */
  margin: 0.01,
  /** Candidates at least this good are offered as "nearest topics" in a fallback. */
  nearest: 0.18,
  /** An off-topic signpost wins unless an entry is at least this confident. */
  overrideOffTopic: 0.7,
} as const;

export type Decision =
  | { status: 'answered'; top: Candidate }
  | { status: 'clarify'; options: Candidate[] }
  | { status: 'fallback'; nearest: Candidate[]; offTopicId?: string };

export function decide(candidates: Candidate[], offTopicId?: string): Decision {
  const [top, second] = candidates;
  const nearest = candidates.filter((c) => c.score >= THRESHOLDS.nearest).slice(0, 3);
  if (offTopicId && (!top || top.score < THRESHOLDS.overrideOffTopic)) return { status: 'fallback', nearest: [], offTopicId };
  if (!top || top.score < THRESHOLDS.clarifyFloor) return { status: 'fallback', nearest };
  // A question worded exactly like one entry's example (and no other's) is that entry's.
  const exact = top.bestCosine >= EXACT && !(second && second.bestCosine >= EXACT);
  const close = !exact && second && top.score - second.score < THRESHOLDS.margin && second.score >= THRESHOLDS.clarifyFloor;
  // Two sibling entries (same topic, or linked as related) nearly tied: answer the better one and
  // offer the other as a follow-up, rather than making the person choose between near-equals.
  if (close && top.score >= THRESHOLDS.answer && areSiblings(top, second)) return { status: 'answered', top };
  if (close) {
    const options = candidates.filter((c) => top.score - c.score < THRESHOLDS.margin && c.score >= THRESHOLDS.clarifyFloor).slice(0, 3);
    return { status: 'clarify', options };
  }
  if (top.score >= THRESHOLDS.answer) return { status: 'answered', top };
  return { status: 'fallback', nearest };
}

function areSiblings(a: Candidate, b: Candidate): boolean {
  return a.topic === b.topic || a.related.includes(b.entryId) || b.related.includes(a.entryId);
}
