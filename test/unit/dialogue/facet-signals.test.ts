// What a follow-up's words say beyond the facets it names: the residual words decide whether it
// brings a topic of its own, so words that name nothing must not be among them.
import { describe, expect, it } from '@jest/globals';
import { KnowledgeHolder } from '../../../src/index.js';
import { dialogueIndex } from '../../../src/dialogue/dialogue-index.js';
import { readSignals } from '../../../src/dialogue/facet-signals.js';
import { KNOWLEDGE_DIR } from '../../integration/core/support/shipped-advisor.js';

const { kb } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
const read = (text: string) => readSignals(text, dialogueIndex(kb).signals);

describe('residual words', () => {
  it.each(['so we cant insist on a transfer?', "so we can't insist on a transfer?", 'so we dont have to insist on a transfer?'])('given "%s", a negative (with its apostrophe or without) is not among them, the words that name something are', (text) => {
    const { residual } = read(text);
    expect(residual).not.toEqual(expect.arrayContaining(['cant']));
    expect(residual).not.toEqual(expect.arrayContaining(['dont']));
    expect(residual).toEqual(expect.arrayContaining(['insist', 'transfer']));
  });
  it('given "how do we get it back on?", "back" names nothing of its own: it is not among them', () => {
    expect(read('how do we get it back on?').residual).not.toContain('back');
  });
});

describe('look-alikes of a facet\'s words (facets.yaml `not:`)', () => {
  it('given "it\'s grade II listed and needs a new roof, any money for that", it signals funding but not the listing stage: a heritage listing is not an asset of community value\'s', () => {
    const s = read("it's grade II listed and needs a new roof, any money for that");
    expect(s.values.get('stage')).toBeUndefined();
    expect([...(s.values.get('subject') ?? [])]).toContain('funding');
    expect(s.residual).toEqual(expect.arrayContaining(['grade', 'list']));
  });
  it('given "once it is listed, can the owner still sell", the listing stage is still signalled', () => {
    expect([...(read('once it is listed, can the owner still sell').values.get('stage') ?? [])]).toContain('listing');
  });
});

describe('pointers and persons are read as written, not stemmed', () => {
  it('given "the shop used to sell amazing bread", "used" does not speak of the asker or the group ("us")', () => {
    const s = read('btw whats a good sourdough recipe, the shop used to sell amazing bread');
    expect(s.aboutAsker).toBe(false);
    expect(s.asGroup).toBe(false);
  });
  it('given "is the hall still used for classes", "used" does not speak of the asker', () => {
    expect(read('is the hall still used for classes').aboutAsker).toBe(false);
  });
  it('given "can we use it", "we" still speaks of the asker and "it" still points back', () => {
    const s = read('can we use it');
    expect(s.aboutAsker).toBe(true);
    expect(s.pointsBack).toBe(true);
  });
});

describe('asides (conversation.yaml `asideCues`)', () => {
  it.each(['unrelated but do you know if the plough qualifies for small business rates relief this year', 'off topic but is council tax going up again in april', 'also random but did brinkley rovers win on saturday, missed it', 'also totally separate but my neighbours hedge is 4m high now, what can i do'])('given "%s", it announces an aside', (text) => {
    expect(read(text).aside).toBe(true);
  });
  it.each(['is a sale to an unrelated company caught by the moratorium', 'what if the council picks a random buyer', 'is the car park a separate title from the pub'])('given "%s", the word alone describes something and announces nothing', (text) => {
    expect(read(text).aside).toBe(false);
  });
});

describe('phrases of time (conversation.yaml `notPointing`)', () => {
  it.each(["what's the duty on a keg of lager these days", 'is the pub open this weekend'])('given "%s", the pointer in the phrase of time points back at nothing and the phrase adds no word of its own', (text) => {
    const s = read(text);
    expect(s.pointsBack).toBe(false);
    expect(s.residual).not.toEqual(expect.arrayContaining(['dai']));
    expect(s.residual).not.toEqual(expect.arrayContaining(['weekend']));
  });
  it.each(['are there any councils who refuse every nomination', 'were there many grants for halls last year', 'is the fund open at the mo', 'is the fund open atm'])('given "%s", the "there" that says things exist, or "at the moment", points back at nothing and adds no word of its own', (text) => {
    const s = read(text);
    expect(s.pointsBack).toBe(false);
    expect(s.residual).not.toEqual(expect.arrayContaining(['mo']));
    expect(s.residual).not.toEqual(expect.arrayContaining(['atm']));
  });
  it('given "is there a deadline for that", "that" still points back', () => {
    expect(read('is there a deadline for that').pointsBack).toBe(true);
  });
  it('given "is there anything in law we can use", the singular "there" still leans on what was said', () => {
    expect(read('is there anything in law we can use').pointsBack).toBe(true);
  });
  it('given "is that still the rule these days", "that" still points back', () => {
    expect(read('is that still the rule these days').pointsBack).toBe(true);
  });
});

describe('how long a thing lasts, and what a missed step sounds like (facets.yaml)', () => {
  it('given "if it does get listed is that it for good?", it asks about time', () => {
    expect([...(read('if it does get listed is that it for good?').values.get('aspect') ?? [])]).toContain('time');
  });
  it('given "the pub closed for good in may, can we still list it", it tells what happened and asks nothing about time', () => {
    expect([...(read('the pub closed for good in may, can we still list it').values.get('aspect') ?? [])]).not.toContain('time');
  });
  it.each(["we're 2 days late, is there any way back in?", 'we sent it in late, does it still count'])('given "%s", it signals a missed step', (text) => {
    expect([...(read(text).values.get('outcome') ?? [])]).toContain('missed');
  });
});

describe('the parties a follow-up names', () => {
  it.each(['what can the landowner do about it', 'can the landowners object'])('given "%s", the landowner is the owner party', (text) => {
    expect([...(read(text).values.get('party') ?? [])]).toContain('owner');
  });
});

describe('the subjects a follow-up names', () => {
  it.each(['how do community shares work, could we do a share offer', 'is crowdfunding worth it for this'])('given "%s", it names funding: a way of raising money is a funding question, whatever the conversation was on', (text) => {
    expect([...(read(text).values.get('subject') ?? [])]).toContain('funding');
  });
});

describe('a grant "to help" is money, not someone to help', () => {
  it.each(['any grants to help us buy it if it comes to that', 'is there funding to help with the roof'])('given "%s", it signals funding and no ask for help', (text) => {
    const s = read(text);
    expect([...(s.values.get('subject') ?? [])]).toContain('funding');
    expect(s.values.get('aspect')?.has('help') ?? false).toBe(false);
  });

  it('given "who can help us with the grant", it still asks for help', () => {
    expect(read('who can help us with the grant').values.get('aspect')?.has('help')).toBe(true);
  });

  it('given "the vote" inside "have to vote yes" (no outcome), the referendum stage is still read', () => {
    const s = read('at the very end how many have to vote yes');
    expect([...(s.values.get('stage') ?? [])]).toContain('referendum');
    expect(s.values.get('outcome')).toBeUndefined();
  });
});

describe('"does that kill it" asks whether something still qualifies', () => {
  it.each(["it's got planning permission for 2 houses now, does that kill it", 'the shop is over the boundary in the next parish, does that rule it out'])('given "%s", it asks about eligibility', (text) => {
    expect(read(text).values.get('aspect')?.has('eligibility')).toBe(true);
  });
});

describe('asking for someone (conversation.yaml `helperWords`)', () => {
  it.each(["whos good to talk to about saving our pub", "who's good to talk to about saving our pub", 'who should we talk to first'])('given "%s", it asks for someone', (text) => {
    expect(read(text).forSomeone).toBe(true);
  });
  it('given "the landlord is trying to kick our club out, can you advise us on our rights?", it asks for no one: "is" is an everyday word, not a helper word', () => {
    expect(read('the landlord is trying to kick our club out, can you advise us on our rights?').forSomeone).toBe(false);
  });
  it('given every helper word read as a question is, none is an everyday word ("whos" would add "is")', () => {
    const helpers = [...dialogueIndex(kb).signals.helper];
    expect(helpers).toContain('who');
    expect(helpers.filter((w) => ['is', 'are', 'the', 'a', 'to'].includes(w))).toEqual([]);
  });
});
