// What one building is worth, or what to offer for it, needs a valuation of that building: the
// advisor says how prices are set under each right, never what a particular pub would fetch. Asked
// mid-conversation ("fair asking price for it?"), it is signposted to a valuer rather than read
// as a follow-up on the topic; no dev question the knowledge answers is taken by the signpost.
import { readdirSync } from 'node:fs';
import { describe, it, expect } from '@jest/globals';
import { matchOwn } from '../../src/dialogue/matcher.js';
import { KnowledgeHolder, toPlainText } from '../../src/index.js';
import { normalizeText } from '../../src/nlp/normalize.js';
import { cliQuestion, KNOWLEDGE_DIR, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';
import { answerableQuestions } from './support/answerable-questions.js';

const BANK = new URL('../fixtures/question-bank/', import.meta.url);
const DEV_FILES = readdirSync(BANK).filter((f) => /^(conversations-)?dev(-\d+)?\.jsonl$/.test(f));

const advisor = shippedAdvisor();
let thread = 0;

describe('what a particular property is worth is signposted to a valuer', () => {
  it.each([
    ['how does the six month moratorium work?', "what's a fair asking price for it then?"],
    ['can we get the village shop listed?', 'how much should we offer for the pub if it comes up'],
    ['what happens after the moratorium ends?', 'roughly how much is the pub worth, it has a flat and a car park'],
  ])('given "%s" answered, "%s" is signposted to a valuer rather than answered from the conversation', async (first, next) => {
    const id = `valuation:${thread++}`;
    expect((await advisor.explain(cliQuestion(first, id))).status).toBe('answered');
    const r = await advisor.explain(cliQuestion(next, id));
    expect({ next, status: r.status, valuer: /RICS-registered valuer/.test(toPlainText(r.reply)) }).toEqual({ next, status: 'fallback', valuer: true });
  });

  it('given questions on how a price is set or whether an offer must be accepted, they are still answered', async () => {
    for (const q of ['under the new right to buy will we get the pub for less than it is worth', 'does the owner have to accept our offer if it is the asking price']) {
      expect({ q, status: (await advisor.explain(cliQuestion(q, `valuation:${thread++}`))).status }).toEqual({ q, status: 'answered' });
    }
  });

  it('given every dev question the knowledge answers, the signpost takes none of them', () => {
    const { kb, index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    const phrases = kb.offTopic.find((o) => o.id === 'property-valuation')!.match;
    const questions = answerableQuestions(DEV_FILES);
    expect(questions.length).toBeGreaterThan(5000);
    // Only a question holding one of its phrases, as typed or as the matcher reads it, can be
    // taken: those are matched in full.
    const holds = (text: string) => phrases.some((p) => ` ${text.toLowerCase()} `.includes(` ${p} `));
    const maybe = questions.filter((q) => holds(q.replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ')) || holds(normalizeText(q)));
    const taken = maybe.filter((q) => {
      const d = matchOwn(index, q).decision;
      return d.status === 'fallback' && d.offTopicId === 'property-valuation';
    });
    expect(taken).toEqual([]);
  });
});
