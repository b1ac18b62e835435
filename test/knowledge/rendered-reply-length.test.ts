// A reply's whole text (title, answer, sources, notice, related topics, and for a question about
// another nation the note on where it applies) must fit the 4,000 characters scripts and the
// shared scorer accept. The section limits alone do not ensure it, so `npm run kb:check` renders
// every answer at its longest and names any entry that runs over.
import { describe, expect, it } from '@jest/globals';
import { loadKnowledge } from '../../src/kb/load-knowledge.js';
import { longestRenderedReply, overlongReplies, RENDERED_REPLY_MAX } from '../../src/kb/check-rendered-length.js';
import { toJsonResult } from '../../adapters/cli/json-result.js';
import { cliQuestion, KNOWLEDGE_DIR, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

const { kb } = loadKnowledge(KNOWLEDGE_DIR);

describe('the length of an answer as a reply', () => {
  it('given the shipped knowledge, every answer fits a reply at its longest', () => {
    expect(overlongReplies(kb!).map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('given an entry whose sections are each within their limits but whose reply runs over, the check names its file and field and says by how much', () => {
    const entry = [...kb!.entries].sort((a, b) => longestRenderedReply(kb!, b.id) - longestRenderedReply(kb!, a.id))[0];
    const spare = RENDERED_REPLY_MAX - longestRenderedReply(kb!, entry.id);
    const sections = entry.sections.map((s, i) => (i === entry.sections.length - 1 ? { ...s, body: `${s.body} ${'word '.repeat(Math.ceil((spare + 20) / 5))}` } : s));
    const padded = { ...entry, sections };
    const withLong = { ...kb!, entries: [padded], byId: new Map([...kb!.byId, [entry.id, padded]]) };
    const problems = overlongReplies(withLong);
    expect(problems.map((p) => [p.file, p.field, p.severity])).toEqual([[entry.file, 'answer', 'error']]);
    expect(problems[0].message).toMatch(/runs to \d+ characters, over the 4000/);
  });

  it('given an answer that offers a guided check ("Check this building"), the check measures the reply with that offer, as it is sent', async () => {
    const entry = kb!.byId.get('acv-what-qualifies')!;
    expect((kb!.checks?.checks ?? []).some((c) => c.offerOn.includes(entry.id))).toBe(true);
    const reply = await shippedAdvisor().ask(cliQuestion(entry.questions[0], 'length:offer'));
    const json = toJsonResult(reply);
    expect(json.entryId).toBe(entry.id);
    expect(json.text.length).toBeLessThanOrEqual(longestRenderedReply(kb!, entry.id));
  });

  it('given a question answered through the advisor, the text scripts receive is no longer than the check measured for its entry', async () => {
    const reply = await shippedAdvisor().ask(cliQuestion('how long does an ACV listing last', 'length:listing'));
    const json = toJsonResult(reply);
    expect(json.status).toBe('answered');
    expect(json.text.length).toBeGreaterThan(1000);
    expect(json.text.length).toBeLessThanOrEqual(longestRenderedReply(kb!, json.entryId!));
  });

  it('given a long dated story on an answer that offers a guided check, the reply as sent fits one message and keeps the check\'s offer', async () => {
    const story = 'can a hotel bar be nominated or do hotels count as someones home the owner told the council on 3 November 2026 that he wants to sell, and we heard on 5 November, and it was listed back on 2 March 2025. what now and when do we have to say we want to bid?';
    const reply = await shippedAdvisor().ask(cliQuestion(story, 'length:dated-offer'));
    const json = toJsonResult(reply);
    expect(json.entryId).toBe('acv-exclusions');
    expect(json.text).toMatch(/\d{1,2} (November|December) 2026/);
    expect(json.text.length).toBeLessThanOrEqual(RENDERED_REPLY_MAX);
    const offers = (kb!.checks?.checks ?? []).filter((c) => c.offerOn.includes('acv-exclusions'));
    expect(offers.length).toBeGreaterThan(0);
    for (const offer of offers) expect(json.text).toContain(offer.offerLabel);
  });
});
