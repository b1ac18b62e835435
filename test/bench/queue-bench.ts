// `npx tsx test/bench/queue-bench.ts`: what grouping the unanswered queue costs as it grows. Queues
// of distinct questions that all share common words ("pub", "question": the worst case for the
// term index) are grouped, and each size is timed against the last, in one run: a cost that
// follows the items grows about 2x per doubling, one that compares every pair about 4x.
// Medians of 5 runs per size. It reports; it does not fail the build.
import { groupUnanswered } from '../../src/staff/group-unanswered.js';
import type { UnansweredItem } from '../../src/store/store.js';

const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2);
const word = (n: number) => Array.from({ length: 4 }, (_, k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('');
const at = '2026-11-20T10:00:00.000Z';
const queue = (size: number): UnansweredItem[] =>
  Array.from({ length: size }, (_, i) => ({ id: i + 1, text: `pub question ${word(i)} ${word(i * 7919 + 11)}`, count: 1, platforms: ['slack'], reasons: { fallback: 1 }, firstAt: at, lastAt: at, nearest: [], status: 'open' }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let previous: number | undefined;
for (const size of [500, 1000, 2000, 4000]) {
  const items = queue(size);
  groupUnanswered(items, words); // warm-up
  const runs = Array.from({ length: 5 }, () => {
    const t = performance.now();
    groupUnanswered(items, words);
    return performance.now() - t;
  });
  const ms = median(runs);
  console.log(`${String(size).padStart(5)} items: median ${ms.toFixed(1)} ms${previous ? `, ${(ms / previous).toFixed(2)}x the previous size` : ''}`);
  previous = ms;
}
