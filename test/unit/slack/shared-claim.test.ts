// The claim a Slack replica makes before answering: the store's verdict when it comes in time,
// and an answer anyway (logged once) when the store fails or is too slow.
import { describe, expect, it } from '@jest/globals';
import { sharedClaim } from '../../../adapters/slack/shared-claim.js';
import { createMemoryLogger, createMemoryStore } from '../../../src/index.js';

const TTL = 60_000;

describe('sharedClaim', () => {
  it('given a working store, the first claim of a key answers and a repeat does not', async () => {
    const claim = sharedClaim(createMemoryStore(), createMemoryLogger(), TTL);
    expect(await claim('slack-event:Ev1')).toBe(true);
    expect(await claim('slack-event:Ev1')).toBe(false);
  });

  it('given a store that never answers, it answers after the time bound, warns once for the run of failures, and says when the store is back', async () => {
    const logger = createMemoryLogger();
    let hang = true;
    const real = createMemoryStore();
    const store = { claimOnce: (key: string, at: Date, ttl: number) => (hang ? new Promise<boolean>(() => {}) : real.claimOnce(key, at, ttl)) };
    const claim = sharedClaim(store, logger, TTL, 50);
    expect(await claim('slack-event:Ev1')).toBe(true);
    expect(await claim('slack-event:Ev1')).toBe(true);
    expect(logger.lines.filter((l) => /WARN .*answering anyway/.test(l))).toHaveLength(1);
    hang = false;
    expect(await claim('slack-event:Ev2')).toBe(true);
    expect(await claim('slack-event:Ev2')).toBe(false);
    expect(logger.lines.filter((l) => /answers claims again/.test(l))).toHaveLength(1);
  });

  it('given a store that fails, it answers and says why', async () => {
    const logger = createMemoryLogger();
    const claim = sharedClaim({ claimOnce: () => Promise.reject(new Error('ECONNREFUSED 127.0.0.1:5432')) }, logger, TTL);
    expect(await claim('slack-event:Ev1')).toBe(true);
    expect(logger.lines.join('\n')).toContain('ECONNREFUSED');
  });
});
