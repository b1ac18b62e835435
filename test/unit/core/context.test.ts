import { describe, it, expect } from '@jest/globals';
import { TODAY } from './support/fixture-kb.js';
import { fixtureAdvisor, question } from './support/fixture-advisor.js';

const FOLLOW_UP = 'how long does that last?';
const minutes = (n: number) => new Date(TODAY.getTime() + n * 60_000);

describe('follow-up questions in a thread', () => {
  it('given "what is an ACV?" then "how long does that last?" in the same thread, it answers about how long a listing lasts', async () => {
    const { advisor } = fixtureAdvisor();
    const first = await advisor.explain(question('what is an ACV?', { threadId: 't1', at: minutes(0) }));
    expect(first.reply.entryId).toBe('acv-what-is');

    const follow = await advisor.explain(question(FOLLOW_UP, { threadId: 't1', at: minutes(2) }));

    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toBe('acv-listing-length');
    expect(follow.usedContext).toBe(true);
  });

  it('given the follow-up on its own, with no earlier question, it does not land on the listing entry (so the context is what made the difference)', async () => {
    const { advisor } = fixtureAdvisor();
    const alone = await advisor.explain(question(FOLLOW_UP, { threadId: 'fresh' }));
    expect(alone.usedContext).toBe(false);
    expect(alone.reply.entryId).not.toBe('acv-listing-length');
  });

  it('given the follow-up in another thread, it does not use the first thread\'s context', async () => {
    const { advisor } = fixtureAdvisor();
    const baseline = await fixtureAdvisor().advisor.explain(question(FOLLOW_UP, { threadId: 'fresh' }));
    await advisor.ask(question('what is an ACV?', { threadId: 't1', at: minutes(0) }));

    const other = await advisor.explain(question(FOLLOW_UP, { threadId: 't2', at: minutes(1) }));

    expect(other.usedContext).toBe(false);
    expect(other.reply.entryId).toBe(baseline.reply.entryId);
    expect(other.status).toBe(baseline.status);
  });

  it('given the follow-up 31 minutes later in the same thread, the context has expired', async () => {
    const { advisor } = fixtureAdvisor();
    const baseline = await fixtureAdvisor().advisor.explain(question(FOLLOW_UP, { threadId: 'fresh' }));
    await advisor.ask(question('what is an ACV?', { threadId: 't1', at: minutes(0) }));

    const late = await advisor.explain(question(FOLLOW_UP, { threadId: 't1', at: minutes(31) }));

    expect(late.usedContext).toBe(false);
    expect(late.reply.entryId).toBe(baseline.reply.entryId);
  });

  it('given the follow-up 29 minutes later in the same thread, the context still applies', async () => {
    const { advisor } = fixtureAdvisor();
    await advisor.ask(question('what is an ACV?', { threadId: 't1', at: minutes(0) }));
    const follow = await advisor.explain(question(FOLLOW_UP, { threadId: 't1', at: minutes(29) }));
    expect(follow.usedContext).toBe(true);
    expect(follow.reply.entryId).toBe('acv-listing-length');
  });

  it('given a new, complete question after an answer, it answers the new question, not the old topic', async () => {
    const { advisor } = fixtureAdvisor();
    await advisor.ask(question('what is an ACV?', { threadId: 't1', at: minutes(0) }));
    const next = await advisor.ask(question('what is the community right to challenge', { threadId: 't1', at: minutes(1) }));
    expect(next.entryId).toBe('rtc-what-is');
  });
});
