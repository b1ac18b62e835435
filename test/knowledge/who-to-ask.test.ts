// A fresh question that asks who to turn to is answered by an advice body's entry, when the
// matcher has one among its candidates; "help" without asking for anyone changes nothing.
import { describe, expect, it } from '@jest/globals';
import { KnowledgeHolder } from '../../src/index.js';
import { analyze } from '../../src/nlp/analyze.js';
import { cliQuestion, KNOWLEDGE_DIR, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

describe('asking who to turn to', () => {
  const advisor = shippedAdvisor();

  it.each([
    ['total beginners here, who do we talk to about saving our village pub', 'help-plunkett'],
    ['who would we talk to about the village buying the shop when the owner retires', 'help-plunkett'],
    ['is there anyone to talk to about setting up a community cafe in the old bank', 'help-plunkett'],
    // "Speak to" and "point them to" ask for help as "talk to" does.
    ['who should we speak to first about saving our local? total beginners', 'help-plunkett'],
    ["i'm a council officer and groups keep asking me where to start with buying their pub, who do i point them to", 'help-plunkett'],
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

  it('given "planning app", it reads it as "planning application", the words the advice on objections uses', async () => {
    const { index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    expect(analyze('fight the planning app', index.lexicon).terms).toEqual(analyze('fight the planning application', index.lexicon).terms);
  });

});
