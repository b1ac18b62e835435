// A pub called by its name is read as "the pub": the name's words ("red", "crown", "three") only
// mislead the matcher, while "pub" is what the name tells it.
import { describe, expect, it } from '@jest/globals';
import { questionUnits } from '../../../src/nlp/anchors.js';
import { analyze } from '../../../src/nlp/analyze.js';
import { clauses } from '../../../src/nlp/focus.js';
import { readPubNames } from '../../../src/nlp/pub-names.js';

describe('reading pub names', () => {
  it('given "the Red Lion in Thame might be going up for sale", it reads "the pub in Thame"', () => {
    expect(readPubNames('the Red Lion in Thame might be going up for sale')).toBe('the pub in Thame might be going up for sale');
  });

  it('given names of one word, of a number, of two joined by "and", and names ending Inn or Arms, it reads each as the pub', () => {
    for (const name of ['The Crown', 'the Three Horseshoes', 'the Rose and Crown', 'the Fox & Hounds', 'the Bridge Inn', "the King's Head", 'the Kings Arms']) {
      expect(readPubNames(`${name} is for sale`)).toMatch(/^[Tt]he pub is for sale$/);
    }
  });

  it('given names that are not pubs (the Crown Estate, the Green, the Royal Town Planning Institute, the Council), it leaves them as typed', () => {
    for (const text of ['the Crown Estate owns it', 'The Green is ours', 'ask the Royal Town Planning Institute', 'The Council said no', 'the Inn is shut']) {
      expect(readPubNames(text)).toBe(text);
    }
  });

  it('given a hotel ("the old hotel on the seafront", "the Grand Hotel"), it keeps the word hotel, which the listing rules treat as a home', () => {
    for (const text of ['what about the old hotel on the seafront', 'the Grand Hotel is up for sale']) expect(readPubNames(text)).toBe(text);
  });

  it('given a pub named before "and" and more words, it keeps what follows the name', () => {
    expect(readPubNames('the Crown and the council')).toBe('the pub and the council');
  });

  it('given the question, its terms have "pub" and none of the name\'s words', () => {
    const a = analyze('The Three Horseshoes in Bradford on Avon was listed in 2021', { synonyms: new Map() } as never);
    expect(a.terms).toContain('pub');
    expect(a.terms).not.toContain('3');
    expect(a.terms).not.toContain('horsesho');
  });
});

describe('sentences and phrases', () => {
  it('given "...might get sold off. How do we get it listed", no phrase runs across the full stop', () => {
    const a = analyze('the pub might get sold off. How do we get it listed', { synonyms: new Map() } as never);
    const at = a.terms.indexOf('list');
    expect(a.terms[at - 1]).toBe('off');
    expect(a.breaks?.has(at)).toBe(true);
  });

  it('given those breaks, the question\'s two- and three-word units stop at the full stop', () => {
    const a = analyze('the pub might get sold off. How do we get it listed', { synonyms: new Map() } as never);
    const units = questionUnits(a.terms, a.breaks);
    expect(units.has('off list')).toBe(false);
    expect(questionUnits(a.terms).has('off list')).toBe(true);
  });

  it('given a comma between clauses, no phrase runs across it either', () => {
    const a = analyze('say the pub gets listed, how long does it stay on the list', { synonyms: new Map() } as never);
    expect(questionUnits(a.terms, a.breaks).has('list long')).toBe(false);
  });

  it('given numbers written with a comma or a point ("6,000", "£2.5m"), it never splits them', () => {
    expect(clauses('we need 6,000 or £2.5m, is that possible')).toEqual(['we need 6,000 or £2.5m', 'is that possible']);
  });

  it('given one sentence, it claims no breaks', () => {
    expect(analyze('how do we get it listed', { synonyms: new Map() } as never).breaks).toBeUndefined();
  });
});

describe('pub names typed in lower case', () => {
  it.each([
    ['hi all - the rose and crown in thornbury has been shut', 'hi all - the pub in thornbury has been shut'],
    ['the golden lion in todmorden', 'the pub in todmorden'],
    ['the kings arms is for sale', 'the pub is for sale'],
    ['our local the kings head in wymondham might be sold', 'our local the pub in wymondham might be sold'],
    ["the queen's head has shut", 'the pub has shut'],
    ['the nags head is for sale', 'the pub is for sale'],
    ['the owner of the kings head has told the council', 'the owner of the pub has told the council'],
  ])('given "%s", it reads "%s"', (text, read) => {
    expect(readPubNames(text)).toBe(read);
  });
  it.each(['the old tree in the park', 'the head of planning said no', 'the red line on the map', 'the green and the pub', 'the new owner wants to sell', 'the kings speech', 'the head of the kings school'])(
    'given "%s", which names no pub, it is left as typed',
    (text) => {
      expect(readPubNames(text)).toBe(text);
    },
  );
});

describe('one-word pub names typed in lower case, before where the pub is', () => {
  it.each([
    ['who should we talk to about saving the george in wootton', 'who should we talk to about saving the pub in wootton'],
    ['the swan at brinkley is listed', 'the pub at brinkley is listed'],
    ['the plough in little hadley shut in august', 'the pub in little hadley shut in august'],
  ])('given "%s", it reads "%s"', (text, read) => {
    expect(readPubNames(text)).toBe(read);
  });
  it.each(['the man at the council said no', 'the tree in the churchyard is old', 'the star in the play', 'the swan is a nice bird', 'the crown estate owns it'])(
    'given "%s", which names no pub (an everyday word, or no place after it), it is left as typed',
    (text) => {
      expect(readPubNames(text)).toBe(text);
    },
  );
});

describe('one-word pub names typed in lower case, before what is happening to the pub', () => {
  it.each([
    ['the fleece got listed in 2021, is it still protected', 'the pub got listed in 2021, is it still protected'],
    ['can we get the plough listed', 'can we get the pub listed'],
    ['the hare is up for sale', 'the pub is up for sale'],
  ])('given "%s", it reads "%s"', (text, read) => {
    expect(readPubNames(text)).toBe(read);
  });
  it.each(['the tree is listed', 'the star is up for sale', 'the crown estate is selling', 'the hall got listed'])(
    'given "%s", which names no pub (an everyday word, or not a pub name), it is left as typed',
    (text) => {
      expect(readPubNames(text)).toBe(text);
    },
  );
});

describe('a pub named at the start of a sentence, without "the"', () => {
  it.each([
    ['kings head in wellington is listed', 'the pub in wellington is listed'],
    ['fox & hounds (listed acv) being sold', 'the pub (listed acv) being sold'],
    ['red lion owner has told the council', 'the pub owner has told the council'],
    ['Plough at Little Haddon - owner told the council', 'the pub at Little Haddon - owner told the council'],
    ['hi all. Rose and Crown shut last week', 'hi all. the pub shut last week'],
  ])('given "%s", it reads "%s"', (text, read) => {
    expect(readPubNames(text)).toBe(read);
  });
  it.each(['Three of us work in the parks team', 'old methodist hall in our village', 'royal assent when?', 'old Mr Pryce died', 'three of them live in the next district', 'George says the owner is selling'])(
    'given "%s", which opens with no pub\'s name, it is left as typed',
    (text) => {
      expect(readPubNames(text)).toBe(text);
    },
  );
});
