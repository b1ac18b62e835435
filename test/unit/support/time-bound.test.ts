// The safety-bound checks must fail on a path that is slow every time and pass on a machine that
// stalls once: these specs pin both halves, with busy-waits standing in for slow work.
import { describe, expect, it } from '@jest/globals';
import { overBound } from '../../helpers/time-bound.js';

/** Keeps the processor busy for `ms`, as slow code would. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('a wall-clock safety bound', () => {
  it('given work well within the bound, it passes', async () => {
    expect(await overBound(() => busyFor(1), { boundMs: 200 })).toBeUndefined();
  });

  it('given work slow on its first try only (a stall), it passes on a later try', async () => {
    let tries = 0;
    const stallsOnce = () => busyFor(tries++ === 0 ? 300 : 1);
    expect(await overBound(stallsOnce, { boundMs: 100 })).toBeUndefined();
    expect(tries).toBeGreaterThan(1);
  });

  it('given work over the bound on every try while the machine is quiet, it fails and says how slow', async () => {
    let tries = 0;
    const alwaysSlow = () => {
      tries += 1;
      busyFor(150);
    };
    expect(await overBound(alwaysSlow, { boundMs: 20, tries: 3 })).toMatch(/^\d+ ms on every try, over the 20 ms bound$/);
    expect(tries).toBe(3);
  });
});
