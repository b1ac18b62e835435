// A fresh question that asks who to turn to is answered by an advice body's entry, when the
// matcher has one among its candidates; "help" without asking for anyone changes nothing.
import { describe, expect, it } from '@jest/globals';
import { cliQuestion, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

describe('asking who to turn to', () => {
  const advisor = shippedAdvisor();

  it.each([
    ['total beginners here, who do we talk to about saving our village pub', 'help-plunkett'],
    ['who would we talk to about the village buying the shop when the owner retires', 'help-plunkett'],
    ['is there anyone to talk to about setting up a community cafe in the old bank', 'help-plunkett'],
  ])('given "%s", it answers from the advice body on that subject', async (text, entryId) => {
    const x = await advisor.explain(cliQuestion(text, `who:${text}`));
    expect([x.status, x.reply.entryId]).toEqual(['answered', entryId]);
  });

  it.each([
    'can you help me set up a crowdfunding page for my own medical treatment?',
    'how much support has the government given neighbourhood planning over the years',
  ])('given "%s" (help, but nobody asked for), it is not answered from an advice body', async (text) => {
    const x = await advisor.explain(cliQuestion(text, `who:${text}`));
    expect(x.reply.entryId?.startsWith('help-') ?? false).toBe(false);
  });
});
