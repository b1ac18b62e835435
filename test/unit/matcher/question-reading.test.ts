// How the matcher reads a question before scoring: typos the knowledge's own examples carry, a
// number run into its unit, the sentence a long message asks, the kind of question asked, the
// likelihood model, and declared defining concepts made of everyday words.
import { describe, it, expect } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { analyze } from '../../../src/nlp/analyze.js';
import { asksForThemselves } from '../../../src/nlp/asker.js';
import { askedSentence } from '../../../src/nlp/focus.js';
import { entryLikelihoods } from '../../../src/nlp/likelihood.js';
import { stem } from '../../../src/nlp/natural.js';
import { normalizeText, tokenize } from '../../../src/nlp/normalize.js';
import { questionForms } from '../../../src/nlp/question-form.js';
import { buildSearchIndex } from '../../../src/nlp/search-index.js';
import { anchorHit, questionUnits } from '../../../src/nlp/anchors.js';
import { exampleMisspellings, TypoCorrector, typingSlip } from '../../../src/nlp/typos.js';
import { CLEAN_KB_DIR, TODAY } from '../core/support/fixture-kb.js';
import { shippedAdvisorKnowledge } from '../core/support/shipped-lexicon.js';

describe('typos written into example questions', () => {
  it('given slips people make (a letter dropped or doubled, two swapped, one vowel for another), it counts them as typing slips', () => {
    expect(['neighbourhod', 'planing', 'buisness', 'challange', 'parrish'].map((w, i) => typingSlip(w, ['neighbourhood', 'planning', 'business', 'challenge', 'parish'][i]))).toEqual([true, true, true, true, true]);
  });

  it('given a real word one consonant from a knowledge word ("heating", "hearing"), it does not count it as a slip', () => {
    expect(typingSlip('heating', 'hearing')).toBe(false);
  });

  it('given example words, it lists only long slips of clean words, never short real words like "kids" or "sort"', () => {
    const clean = new TypoCorrector(new Set(['neighbourhood', 'kinds', 'sport', 'hearing']));
    const found = exampleMisspellings(['neighbourhod', 'kids', 'sort', 'heating'], clean);
    expect([...found]).toEqual([['neighbourhod', 'neighbourhood']]);
  });

  it('given a question with a typo an example question also carries, it still corrects the typo', () => {
    const { lexicon } = shippedAdvisorKnowledge();
    const a = analyze('when did the neighbourhod planning grants end', lexicon);
    expect(a.corrections).toContainEqual({ from: 'neighbourhod', to: 'neighbourhood' });
    expect(a.terms).toContain(stem('neighbourhood'));
  });
});

describe('reading a question', () => {
  it('given a number run into its unit ("6wk", "18mths", "5yrs"), it reads the period', () => {
    expect(normalizeText('the 6wk window, then 18mths, listed for 5yrs')).toBe('the 6 weeks window then 18 months listed for 5 years');
  });

  it('given words run together round a 4 or a 2 ("awards4all", "right2bid"), it reads "for" and "to", but leaves "b4", "covid19" and "rt2c" alone', () => {
    expect(normalizeText('how much from awards4all or right2bid')).toBe('how much from awards for all or right to bid');
    expect(normalizeText('b4 covid19 rt2c')).toBe('b4 covid19 rt2c');
  });

  it('given an amount written as "£250k", "£250,000" or "twenty grand", it reads the same number each way, pound sign or not', () => {
    expect([tokenize('the £250k fund'), tokenize('up to £250,000'), tokenize('250000 pounds')].map((t) => t.find((w) => /\d/.test(w)))).toEqual(['250000', '250000', '250000']);
    expect(tokenize('twenty grand')).toEqual(['20000']);
    expect(normalizeText('£2m or less')).toBe('£2000000 or less');
  });

  it('given question words typed fast ("wat is", "hw long", "whats", "whos", "wen"), it reads them written out, so the question keeps its form', () => {
    expect(normalizeText('wat is the rite to bid')).toBe('what is the rite to bid');
    expect(normalizeText('whats a forum')).toBe('what is a forum');
    expect(questionForms(normalizeText('hw long do we get'))).toContain('how-long');
    expect(questionForms(normalizeText('wen does it end'))).toContain('when');
    expect(normalizeText('wots a moratorium')).toBe('what is a moratorium');
    expect(normalizeText('whos allowed to put one in')).toBe('who is allowed to put one in');
    expect(questionForms(normalizeText('whos allowed to put one in'))).toEqual(questionForms(normalizeText("who's allowed to put one in")));
  });

  it('given contractions typed without the apostrophe, it reads them written out, but leaves real words alone ("cant" and "wont" read as can\'t and won\'t: normalize.test)', () => {
    expect(normalizeText('we dont know, theyre selling and we havent heard')).toBe('we do not know they are selling and we have not heard');
    expect(normalizeText('the owner couldnt sell')).toBe('the owner could not sell');
    expect(normalizeText('we were told')).toBe('we were told');
  });

  it('given "wed", "theyd" or "youd" typed without the apostrophe, it reads them as "we\'d", "they\'d" and "you\'d", but leaves "shed", "hed" and "id" alone', () => {
    expect(normalizeText('what if wed gone for the whole parish')).toBe(normalizeText("what if we'd gone for the whole parish"));
    expect(normalizeText('theyd sell it and youd lose it')).toBe('they sell it and you lose it');
    expect(normalizeText('the shed hed built needs photo id')).toBe('the shed hed built needs photo id');
  });

  it('given "weve", "theyve", "youve" or "ive" typed without the apostrophe, it reads them as "we\'ve" and the rest (the "\'ve" dropped), but leaves "five", "give" and "live" alone', () => {
    expect(normalizeText('and once weve got a plan made')).toBe(normalizeText("and once we've got a plan made"));
    expect(normalizeText('theyve said no and ive no idea why youve not heard')).toBe(normalizeText("they've said no and i've no idea why you've not heard"));
    expect(normalizeText('give five people who live there')).toBe('give five people who live there');
  });

  it('given "theyll" or "itll" typed without the apostrophe, it reads them as "they\'ll" and "it\'ll" (the "\'ll" dropped), but leaves "well", "ill" and "shell" alone', () => {
    expect(normalizeText('do u reckon theyll list it')).toBe(normalizeText("do u reckon they'll list it"));
    expect(normalizeText('itll be sold, youll see')).toBe('it be sold you see');
    expect(normalizeText('well, the ill owner sold the shell')).toBe('well the ill owner sold the shell');
  });

  it('given a building and a town named inside a sentence, it reads them as names, but not a capital starting the sentence or an abbreviation', () => {
    const a = analyze('Owners of the Corn Exchange in Bishops Castle want to sell. Can the ACV stop it?', { synonyms: new Map() } as never);
    expect([...(a.names ?? [])].sort()).toEqual(['bishop', 'castl', 'corn', 'exchang']);
  });

  it('given "2m" without a pound sign, it leaves it alone (it may be metres)', () => {
    expect(normalizeText('a 2m wide path')).toBe('a 2m wide path');
  });

  it('given a story that ends in a question, the asked sentence is the question', () => {
    expect(askedSentence('We run the village shop. The owner wants to sell. Can we stop it? Thanks.')).toBe('Can we stop it?');
  });

  it('given a second question typed without its mark after the first, the asked sentence is the second', () => {
    expect(askedSentence('The shop is closing. could we list it?? which groups are allowed to put it forward')).toBe('which groups are allowed to put it forward');
  });

  it('given a story ending in thanks, the asked sentence is still the question before it', () => {
    expect(askedSentence('The shop is closing. Could we list it? Cheers all')).toBe('Could we list it?');
  });

  it('given a single sentence, there is no separate asked sentence', () => {
    expect(askedSentence('can we stop the sale of our pub?')).toBeUndefined();
  });

  it('given "which services can\'t be challenged", it reads a question about limits and exceptions', () => {
    expect(questionForms(normalizeText("which services can't be challenged?"))).toContain('negative');
  });

  it('given "what if the council says no", it reads a question about a refusal, as "refuses" would be', () => {
    expect([questionForms(normalizeText('what happens if the council says no to listing the pub')).has('refused'), questionForms(normalizeText('what happens if the council lists the pub')).has('refused')]).toEqual([true, false]);
  });

  it('given "when a council sells land", it does not read a question about when', () => {
    expect(questionForms(normalizeText('what is best consideration when a council sells land'))).not.toContain('when');
  });
});

describe('who the question is about', () => {
  it('given a question only about the asker ("I", "my"), it reads it as personal', () => {
    expect(asksForThemselves(normalizeText('I think I was unfairly dismissed, can my employer do that?'))).toBe(true);
  });

  it('given an "I" who speaks in a role (owner, clerk, officer, council staff, for a charity), it does not read it as personal', () => {
    const inRole = [
      "I own a freehouse that's been listed, what are my options?",
      'I run the only shop in the village, can a customer get my shop listed?',
      "I'm the owner of a listed pub, can I sell it",
      "I'm clerk to the parish council, can I nominate the pub?",
      'Owner of the Crown here. Can I now sell to anyone?',
      'I work for the council and I want to run the gym as a staff mutual',
      'My charity wants to bid for the pub, what do I send?',
      'for my dissertation, which schedule holds the reforms?',
    ];
    expect(inRole.map((q) => asksForThemselves(normalizeText(q)))).toEqual(inRole.map(() => false));
  });

  it('given a question to the advisor itself ("are you a lawyer?"), it does not read it as personal', () => {
    expect([asksForThemselves(normalizeText('are you a lawyer? can I rely on what you tell me')), asksForThemselves(normalizeText('where do your answers come from, I need to know'))]).toEqual([false, false]);
  });

  it('given an "I" whose role words are the asker\'s own affairs ("my landlord", "my council tax", "my club"), it still reads it as personal', () => {
    const own = ['my landlord wants to evict me, can I stop him', 'how do I challenge my council tax band', 'will the regulator stop my club being sold', 'how do i set up a justgiving page'];
    expect(own.map((q) => asksForThemselves(normalizeText(q)))).toEqual(own.map(() => true));
  });

  it('given an "I" passing on what they heard about community groups in general, it does not read it as personal', () => {
    expect(asksForThemselves(normalizeText('my aunt in ayrshire told me local groups there can force the council to sell them land, true?'))).toBe(false);
    expect(asksForThemselves(normalizeText('my landlord says he can evict me next month'))).toBe(true);
  });

  it('given an "I" passing on what they heard about groups, with no word before "groups", it does not read it as personal', () => {
    expect(asksForThemselves(normalizeText('my neighbour reckons in wales groups can stop a sale of the chapel, is that so?'))).toBe(false);
  });

  it('given a group speaking ("we", "our"), even with an "I", it does not', () => {
    expect([asksForThemselves(normalizeText("I'm the clerk and our council wants to buy the pub")), asksForThemselves(normalizeText('can we nominate the pub'))]).toEqual([false, false]);
  });
});

describe('the likelihood model', () => {
  const { kb } = loadKnowledge(CLEAN_KB_DIR, TODAY);
  const index = buildSearchIndex(kb!);

  it('given the words of an entry\'s own example, that entry is the likeliest', () => {
    const ie = index.entries.find((e) => e.examples.length > 2)!;
    const { posterior } = entryLikelihoods(index, ie.examples[1].termList);
    expect(posterior.indexOf(Math.max(...posterior))).toBe(ie.position);
  });

  it('given an example left out when fitting, its words count for its entry less than when it is kept', () => {
    const ie = index.entries.find((e) => e.examples.length > 2)!;
    const terms = ie.examples[1].termList;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + index.weights.index.fieldWeight.question);
    const held = { position: ie.position, tf, length: terms.length * index.weights.index.fieldWeight.question };
    const left = entryLikelihoods(index, terms, held).posterior[ie.position];
    expect(left).toBeLessThan(entryLikelihoods(index, terms).posterior[ie.position]);
  });
});

/** The clean fixture's index with its first entry's file rewritten by `edit`. */
function indexWithFirstEntry(edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
  try {
    cpSync(CLEAN_KB_DIR, dir, { recursive: true });
    const entry = loadKnowledge(dir, TODAY).kb!.entries[0];
    const file = join(dir, entry.topic, `${entry.id}.md`);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return buildSearchIndex(loadKnowledge(dir, TODAY).kb!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('declared defining concepts', () => {
  it('given an entry that declares "best value" (two everyday words) as a concept, the pair is one of its defining concepts', () => {
    // Added to the entry's declared concepts, or as its first one.
    const index = indexWithFirstEntry((text) => (/\nanchors:\n/.test(text) ? text.replace(/\nanchors:\n/, '\nanchors:\n  - best value\n') : text.replace(/\nkeywords:/, '\nanchors:\n  - best value\nkeywords:')));
    const pair = `${stem('best')} ${stem('value')}`;
    expect({ everyday: ['best', 'value'].every((w) => index.anchors.generic.has(stem(w))), concept: index.anchors.entry[0].has(pair) }).toEqual({ everyday: true, concept: true });
  });
});

describe('phrases of three everyday words', () => {
  it('given an entry whose keyword is "community housing fund" (each word everyday), a question naming that phrase carries its defining concept', () => {
    const index = indexWithFirstEntry((text) => text.replace(/\nkeywords:\n/, '\nkeywords:\n  - community housing fund\n'));
    const words = ['community', 'housing', 'fund'].map(stem);
    const hit = anchorHit(index.anchors, 0, '__none__', questionUnits(analyze('is the community housing fund still open', index.lexicon).terms));
    expect({ everyday: words.every((w) => index.anchors.generic.has(w)), concept: index.anchors.entry[0].has(words.join(' ')), level: hit.level }).toEqual({ everyday: true, concept: true, level: 2 });
  });
});

describe('concepts stop at a comma', () => {
  it('given a keyword "cottage hospital, ward block", the words either side of the comma make no concept together, while each side does', () => {
    const index = indexWithFirstEntry((text) => text.replace(/\nkeywords:\n/, '\nkeywords:\n  - "cottage hospital, ward block"\n'));
    const [hospital, ward] = ['hospital', 'ward'].map(stem);
    expect({ across: index.anchors.entry[0].has(`${hospital} ${ward}`), side: index.anchors.entry[0].has(`${stem('cottage')} ${hospital}`) }).toEqual({ across: false, side: true });
  });
});

describe('an "I" given a role, or asking for another community, is not asking for themselves', () => {
  it.each([
    'just been made chair of friends of the golden lion and i have no clue where to start. who can help with saving a pub?',
    "my family's from skye and their community wants to buy the land round the old pier. what rights do i have?",
    'my village wants to save the shop, where do i start',
  ])('given "%s", it is not a question about the asker alone', (text) => {
    expect(asksForThemselves(normalizeText(text))).toBe(false);
  });
  it('given "my boss made me redundant, can I challenge it", it still is', () => {
    expect(asksForThemselves(normalizeText('my boss made me redundant, can I challenge it'))).toBe(true);
  });
});
