// The fitting procedure (test/tools/fit) on small made-up data, and the generated weights file's
// agreement with the features the matcher measures.
import { describe, it, expect } from '@jest/globals';
import { FEATURES } from '../../../src/nlp/features.js';
import { WEIGHTS } from '../../../src/nlp/weights.js';
import { dot, fitListwise, fitLogistic, type ListRow } from '../../../test/tools/fit/optimise.js';

/** Questions whose right candidate has the higher first feature; the second feature is noise. */
function rows(): ListRow[] {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: 60 }, (_, n) => {
    const right = Float64Array.from([1, 0.6 + 0.4 * rnd(), rnd()]);
    const wrong = Float64Array.from([1, 0.4 * rnd(), rnd()]);
    const decline = n % 6 === 0;
    return decline
      ? { xs: [Float64Array.from([1, 0.1 * rnd(), rnd()])], right: [], noneRight: true, weight: 1 }
      : { xs: n % 2 ? [right, wrong] : [wrong, right], right: [n % 2 ? 0 : 1], noneRight: false, weight: 1 };
  });
}

const opts = { iterations: 300, learningRate: 0.05, l2: 0.001 };

describe('fitting the matcher', () => {
  it('given the same data twice, it gives the same weights (deterministic)', () => {
    expect(fitListwise(rows(), 3, opts)).toEqual(fitListwise(rows(), 3, opts));
  });

  it('given questions whose right candidate is told apart by one feature, the fitted weights rank the right one first', () => {
    const data = rows();
    const w = fitListwise(data, 3, opts);
    expect(w[1]).toBeGreaterThan(Math.abs(w[2]));
    for (const r of data.filter((r) => !r.noneRight)) {
      const scores = r.xs.map((x) => dot(w, x));
      expect(scores.indexOf(Math.max(...scores))).toBe(r.right[0]);
    }
  });

  it('given a calibration set, logistic regression recovers the direction of the evidence', () => {
    const xs = Array.from({ length: 40 }, (_, i) => Float64Array.from([1, i / 40]));
    const ys = xs.map((x) => (x[1] > 0.5 ? 1 : 0));
    const w = fitLogistic(xs, ys, 2, opts);
    expect(w[1]).toBeGreaterThan(0);
  });

  it('has a generated weights file whose features are exactly the ones the matcher measures, in order', () => {
    expect(WEIGHTS.features).toEqual([...FEATURES]);
    expect(WEIGHTS.rank).toHaveLength(FEATURES.length);
    expect(WEIGHTS.calibration.w).toHaveLength(WEIGHTS.calibration.inputs.length);
    expect(WEIGHTS.thresholds.answer).toBeGreaterThan(0);
    expect(WEIGHTS.thresholds.answer).toBeLessThan(1);
  });
});
