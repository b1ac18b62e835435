// Issue 14: "There is no per-user rate limit anywhere." The limit lives in the core, so every
// adapter gets it: a person who sends more than their allowance gets the knowledge's polite
// "slow down" phrase instead of an answer, and nothing of the refused request is recorded.
import { describe, expect, it } from '@jest/globals';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, type Platform, type Question } from '../../../src/index.js';
import { createRateLimiter } from '../../../src/guard/rate-limit.js';
import { CLEAN_KB_DIR, TODAY } from './support/fixture-kb.js';

describe('the rate limiter (a token bucket per person)', () => {
  it('given a burst, it allows the allowance and refuses the rest, saying so once per run of refusals', () => {
    const limiter = createRateLimiter(3, { maxKeys: 10, now: () => 0 });
    expect(Array.from({ length: 6 }, () => limiter.take('a'))).toEqual(['allowed', 'allowed', 'allowed', 'newly-limited', 'limited', 'limited']);
    expect(limiter.take('b')).toBe('allowed');
  });

  it('given time passing, it refills at the allowance a minute, never above the allowance', () => {
    let t = 0;
    const limiter = createRateLimiter(6, { maxKeys: 10, now: () => t });
    for (let i = 0; i < 6; i++) limiter.take('a');
    expect(limiter.take('a')).toBe('newly-limited');
    t = 10_000; // a sixth of a minute: one token back
    expect(limiter.take('a')).toBe('allowed');
    expect(limiter.take('a')).toBe('newly-limited');
    t = 10 * 60_000; // long idle: full again, but only six
    expect(Array.from({ length: 7 }, () => limiter.take('a')).filter((r) => r === 'allowed')).toHaveLength(6);
  });

  it('given a hundred thousand different senders, it never tracks more than its bound', () => {
    const limiter = createRateLimiter(5, { maxKeys: 1000, now: () => 0 });
    for (let i = 0; i < 100_000; i++) limiter.take(`user-${i}`);
    expect(limiter.size).toBe(1000);
  });

  it('given people who have gone quiet for a minute, it forgets them as others arrive', () => {
    let t = 0;
    const limiter = createRateLimiter(5, { maxKeys: 1000, now: () => t });
    for (let i = 0; i < 500; i++) limiter.take(`early-${i}`);
    t = 61_000;
    for (let i = 0; i < 300; i++) limiter.take(`late-${i}`);
    expect(limiter.size).toBe(300);
  });
});

describe('the advisor with rate limits', () => {
  function world(settings = { questionsPerMinute: 3, votesPerMinute: 2 }) {
    let t = TODAY.getTime();
    const knowledge = KnowledgeHolder.open(CLEAN_KB_DIR);
    const store = createMemoryStore();
    const logger = createMemoryLogger();
    const advisor = createAdvisor({ knowledge, store, logger, config: { hashSalt: 's', staff: [], retentionDays: 90, rateLimit: settings }, now: () => new Date(t) });
    const day = TODAY.toISOString().slice(0, 10);
    /** What the store counted for today, once everything recorded has been written. */
    const counted = async () => (await advisor.flush(), store.stats(day, day));
    return { advisor, store, logger, counted, slowDown: knowledge.current.kb.phrases.slowDown, wait: (ms: number) => (t += ms) };
  }
  const ask = (text: string, user = 'U0SPAMMER', platform: Platform = 'slack'): Question => ({
    text, platform, user: { id: user }, channel: { id: 'C1', isDirect: false }, threadId: `${platform}:C1:${Math.random()}`, receivedAt: TODAY,
  });
  const bodies = (reply: { sections: { body: string }[] }) => reply.sections.map((s) => s.body);

  it('given one person asking faster than the allowance, the extra questions get the slow-down phrase and are neither answered, counted nor queued', async () => {
    const w = world();
    for (let i = 0; i < 3; i++) expect((await w.advisor.ask(ask('can we race rubber ducks down the canal'))).kind).toBe('fallback');
    const refused = await w.advisor.ask(ask('how long does an ACV listing last?'));
    expect(refused.kind).toBe('info');
    expect(bodies(refused)).toEqual([w.slowDown]);
    const counted = await w.counted();
    expect([counted.asked, counted.declined, counted.answered]).toEqual([3, 3, 0]);
    // One warning for the run of refusals, naming the platform but not the person.
    await w.advisor.ask(ask('and again'));
    const warnings = w.logger.lines.filter((l) => l.includes('rate limit'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('U0SPAMMER');
  });

  it('given someone else asking meanwhile, or the same person after a minute, they are answered', async () => {
    const w = world();
    for (let i = 0; i < 4; i++) await w.advisor.ask(ask('how long does an ACV listing last?'));
    expect((await w.advisor.ask(ask('how long does an ACV listing last?', 'U0NEIGHBOUR'))).kind).toBe('answer');
    expect((await w.advisor.ask(ask('how long does an ACV listing last?', 'U0SPAMMER', 'discord'))).kind).toBe('answer');
    w.wait(60_000);
    expect((await w.advisor.ask(ask('how long does an ACV listing last?'))).kind).toBe('answer');
  });

  it('given votes faster than the vote allowance, the extra votes get the slow-down phrase and are not stored; related-topic presses count as questions', async () => {
    const w = world();
    const vote = (entryId: string) => w.advisor.act({ type: 'feedback', vote: 'down', entryId, question: ask('') });
    expect((await vote('acv-listing-length'))?.kind).toBe('info');
    await vote('acv-nominate');
    expect(bodies((await vote('acv-what-is'))!)).toEqual([w.slowDown]);
    expect((await w.counted()).votes.map((v) => v.entryId).sort()).toEqual(['acv-listing-length', 'acv-nominate']);

    for (let i = 0; i < 3; i++) await w.advisor.act({ type: 'followUp', entryId: 'acv-nominate', question: ask('') });
    expect(bodies((await w.advisor.act({ type: 'followUp', entryId: 'acv-nominate', question: ask('') }))!)).toEqual([w.slowDown]);
    expect(bodies(await w.advisor.ask(ask('how long does an ACV listing last?')))).toEqual([w.slowDown]);
  });

  it('given the terminal, it is exempt: a whole batch is answered', async () => {
    const w = world();
    for (let i = 0; i < 30; i++) expect((await w.advisor.ask(ask('how long does an ACV listing last?', 'operator', 'cli'))).kind).toBe('answer');
  });
});
