// Issue 14, hostile input: every expression that runs on user text is linear and input is capped
// before any runs, so no question can hang the bot. Arbitrary strings up to the length cap are
// asked; each must be answered (never thrown) within a generous safety bound.
import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { MAX_QUESTION_CHARS } from '../../../src/index.js';
import { normalizeText, stripMarkup } from '../../../src/nlp/normalize.js';
import { fixtureAdvisor, question } from '../core/support/fixture-advisor.js';

/** A safety bound, not a speed target: a reply takes about 1 ms, a quadratic or exponential path
 *  at the length cap takes seconds, and a busy shared machine can pause a process for tens of ms. */
const BOUND_MS = 250;

const { advisor } = fixtureAdvisor();

async function timedAsk(text: string) {
  const started = performance.now();
  const reply = await advisor.ask(question(text, { threadId: 'fuzz' }));
  return { reply, ms: performance.now() - started };
}

describe('hostile and arbitrary input', () => {
  it('given the worst cases for each text expression at the length cap, each reply comes back within the bound', async () => {
    await timedAsk('warm up the matcher');
    const cap = MAX_QUESTION_CHARS;
    const nasty = [
      '<http:'.repeat(cap / 6),
      '<@'.repeat(cap / 2),
      '```'.repeat(cap / 3),
      `how long ${'a '.repeat(cap / 2 - 10)}!`,
      '-'.repeat(cap - 1) + 'x',
      `${'a'.repeat(cap - 4)}n't`,
      'twenty '.repeat(cap / 7),
      'how long '.repeat(cap / 9),
      'x'.repeat(cap),
      'wales '.repeat(cap / 6),
    ];
    const slowOrFailed: string[] = [];
    for (const text of nasty) {
      const { reply, ms } = await timedAsk(text);
      if (reply.kind === 'error' || ms >= BOUND_MS) slowOrFailed.push(`${text.slice(0, 20)}... ${reply.kind} ${Math.round(ms)} ms`);
    }
    expect(slowOrFailed).toEqual([]);
  });

  it('given 40,000 characters of unclosed Slack links, the markup stripper stays linear', () => {
    const started = performance.now();
    stripMarkup('<http:'.repeat(40_000 / 6));
    normalizeText('<http:'.repeat(40_000 / 6));
    expect(performance.now() - started).toBeLessThan(BOUND_MS * 4);
  });

  it('given arbitrary strings up to the length cap, it never throws and answers each within the bound', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: MAX_QUESTION_CHARS }), fc.string({ unit: 'binary', maxLength: MAX_QUESTION_CHARS }), fc.array(fc.constantFrom('acv ', '<http:', '<@', '```', '-', "n't ", 'six ', 'weeks ', 'pub ', 'wales '), { maxLength: 400 }).map((a) => a.join('').slice(0, MAX_QUESTION_CHARS))), async (text) => {
        const { reply, ms } = await timedAsk(text);
        return reply.kind !== 'error' && ms < BOUND_MS;
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });
});
