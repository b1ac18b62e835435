// Issue 14, hostile input: every expression that runs on user text is linear and input is capped
// before any runs, so no question can hang the bot. Arbitrary strings up to the length cap are
// asked; each must be answered (never thrown) within a generous safety bound.
import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { MAX_QUESTION_CHARS, type Reply } from '../../../src/index.js';
import { normalizeText, stripMarkup } from '../../../src/nlp/normalize.js';
import { overBound } from '../../helpers/time-bound.js';
import { fixtureAdvisor, question } from '../core/support/fixture-advisor.js';

/** A safety bound, not a speed target: a reply takes a few ms, a quadratic or exponential path
 *  at the length cap takes seconds, and a busy shared machine can pause a process for seconds. */
const BOUND_MS = 250;

const { advisor } = fixtureAdvisor();

/** The reply to `text`, and `slow`: undefined when it came within the bound, else how long it took. */
async function boundedAsk(text: string) {
  let reply: Reply | undefined;
  const slow = await overBound(async () => {
    reply = await advisor.ask(question(text, { threadId: 'fuzz' }));
  }, { boundMs: BOUND_MS });
  return { reply: reply as Reply, slow };
}

describe('hostile and arbitrary input', () => {
  it('given the worst cases for each text expression at the length cap, each reply comes back within the bound', async () => {
    await advisor.ask(question('warm up the matcher', { threadId: 'fuzz' }));
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
      const { reply, slow } = await boundedAsk(text);
      if (reply.kind === 'error' || slow) slowOrFailed.push(`${text.slice(0, 20)}... ${reply.kind} ${slow ?? ''}`);
    }
    expect(slowOrFailed).toEqual([]);
  });

  it('given 40,000 characters of unclosed Slack links, the markup stripper stays linear', async () => {
    const links = '<http:'.repeat(40_000 / 6);
    const readBoth = () => {
      stripMarkup(links);
      normalizeText(links);
    };
    expect(await overBound(readBoth, { boundMs: BOUND_MS * 4 })).toBeUndefined();
  });

  it('given arbitrary strings up to the length cap, it never throws and answers each within the bound', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: MAX_QUESTION_CHARS }), fc.string({ unit: 'binary', maxLength: MAX_QUESTION_CHARS }), fc.array(fc.constantFrom('acv ', '<http:', '<@', '```', '-', "n't ", 'six ', 'weeks ', 'pub ', 'wales '), { maxLength: 400 }).map((a) => a.join('').slice(0, MAX_QUESTION_CHARS))), async (text) => {
        const { reply, slow } = await boundedAsk(text);
        return reply.kind !== 'error' && slow === undefined;
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });
});
