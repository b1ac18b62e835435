// Plain full-batch gradient descent (Adam steps, fixed iteration count, zero start), so the same
// inputs always give the same weights.

/** One training question: its candidates' feature rows and which of them are right. */
export interface ListRow {
  xs: Float64Array[];
  /** Indexes into xs of the right candidates. */
  right: number[];
  /** Whether declining ("none of these", score 0) is right too. */
  noneRight: boolean;
  weight: number;
}

export interface FitOptions {
  iterations: number;
  learningRate: number;
  l2: number;
}

/**
 * Listwise softmax with a "none of these" option scored 0: maximises the probability given to
 * the right candidates (or to "none" for questions to decline), so the weights learn to put the
 * right entry first among its near neighbours and to score everything low on off-topic questions.
 */
export function fitListwise(rows: ListRow[], dims: number, opts: FitOptions): number[] {
  const w = new Float64Array(dims);
  const total = rows.reduce((a, r) => a + r.weight, 0) || 1;
  return adam(w, opts, (grad) => {
    let loss = 0;
    for (const row of rows) {
      const s = row.xs.map((x) => dot(w, x));
      const top = Math.max(0, ...s);
      const e = s.map((v) => Math.exp(v - top));
      const eNone = Math.exp(-top);
      const z = e.reduce((a, b) => a + b, eNone);
      let zRight = row.noneRight ? eNone : 0;
      for (const i of row.right) zRight += e[i];
      if (zRight === 0) continue;
      loss += row.weight * (Math.log(z) - Math.log(zRight));
      const rightSet = new Set(row.right);
      row.xs.forEach((x, i) => {
        const g = row.weight * (e[i] / z - (rightSet.has(i) ? e[i] / zRight : 0));
        for (let d = 0; d < dims; d++) grad[d] += g * x[d];
      });
    }
    return scale(grad, total, loss);
  });
}

/** Ordinary logistic regression: P(y = 1 | x). */
export function fitLogistic(xs: Float64Array[], ys: number[], dims: number, opts: FitOptions): number[] {
  const w = new Float64Array(dims);
  return adam(w, opts, (grad) => {
    let loss = 0;
    xs.forEach((x, n) => {
      const p = 1 / (1 + Math.exp(-dot(w, x)));
      loss -= ys[n] ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12));
      for (let d = 0; d < dims; d++) grad[d] += (p - ys[n]) * x[d];
    });
    return scale(grad, xs.length || 1, loss);
  });
}

/** Mean rather than summed loss, so the L2 strength means the same whatever the data size. */
function scale(grad: Float64Array, total: number, loss: number): number {
  for (let d = 0; d < grad.length; d++) grad[d] /= total;
  return loss / total;
}

function adam(w: Float64Array, opts: FitOptions, lossAndGrad: (grad: Float64Array) => number): number[] {
  const dims = w.length;
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const grad = new Float64Array(dims);
  for (let t = 1; t <= opts.iterations; t++) {
    grad.fill(0);
    lossAndGrad(grad);
    // The bias (feature 0) is not shrunk.
    for (let d = 1; d < dims; d++) grad[d] += opts.l2 * w[d];
    for (let d = 0; d < dims; d++) {
      m[d] = 0.9 * m[d] + 0.1 * grad[d];
      v[d] = 0.999 * v[d] + 0.001 * grad[d] * grad[d];
      const mh = m[d] / (1 - 0.9 ** t);
      const vh = v[d] / (1 - 0.999 ** t);
      w[d] -= (opts.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return [...w].map((x) => Math.round(x * 1e6) / 1e6);
}

export function dot(w: ArrayLike<number>, x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += w[i] * x[i];
  return s;
}
