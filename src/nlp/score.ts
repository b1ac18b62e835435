// Applies the fitted weights: a linear score per candidate, a share of belief per candidate
// (softmax against a "none of these" option scored 0), and a calibrated confidence that the top
// candidate is the right answer. The weights come from weights.generated.json (see FITTING.md).
import type { CandidateFeatures } from './features.js';
import type { Weights } from './weights.js';

export interface Scored {
  c: CandidateFeatures;
  /** The linear score (a log-odds against "none of these"). */
  raw: number;
  /** Softmax share among the candidates and the "none" option. */
  share: number;
}

export function linearScore(w: readonly number[], x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i] * x[i];
  return s;
}

/** Scores and sorts candidates best first; shares sum to at most 1 (the rest is "none of these"). */
export function scoreCandidates(weights: Weights, candidates: CandidateFeatures[]): Scored[] {
  const raws = candidates.map((c) => linearScore(weights.rank, c.x));
  const top = Math.max(0, ...raws);
  let z = Math.exp(-top);
  for (const r of raws) z += Math.exp(r - top);
  return candidates
    .map((c, i) => ({ c, raw: raws[i], share: Math.exp(raws[i] - top) / z }))
    .sort((a, b) => b.raw - a.raw || a.c.ie.position - b.c.ie.position);
}

/** What the second stage reads of a ranked candidate. */
export interface RankedLike {
  raw: number;
  share: number;
  anchorLevel: number;
  topic: string;
  /** The candidate's measured features, by name. */
  parts: Readonly<Record<string, number>>;
}

/** Inputs of the second-stage model, by name, for one ranking (best first). */
export function calibrationInputs(ranked: readonly RankedLike[]): Record<string, number> {
  const [first, second] = ranked;
  if (!first) return {};
  const p = Math.min(1 - 1e-9, Math.max(1e-9, first.share));
  const inputs: Record<string, number> = {
    bias: 1,
    logitShare: Math.log(p / (1 - p)),
    lead: Math.min(6, first.raw - (second?.raw ?? Math.min(0, first.raw - 6))),
    anchorEntry: first.anchorLevel === 2 ? 1 : 0,
    anchorTopic: first.anchorLevel >= 1 ? 1 : 0,
    // A runner-up on the same topic is a sibling: the usual way the top is wrong.
    siblingRunnerUp: second && second.topic === first.topic ? 1 : 0,
    rivals: Math.min(3, ranked.slice(1).filter((c) => c.share >= first.share / 2).length) / 3,
  };
  for (const [name, value] of Object.entries(first.parts)) if (name !== 'bias') inputs[`top.${name}`] = value;
  return inputs;
}

/** Probability that the top candidate is the right answer. */
export function confidence(weights: Weights, ranked: readonly RankedLike[]): number {
  if (ranked.length === 0) return 0;
  const inputs = calibrationInputs(ranked);
  let s = 0;
  weights.calibration.inputs.forEach((name, i) => (s += weights.calibration.w[i] * (inputs[name] ?? 0)));
  return 1 / (1 + Math.exp(-s));
}
