// How likely each entry is to have been asked in the question's words: a query-likelihood model
// over each entry's title, examples and keywords (Dirichlet smoothing towards how often the whole
// knowledge uses each word). It weighs every word by how much more this entry uses it than the
// others do, which tells siblings apart where shared words make their similarities tie.
import type { SearchIndex } from './search-index.js';

export interface Likelihoods {
  /** Share of belief over all entries (uniform prior). */
  posterior: Float64Array;
  /** Log-likelihood ratio to the best entry, divided by 10 and floored at -1. */
  gap: Float64Array;
}

/** A left-out example's weighted term counts and the entry it belongs to (fitting only). */
export interface HeldCounts {
  position: number;
  tf: ReadonlyMap<string, number>;
  length: number;
}

export function entryLikelihoods(index: SearchIndex, terms: readonly string[], held?: HeldCounts): Likelihoods {
  const mu = index.weights.index.likelihoodMu;
  const n = index.entries.length;
  const logp = new Float64Array(n);
  const total = index.totalLength - (held?.length ?? 0);
  for (const t of terms) {
    const background = ((index.termTotals.get(t) ?? 0) - (held?.tf.get(t) ?? 0)) / total;
    // A word no entry uses (or only the left-out example did) says nothing about which entry.
    if (!(background > 0)) continue;
    const postings = index.entryPostings.get(t) ?? [];
    // Entries that never use the word all get the same smoothed share; only their lengths differ.
    for (let i = 0; i < n; i++) logp[i] += Math.log((mu * background) / (lengthOf(index, i, held) + mu));
    for (const i of postings) {
      const f = (index.entries[i].tf.get(t) ?? 0) - (held && held.position === i ? held.tf.get(t) ?? 0 : 0);
      if (f > 0) logp[i] += Math.log((f + mu * background) / (mu * background));
    }
  }
  let best = -Infinity;
  for (const v of logp) best = Math.max(best, v);
  const posterior = new Float64Array(n);
  const gap = new Float64Array(n);
  let z = 0;
  for (let i = 0; i < n; i++) z += posterior[i] = Math.exp(logp[i] - best);
  for (let i = 0; i < n; i++) {
    posterior[i] /= z;
    gap[i] = Math.max(-10, logp[i] - best) / 10;
  }
  return { posterior, gap };
}

function lengthOf(index: SearchIndex, i: number, held?: HeldCounts): number {
  return index.entries[i].length - (held && held.position === i ? held.length : 0);
}
