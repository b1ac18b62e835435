import { describe, it, expect } from '@jest/globals';
import { WEIGHTS } from '../../../src/nlp/weights.js';
import { hashConversationKey, hashUserId } from '../../../src/store/privacy.js';
import { TODAY } from './support/fixture-kb.js';
import { fixtureAdvisor, question } from './support/fixture-advisor.js';

describe('what the advisor records', () => {
  it('given a question it cannot answer, it queues it for staff with personal details redacted', async () => {
    const { advisor, store } = fixtureAdvisor();
    const reply = await advisor.ask(question("what's the weather in Leeds tomorrow? mail jo@example.org or ring 07700 900123, LS1 4AP"));
    expect(reply.kind).toBe('fallback');
    await advisor.flush();
    const queued = await store.listOpenUnanswered(TODAY);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ reasons: { fallback: 1 }, status: 'open', platforms: ['cli'] });
    expect(queued[0].text).toContain('weather in Leeds');
    expect(queued[0].text).not.toMatch(/jo@example\.org|07700|LS1 4AP/);
    expect(queued[0].text).toContain('[email]');
  });

  it('given a question it answers, it does not queue it', async () => {
    const { advisor, store } = fixtureAdvisor();
    await advisor.ask(question('how long does an ACV listing last?'));
    await advisor.flush();
    expect(await store.listOpenUnanswered(TODAY)).toEqual([]);
    expect((await store.stats('2000-01-01', '2100-01-01')).mostAsked).toEqual([{ entryId: 'acv-listing-length', count: 1 }]);
  });

  it('given any question, it records it under salted hashes of the user id and the thread key, never the ids themselves', async () => {
    const { advisor, store } = fixtureAdvisor();
    const records: unknown[] = [];
    const record = store.record.bind(store);
    store.record = (ops) => (records.push(...ops), record(ops));
    await advisor.ask(question('how long does an ACV listing last?', { userId: 'U0SECRET1', threadId: 'slack:cmd:C1:U0SECRET1' }));
    await advisor.flush();
    expect(records).toContainEqual(expect.objectContaining({ type: 'question', status: 'answered', entryId: 'acv-listing-length', userHash: hashUserId('cli', 'U0SECRET1', 'fixture-salt') }));
    expect(records).toContainEqual(expect.objectContaining({ type: 'conversation', key: hashConversationKey('slack:cmd:C1:U0SECRET1', 'fixture-salt') }));
    expect(JSON.stringify(records)).not.toContain('U0SECRET1');
  });

  it('given a question with personal details, the conversation state keeps only the redacted text', async () => {
    const { advisor, store } = fixtureAdvisor();
    await advisor.ask(question('how long does an ACV listing last? I am at SW1A 1AA', { threadId: 'th' }));
    await advisor.flush();
    expect(await store.getConversation(hashConversationKey('th', 'fixture-salt'), TODAY)).toMatchObject({ question: 'how long does an ACV listing last? I am at [postcode]' });
  });

  it('given a fallback with topics near the question, it offers them (best first, at most three), names where to get help and says it was recorded', async () => {
    const { advisor, holder } = fixtureAdvisor();
    const { phrases } = holder.current.kb;
    const { reply, status, candidates } = await advisor.explain(question('a grant for our community hall roof'));
    const mass = candidates.reduce((a, c) => a + c.score, 0);
    const near = candidates.filter((c) => c.score >= WEIGHTS.thresholds.nearest * mass).slice(0, 3);
    expect(status).toBe('fallback');
    expect(near.length).toBeGreaterThan(0);
    expect(reply.followUps.map((f) => f.entryId)).toEqual(near.map((c) => c.entryId));
    const text = reply.sections.map((s) => s.body).join('\n');
    expect(text).toContain(phrases.fallbackNearest);
    for (const c of near) expect(text).toContain(c.title);
    expect(text).toContain(phrases.whereToGetHelp);
    expect(text).toContain(phrases.recorded);
  });
});
