// Wall-clock safety bounds that hold on a shared, noisy machine.
//
// The checks that use this exist to catch a super-linear path: an expression that backtracks or
// a loop that is quadratic in the input. Such a path is slow on every try, by orders of magnitude,
// however quiet the machine. A busy machine is slow too, but in stalls that come and go. So a try
// over the bound is not yet a failure:
// - the bound stretches by how much slower the machine is right now than at its quietest in this
//   process, measured by a fixed piece of work that does not depend on the code under test (so a
//   pathological path in that code can never excuse itself);
// - a try still over the stretched bound is tried again after a rest, longer each time.
// The check fails only when every try is over.

export interface TimeBound {
  /** On a quiet machine, a try under this passes. A safety margin, not a speed target. */
  boundMs: number;
  tries?: number;
}

const DEFAULT_TRIES = 5;
const FIRST_REST_MS = 100;
/** Each reading of the machine's speed is the fastest of this many runs of the fixed work. */
const READINGS_PER_MEASURE = 3;

const FIXED_TEXT = 'the quick brown fox jumps over the lazy dog '.repeat(4000);

/** Plain string and number work of fixed size: a few milliseconds on a quiet machine. */
function fixedWork(): number {
  let hash = 0;
  for (const word of FIXED_TEXT.split(' ')) hash = (hash * 31 + word.length) | 0;
  return hash;
}

let quietestFixedMs = Infinity;

/** How many times slower than its quietest the machine is now (at least 1). */
function machineSlowdown(): number {
  let fastest = Infinity;
  for (let reading = 0; reading < READINGS_PER_MEASURE; reading += 1) {
    const started = performance.now();
    fixedWork();
    fastest = Math.min(fastest, performance.now() - started);
  }
  quietestFixedMs = Math.min(quietestFixedMs, fastest);
  return fastest / quietestFixedMs;
}

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Times `work` against `bound`: undefined when a try stayed within it, otherwise a description of
 * the fastest try for the failure message.
 */
export async function overBound(work: () => unknown, bound: TimeBound): Promise<string | undefined> {
  if (quietestFixedMs === Infinity) machineSlowdown();
  let fastestMs = Infinity;
  let rest = FIRST_REST_MS;
  for (let attempt = 0; attempt < (bound.tries ?? DEFAULT_TRIES); attempt += 1) {
    const ms = await timed(work);
    if (ms < bound.boundMs) return undefined;
    if (ms < bound.boundMs * machineSlowdown()) return undefined;
    fastestMs = Math.min(fastestMs, ms);
    await new Promise((resume) => setTimeout(resume, rest));
    rest *= 2;
  }
  return `${Math.round(fastestMs)} ms on every try, over the ${bound.boundMs} ms bound`;
}
