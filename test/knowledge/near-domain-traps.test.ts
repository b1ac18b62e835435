// The off-topic questions issue 9 found answered on one shared everyday word: a Windows recovery
// drive (Right to Challenge "windows"), the best pub in Leeds ("best" consideration), eBay bidding
// (the protected period), a lottery ticket (Awards for All), the Welsh for community centre (the
// Wales entry), a private catering tender (Right to Challenge). Each must be declined: no entry
// may answer on an everyday word alone, and its defining concept is what the question lacks.
import { describe, it, expect } from '@jest/globals';
import { cliQuestion, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';
import { toPlainText } from '../../src/index.js';

const advisor = shippedAdvisor();

describe('near-domain traps', () => {
  it.each([
    'how do I make a windows recovery drive',
    "what's the best pub in Leeds",
    'how do I bid on ebay without getting sniped',
    'where can I buy a lottery ticket',
    "what's the Welsh for community centre",
    'how do I write a catering tender for a private contract',
    'should I buy shares in tesco',
    'how do I challenge a parking fine',
    'do I need planning permission for a home extension',
    "what's the best way to build a shed",
    'Wales v England rugby score',
  ])('given "%s", it declines', async (text) => {
    const x = await advisor.explain(cliQuestion(text, `trap:${text}`));
    expect({ text, status: x.status }).toEqual({ text, status: 'fallback' });
  });

  it('given the same everyday words inside the concept they belong to, it answers', async () => {
    for (const text of ['what is best consideration in a council land sale', 'how long is the right to challenge submission window', 'can we get a National Lottery Awards for All grant for the hall']) {
      const x = await advisor.explain(cliQuestion(text, `concept:${text}`));
      expect({ text, status: x.status, concept: (x.candidates[0]?.anchorLevel ?? 0) > 0 }).toEqual({ text, status: 'answered', concept: true });
    }
  });
});

describe('"rules" name no scheme', () => {
  it('given "that listing rule for pubs, does it still apply now the new act has gone through?", it is never answered from the 2026 neighbourhood-planning changes on the words "new rules"', async () => {
    const x = await advisor.explain(cliQuestion("that listing rule for pubs - does it still apply now the new act's gone through?", 'rules:1'));
    expect(x.status === 'answered' ? x.reply.entryId : 'declined').not.toBe('np-2026-changes');
  });
});

describe('"first refusal" is one idea, not a refusal', () => {
  it.each(['if the pub gets listed do we then get first refusal', 'listed pub, first refusal for us?'])('given "%s", it is never answered from the entry on a refused nomination', async (text) => {
    const x = await advisor.explain(cliQuestion(text, `preemption:${text}`));
    expect(x.status === 'answered' ? x.reply.entryId : 'declined').not.toBe('acv-nomination-refused');
  });
});

describe('a place or a shop in a sports or cooking question does not make it a community-rights one', () => {
  it.each([
    ['whats the score in the ulster final', /bbc\.co\.uk\/sport/],
    ['btw whats a good sourdough recipe, the shop used to sell amazing bread', /bbc\.co\.uk\/food/],
  ])('given "%s", it declines and points to where such things are found (%s)', async (text, link) => {
    const x = await advisor.explain(cliQuestion(text, `aside:${text}`));
    expect(x.status).toBe('fallback');
    expect(toPlainText(x.reply)).toMatch(link);
  });
});

describe('everyday council hours and a landlord\'s VAT are not community rights, even as follow-ups', () => {
  it.each([
    ['is there a plain english briefing on acvs anywhere', 'what time does the council planning desk open on saturdays'],
    ['I own the building a shop is in and it got listed as an ACV. Do I have to go through the moratorium to grant my tenant a new 10 year lease?', "what's the vat position on the rent"],
  ])('given "%s" answered, "%s" next is declined', async (first, next) => {
    const thread = `trap2:${next}`;
    await advisor.explain(cliQuestion(first, thread));
    const x = await advisor.explain(cliQuestion(next, thread));
    expect({ next, status: x.status }).toEqual({ next, status: 'fallback' });
  });
});
