// Questions to the advisor itself ("who runs this?", "are you a bot?", "is this legal advice?")
// are mostly stop words: the keyword matcher found little to hold on to and often landed on the
// nearest help entry. The about entries carry staff patterns for the ways people ask them, which
// make those entries eligible and count for them in the ranking. The questions here are worded
// afresh, not copied from an example or a question set; questions that share the words but are
// about something else match no about pattern.
import { describe, it, expect } from '@jest/globals';
import { KnowledgeHolder } from '../../src/index.js';
import { normalizeText } from '../../src/nlp/normalize.js';
import { cliQuestion, KNOWLEDGE_DIR, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

const { kb } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
const advisor = shippedAdvisor();
let thread = 0;

/** The about entries whose staff patterns match the question as the matcher reads it. */
function aboutPatternsHit(text: string): string[] {
  const read = normalizeText(text);
  return kb.entries.filter((e) => e.topic === 'about' && e.patterns.some((p) => p.test(read))).map((e) => e.id);
}

describe('a question to the advisor itself matches the about entry that answers it', () => {
  it.each([
    ['who operates this chatbot then', 'about-what-can-you-do'],
    ['who made this bot?', 'about-what-can-you-do'],
    ['who is behind this chat service', 'about-what-can-you-do'],
    ['does this advice tool cover Scotland?', 'about-what-can-you-do'],
    ['r u a robot or a real person', 'about-what-can-you-do'],
    ['where do you get your information from', 'about-what-can-you-do'],
    ['does this advisor do grants too or only the legal stuff', 'about-what-can-you-do'],
    ['how up to date are your answers', 'about-disclaimer'],
    ['is this legally binding advice?', 'about-disclaimer'],
    ['what are your limits?', 'about-disclaimer'],
    ["what can't you help with", 'about-disclaimer'],
  ])('given "%s", the patterns of %s match it', (text, entry) => {
    expect({ text, hit: aboutPatternsHit(text) }).toEqual({ text, hit: [entry] });
  });
});

describe('a question that shares those words but is about something else matches no about pattern', () => {
  it.each([
    'who runs this pub quiz on a thursday',
    'how up to date is the land registry title for the pub',
    'are you open on sundays',
    'who owns this field behind the church',
    'is this building listed',
  ])('given "%s", no about pattern matches and no about entry answers', async (text) => {
    const x = await advisor.explain(cliQuestion(text, `advisor-itself:${thread++}`));
    const aboutAnswered = x.status === 'answered' && x.candidates[0]?.entryId.startsWith('about-');
    expect({ text, hit: aboutPatternsHit(text), aboutAnswered }).toEqual({ text, hit: [], aboutAnswered: false });
  });
});

describe('asked plainly, the advisor answers about itself', () => {
  it.each([
    ['how current is your information', 'about-disclaimer'],
    ['where do your answers come from', 'about-what-can-you-do'],
  ])('given "%s", %s answers', async (text, entry) => {
    const x = await advisor.explain(cliQuestion(text, `advisor-itself:${thread++}`));
    expect({ text, status: x.status, top: x.candidates[0]?.entryId }).toEqual({ text, status: 'answered', top: entry });
  });
});

describe('"the X side" of a plan asks who helps with it, not what the advisor covers', () => {
  it.each(['who can help with the legal side', 'who can help with the money side', 'who can help with the housing side'])(
    'given "%s", it is not answered as a question about the advisor ("side" is an everyday word)',
    async (text) => {
      const { status, reply } = await advisor.explain(cliQuestion(text, `side:${++thread}`));
      expect(status === 'answered' && reply.entryId === 'about-what-can-you-do').toBe(false);
    },
  );
});
