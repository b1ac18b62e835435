// The clock, the calendar and forecasts of when the government will act are not community rights
// questions, even in the middle of a conversation: "what time is it?" after an answer on how long
// a listing lasts is no "how long?" follow-up, and "will the government commence it before
// Christmas?" asks for a date nobody can know. Both are signposted; no dev question the knowledge
// answers is.
import { describe, it, expect } from '@jest/globals';
import { matchOwn } from '../../src/dialogue/matcher.js';
import { KnowledgeHolder, toPlainText } from '../../src/index.js';
import { cliQuestion, KNOWLEDGE_DIR, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';
import { answerableQuestions } from './support/answerable-questions.js';

const SIGNPOSTS = ['clock', 'government-timing'];
const DEV_FILES = ['dev.jsonl', 'dev-2.jsonl', 'dev-3.jsonl', 'dev-4.jsonl', 'dev-5.jsonl', 'conversations-dev.jsonl', 'conversations-dev-2.jsonl'];

const advisor = shippedAdvisor();
let thread = 0;

describe('the clock and forecasts of government timing are signposted, not answered', () => {
  it.each([
    ['how long does a listing last?', 'what time is it?', /clock/],
    ['how long does a listing last?', "what's today's date?", /clock/],
    ['how long does a listing last?', 'when is Easter next year', /calendar/],
    ['is the new community right to buy in force yet?', 'will the government commence it before Christmas?', /nobody can know the date/],
    ['is the new community right to buy in force yet?', 'are ministers going to bring it in next year, do you think?', /nobody can know the date/],
  ])('given "%s" answered, the next question "%s" is signposted rather than read as a follow-up', async (first, next, says) => {
    const id = `clock-forecast:${thread++}`;
    expect((await advisor.explain(cliQuestion(first, id))).status).toBe('answered');
    const r = await advisor.explain(cliQuestion(next, id));
    const plain = toPlainText(r.reply);
    expect({ next, status: r.status, signposted: /isn't something I cover/.test(plain), says: says.test(plain) }).toEqual({ next, status: 'fallback', signposted: true, says: true });
  });

  it('given every dev question the knowledge answers, neither signpost takes any of them', () => {
    const { index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    const questions = answerableQuestions(DEV_FILES);
    expect(questions.length).toBeGreaterThan(1000);
    const taken = questions.filter((q) => {
      const d = matchOwn(index, q).decision;
      return d.status === 'fallback' && d.offTopicId !== undefined && SIGNPOSTS.includes(d.offTopicId);
    });
    expect(taken).toEqual([]);
  });
});
