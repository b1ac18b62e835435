// `npm run bench:inbound`: what the hardening costs and saves on the inbound path, side by side
// in one run. (1) Reading Slack markup: the adapter's linear patterns against the previous ones
// (kept below as the baseline), on hostile and on ordinary text. (2) The per-person rate limit:
// one take() per question against a bare Map lookup. Medians of interleaved runs, and ratios.
import { questionText } from '../../adapters/slack/inbound.js';
import { createRateLimiter } from '../../src/guard/rate-limit.js';
import { createRequestLimits } from '../../src/guard/request-limits.js';
import { createMemoryLogger, type Question } from '../../src/index.js';

/** The markup reading before this change: classes stopped only at '>', so a run of "<http:" is quadratic. */
function previousQuestionText(raw: string): string {
  return raw
    .replace(/<@([UW][A-Z0-9]+)\|([^>]*)>/g, '@$2')
    .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
    .replace(/<#([CG][A-Z0-9]+)\|([^>]*)>/g, '#$2')
    .replace(/<#([CG][A-Z0-9]+)>/g, '#$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]*)>/g, '$1')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<!(here|channel|everyone)(\|[^>]*)?>/g, '@$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]*)>/g, '$2')
    .replace(/<((?:https?|mailto):[^|>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeIt(fn: () => unknown, repeat: number): number {
  const started = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - started) / repeat;
}

/** Interleaves the two candidates `runs` times and returns each one's median milliseconds. */
function sideBySide(a: () => unknown, b: () => unknown, runs: number, repeat: number): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  a();
  b();
  for (let r = 0; r < runs; r++) {
    ta.push(timeIt(a, repeat));
    tb.push(timeIt(b, repeat));
  }
  return [median(ta), median(tb)];
}

const cases: [string, string, number][] = [
  ['40,000 chars of "<http:"', '<http:'.repeat(40_000 / 6), 1],
  ['40,000 chars of "<@U1|"', '<@U1|'.repeat(8_000), 1],
  ['an ordinary 200-char message', `<@UBOT0001> our pub <http://example.org|the Red Lion> is for sale, &amp; we want to know how long an ACV listing lasts <!here> ${'x'.repeat(40)}`, 2000],
];

console.log('Slack markup reading (median ms per message, 11 interleaved runs)');
console.log('  case                              previous      linear   ratio');
for (const [name, text, repeat] of cases) {
  const [before, after] = sideBySide(() => previousQuestionText(text), () => questionText(text, { botUserId: 'UBOT0001' }), 11, repeat);
  console.log(`  ${name.padEnd(32)} ${before.toFixed(4).padStart(9)} ${after.toFixed(4).padStart(11)} ${(before / after).toFixed(1).padStart(7)}x`);
}

const people = Array.from({ length: 5000 }, (_, i) => `person-${i}`);
const limiter = createRateLimiter(10, { maxKeys: 10_000 });
const map = new Map<string, number>(people.map((p) => [p, 1]));
let n = 0;
const [take, lookup] = sideBySide(
  () => limiter.take(people[n++ % people.length]!),
  () => map.get(people[n++ % people.length]!),
  11,
  100_000,
);
console.log('\nRate limit per question (median microseconds, 11 interleaved runs of 100,000 over 5,000 people)');
console.log(`  limiter.take ${(take * 1000).toFixed(3)} us   bare Map.get ${(lookup * 1000).toFixed(3)} us   ratio ${(take / lookup).toFixed(1)}x`);

// What the advisor actually calls per question: the id hashed, then one take().
const limits = createRequestLimits({ questionsPerMinute: 10, votesPerMinute: 10 }, createMemoryLogger());
const questions: Question[] = people.map((id) => ({ text: 'x', platform: 'slack', user: { id }, channel: { id: 'C1', isDirect: false }, threadId: 't', receivedAt: new Date() }));
const [allow] = sideBySide(() => limits.allowQuestion(questions[n++ % questions.length]!), () => undefined, 11, 100_000);
console.log(`  allowQuestion (hash + take) ${(allow * 1000).toFixed(3)} us per question`);
