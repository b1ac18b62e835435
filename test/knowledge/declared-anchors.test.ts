// A declared defining concept (`anchors:` in an entry's front matter) lets its entry answer any
// question that carries it, so it must stay as specific as it was written. Stop words fall away
// when a phrase is read ("no window" reads as "window"), and an everyday word that anchors an
// entry lets traps through ("my Windows recovery drive" reached the Right to Challenge that way).
import { describe, expect, it } from '@jest/globals';
import { loadKnowledge } from '../../src/kb/load-knowledge.js';
import { analyze } from '../../src/nlp/analyze.js';
import { normalizeText } from '../../src/nlp/normalize.js';
import { buildSearchIndex } from '../../src/nlp/search-index.js';
import { everydayAnchors } from '../../src/kb/check-anchors.js';
import { WEIGHTS } from '../../src/nlp/weights.js';
import { cliQuestion, KNOWLEDGE_DIR, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

const { kb } = loadKnowledge(KNOWLEDGE_DIR);
const index = buildSearchIndex(kb!);
const everyday = new Set(WEIGHTS.anchors.generic);

describe('declared defining concepts', () => {
  it('given every declared anchor, none reads as a single everyday word (the check `npm run kb:check` runs)', () => {
    expect(everydayAnchors(kb!, index).map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('given an anchor like the one that let a trap through ("no window"), the check would catch it', () => {
    const terms = analyze('no window', index.lexicon).terms;
    expect({ terms, everyday: everyday.has(terms[0]) }).toEqual({ terms: ['window'], everyday: true });
    const entry = kb!.entries.find((e) => e.id === 'rtc-what-is')!;
    const withTrap = { ...kb!, entries: [{ ...entry, anchors: ['no window'] }] };
    expect(everydayAnchors(withTrap, index).map((p) => [p.file, p.field, p.severity])).toEqual([[entry.file, 'anchors', 'warning']]);
  });
});

describe('asset transfer is defined by the buildings councils hand over', () => {
  const advisor = shippedAdvisor();
  it.each([
    ["the town council would like to run the public loos the borough is shutting, what's involved", 'cat-take-over-council-building'],
    ['can the council just let us have the old bus shelter and toilets', 'cat-take-over-council-building'],
    ['the borough wants to sell the community centre but may rent it to our group instead, what is that arrangement', 'cat-what-is'],
  ])('given "%s", it answers from the asset transfer entry its building names (alone, or as the first of two readings near the threshold)', async (text, entry) => {
    const x = await advisor.explain(cliQuestion(text, `cat:${text}`));
    const first = x.reply.entryId ?? x.reply.readings?.[0];
    expect({ declined: x.status === 'fallback', entry: first }).toEqual({ declined: false, entry });
  });
});

describe('wanting to get a place listed is nominating it', () => {
  const { kb: shipped } = loadKnowledge(KNOWLEDGE_DIR);
  const nominate = shipped!.byId.get('acv-nominate')!;
  const hits = (text: string) => nominate.patterns.some((p) => p.test(normalizeText(text)));
  it('given "we want to get the Swan listed before it goes", the nominate entry\'s staff pattern matches', () => {
    expect(hits('we want to get the Swan listed before it goes, what now')).toBe(true);
  });
  it('given "how long does it take to get it listed", it does not: that asks for the council\'s time', () => {
    expect(hits('how long does it take to get it listed')).toBe(false);
  });
});

describe('"yet" alone does not make a question about whether the 2026 right is in force', () => {
  const advisor = shippedAdvisor();
  it('given "say the owner hasnt sold yet, what do we need to nominate it", it is not answered from whether the new right is in force', async () => {
    const { reply } = await advisor.explain(cliQuestion('say the owner hasnt sold yet, what do we need to nominate it', 'yet-1'));
    expect(reply.entryId).not.toBe('crtb-in-force-yet');
  });
  it.each(['is the new right to buy live yet', 'has the community right to buy started yet'])('given "%s", it is', async (text) => {
    expect((await advisor.explain(cliQuestion(text, `yet:${text}`))).reply.entryId).toBe('crtb-in-force-yet');
  });
});

describe('words that say when, how or who said what, of anything, define no entry', () => {
  const everydayWords = ['once', 'went', 'told', 'say', 'said', 'think', 'try', 'put', 'look', 'real', 'read', 'often', 'soon', 'instead', 'together', 'already', 'ago', 'true', 'kept', 'heard', 'hear', 'ready', 'support', 'point', 'access', 'set', 'side'];
  it.each(everydayWords)('given every entry, none is defined by "%s" alone', (word) => {
    const term = analyze(word, index.lexicon).terms[0];
    const defined = index.entries.filter((ie) => term !== undefined && index.anchors.entry[ie.position].has(term)).map((ie) => ie.entry.id);
    expect(defined).toEqual([]);
  });
});
