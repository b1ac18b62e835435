// Conversation context on the shipped knowledge: follow-ups use the previous answer, unrelated
// questions do not inherit it.
import { describe, it, expect } from '@jest/globals';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, toPlainText, type Question } from '../../src/index.js';

const advisor = createAdvisor({
  knowledge: KnowledgeHolder.open('knowledge'),
  store: createMemoryStore(),
  logger: createMemoryLogger(),
  config: { hashSalt: 'test', staff: [], retentionDays: 90 },
});
const ask = (text: string, threadId: string): Question => ({ text, platform: 'slack', user: { id: 'U1' }, channel: { id: 'C1', isDirect: false }, threadId, receivedAt: new Date() });
/** The answer's sections as one text, what the specs look for a fact in. */
const bodyOf = (x: { reply: { sections: { body: string }[] } }): string => x.reply.sections.map((s) => s.body).join(' ');

describe('follow-ups on the shipped knowledge', () => {
  it('given "what is an ACV?" then "how long does that last?" in one thread, it answers how long a listing lasts', async () => {
    await advisor.explain(ask('what is an ACV?', 'f1'));
    const follow = await advisor.explain(ask('how long does that last?', 'f1'));
    expect(follow.reply.entryId).toBe('acv-listing-length');
    expect(bodyOf(follow)).toMatch(/five years/i);
  });

  it.each(['what is the population of England', 'how do I divorce my husband', 'can I keep chickens in my garden'])(
    'given an answer in a thread, the unrelated question "%s" asked next is still declined',
    async (unrelated) => {
      const thread = `f2:${unrelated}`;
      const first = await advisor.explain(ask('what is an ACV?', thread));
      expect(first.status).toBe('answered');
      const next = await advisor.explain(ask(unrelated, thread));
      expect(next.status).toBe('fallback');
    },
  );
});

describe('"here" points back at the conversation, as "there" does', () => {
  it('given the answer on borrowing from Better Society Capital, "we\'re up in Barnsley, does anyone lend to groups round here?" is a follow-up on lenders, not declined for the unknown place', async () => {
    await advisor.explain(ask('can we borrow from Better Society Capital directly?', 'h1'));
    const follow = await advisor.explain(ask("we're up in Barnsley, does anyone lend to groups round here?", 'h1'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toMatch(/^fund-/);
    expect(bodyOf(follow)).toMatch(/Key Fund/);
  });
});

describe('a facet change alone does not override an answer the matcher is sure of', () => {
  it('given the 2026 price answer, "how long do we get to raise the funds" is the 2026 pause the matcher is sure of, not a grant the word "funds" fits with none of the question\'s words', async () => {
    await advisor.explain(ask('how is the price worked out under the new right to buy', 'u1'));
    const follow = await advisor.explain(ask('how long do we get to raise the funds', 'u1'));
    expect(follow.reply.entryId).toBe('crtb-moratorium-12-months');
  });
});

describe('stages belong to their subject', () => {
  it('given the council rejecting an expression of interest, "can we appeal against that?" stays on the Right to Challenge rather than the Right to Bid\'s review', async () => {
    await advisor.explain(ask('can a parish council use the right to challenge', 's1'));
    await advisor.explain(ask('what if the council rejects our expression of interest', 's1'));
    const follow = await advisor.explain(ask('can we appeal against that?', 's1'));
    expect(follow.reply.entryId).toBe('rtc-rejection');
  });
});

describe('no outcome asked, no branch answered', () => {
  it('given the neighbourhood plan overview, "how long does it take to make one?" is answered from an entry on the usual course, not one on a single outcome such as a refused plan', async () => {
    const kb = KnowledgeHolder.open('knowledge').current.kb;
    await advisor.explain(ask('what is a neighbourhood plan', 'o1'));
    const follow = await advisor.explain(ask('how long does it take to make one?', 'o1'));
    expect(follow.status).toBe('answered');
    const outcomes = kb.byId.get(follow.reply.entryId!)?.facets.outcome ?? [];
    expect({ entry: follow.reply.entryId, outcomes: outcomes.length === 1 ? outcomes : [] }).toEqual({ entry: follow.reply.entryId, outcomes: [] });
  });
});

describe('a follow-up with words of its own is answered by an entry those words support', () => {
  it('given the answer on a listed pub whose owner has died, "does the moratorium still apply" stays with that answer rather than an entry that fits the moratorium stage but none of the question\'s words', async () => {
    await advisor.explain(ask('the owner of our listed pub has died', 'w1'));
    const follow = await advisor.explain(ask('does the moratorium still apply', 'w1'));
    expect(follow.reply.entryId).toBe('acv-owner-death-insolvency-repossession');
  });
});

describe('saying the group wants to bid is the six-week window, not the six-month one', () => {
  it('given the answer on a listed pub put up for sale, "how long do we have to tell the council we want to bid" is the interim moratorium', async () => {
    await advisor.explain(ask('our pub has been listed, the owner wants to sell', 'b1'));
    const follow = await advisor.explain(ask('how long do we have to tell the council we want to bid', 'b1'));
    expect(follow.reply.entryId).toBe('acv-interim-moratorium-6-weeks');
  });
});

describe('a short question that leaves its object to the conversation', () => {
  // Known gap, kept visible: with the weights fitted on all twelve banks the matcher is sure of
  // Better Society Capital for "can we apply directly", and on the same subject a sure answer wins
  // over the fund just discussed, whose own words give it less than an even share. This starts
  // failing (and must become a plain \`it\`) once the follow-up keeps the fund again.
  it.failing('given the Architectural Heritage Fund answer, "can we apply directly" is asked of that fund, not of the lender whose examples say "directly"', async () => {
    await advisor.explain(ask('what does the architectural heritage fund do', 'e1'));
    const follow = await advisor.explain(ask('can we apply directly', 'e1'));
    expect(follow.reply.entryId).toBe('fund-architectural-heritage-fund');
  });
});

describe('asking for funding asks what things cost, whatever the last question asked (facets.yaml implies)', () => {
  it('given a question on how long a neighbourhood forum lasts, "any grants for it now?" is the neighbourhood planning grants entry (which says they ended), not a lottery grant\'s timings', async () => {
    await advisor.explain(ask('we are in an unparished part of the city and want a neighbourhood plan, who would lead it?', 'g3'));
    await advisor.explain(ask('how long does the forum last', 'g3'));
    const follow = await advisor.explain(ask('any grants for it now?', 'g3'));
    expect(follow.usedContext).toBe(true);
    expect(follow.reply.entryId).toBe('fund-neighbourhood-planning-grants');
    expect(bodyOf(follow)).toMatch(/no new grants|ended/i);
  });
});

describe('"any money for that" asks for funding, not what the last answer said about price', () => {
  it.each([
    ['the owner of our listed pub has put it on the market, what happens now', 'fund-overview-buying-a-building'],
    ['the council wants to sell the listed community centre, does the moratorium apply to councils', 'fund-overview-buying-a-building'],
    ['we want to use a right to build order for some homes, how does it work', 'fund-community-led-housing'],
  ])('given the answer to "%s", "any money for that" is funding (%s)', async (first, funding) => {
    await advisor.explain(ask(first, `m1:${first}`));
    const follow = await advisor.explain(ask('any money for that', `m1:${first}`));
    expect(follow.usedContext).toBe(true);
    expect(follow.reply.entryId).toBe(funding);
  });
});

describe('"count" asks whether something is eligible, as "count as" does', () => {
  it.each(['does our facebook group even count tho? we have no constitution', 'would a facebook group count'])(
    'given the answer on getting a pub listed, "%s" is a follow-up on which groups can nominate (21 local members), not declined',
    async (text) => {
      await advisor.explain(ask('our village pub is closing, how do we get it listed?', `c1:${text}`));
      const follow = await advisor.explain(ask(text, `c1:${text}`));
      expect(follow.usedContext).toBe(true);
      expect(follow.reply.entryId).toBe('acv-unincorporated-group-21-members');
      expect(bodyOf(follow)).toMatch(/21/);
    },
  );
});

describe('a thing named only as missing is no pointer to the entry on it', () => {
  it('given the levy\'s share with a right to build order and whether it is capped, "and without the order?" is the levy entry again (15%, capped), not the entry on what an order is', async () => {
    await advisor.explain(ask('how much cil does the parish get with a right to build order', 'w1'));
    await advisor.explain(ask('is that capped?', 'w1'));
    const follow = await advisor.explain(ask('and without the order?', 'w1'));
    expect(follow.reply.entryId).toBe('np-cil');
    expect(bodyOf(follow)).toMatch(/15%/);
  });
});

describe('"give it us for a quid" asks about a council handing a building over cheaply', () => {
  it('given the answer that the Right to Challenge cannot stop a closure, "could they give it us for a quid?" is whether a council may transfer for less than it is worth', async () => {
    await advisor.explain(ask('the council wants to close our youth centre, can we use the right to challenge?', 'q1'));
    const follow = await advisor.explain(ask('could they give it us for a quid?', 'q1'));
    expect(follow.reply.entryId).toBe('cat-best-consideration');
    expect(bodyOf(follow)).toMatch(/£2 million/);
  });
});

describe('whether a listing "shows up" or is "on the deeds" asks where it is recorded', () => {
  it('given the answer on what an owner of a listed pub must do to sell, "is it on the deeds or anything? would a buyer know?" is where the listing is kept and registered (a local land charge)', async () => {
    await advisor.explain(ask('the owner of our listed pub wants to sell, what does he have to do?', 'd1'));
    const follow = await advisor.explain(ask('is it on the deeds or anything? would a buyer know?', 'd1'));
    expect(follow.reply.entryId).toBe('acv-find-the-list');
    expect(bodyOf(follow)).toMatch(/local land charge/);
  });
});

describe('"what do they want to see in it?" asks what goes in it', () => {
  it('given the Right to Challenge\'s timing, "what do they want to see in it?" is what an expression of interest must contain', async () => {
    await advisor.explain(ask("can our parish council use the right to challenge to run the county's youth service?", 'e1'));
    await advisor.explain(ask('is there a time of year we have to send it?', 'e1'));
    const follow = await advisor.explain(ask('what do they want to see in it?', 'e1'));
    expect(follow.reply.entryId).toBe('rtc-eoi-contents');
  });
});

describe('"who won" and "last time" ask about something else, not the conversation\'s outcome or time', () => {
  it('given the answer on what the new Community Right to Buy changed, "ok whatever. who won the ashes last time" is declined, not answered from the conversation', async () => {
    await advisor.explain(ask('heard theres a new community right to buy, what changed?', 'a1'));
    const aside = await advisor.explain(ask('ok whatever. who won the ashes last time', 'a1'));
    expect(aside.status).toBe('fallback');
  });
});

describe('"if it does get listed" sets the stage; it does not ask whether it can be', () => {
  it('given the answer that a shop with a flat above can still be listed, "if it does get listed is that it for good?" is how long a listing lasts (five years)', async () => {
    await advisor.explain(ask('the owner says our shop cant be listed because he lives in the flat above, is that right?', 'l1'));
    const follow = await advisor.explain(ask('if it does get listed is that it for good?', 'l1'));
    expect(follow.reply.entryId).toBe('acv-listing-length');
    expect(bodyOf(follow)).toMatch(/five years/);
  });
});

describe('what it takes to pass is how the vote works, not what follows a yes (facets.yaml outcome not:)', () => {
  it('given the answer on the weight a neighbourhood plan carries once made, "what does it need to pass at the vote?" is the referendum entry, which says more than half of those voting', async () => {
    await advisor.explain(ask('does a neighbourhood plan carry legal weight once it is made?', 'v1'));
    const follow = await advisor.explain(ask('what does it need to pass at the vote?', 'v1'));
    expect(follow.usedContext).toBe(true);
    expect(follow.reply.entryId).toBe('np-referendum');
    expect(bodyOf(follow)).toMatch(/more than half/i);
  });
  it('given the answer on designating a neighbourhood area, "whats the vote at the end, how many need to say yes" is the referendum entry, not designation again', async () => {
    await advisor.explain(ask('our parish wants a neighbourhood plan for the whole parish, how long does designation take?', 'v2'));
    const follow = await advisor.explain(ask('whats the vote at the end, how many need to say yes', 'v2'));
    expect(follow.reply.entryId).toBe('np-referendum');
  });
});

describe('an entry declares every aspect its answer covers', () => {
  it('given the Pride in Place answer, "who can apply for it" is answered by Pride in Place, which says who gets the money, not by another grant that declares "who"', async () => {
    await advisor.explain(ask('what is the pride in place programme', 'p1'));
    const follow = await advisor.explain(ask('who can apply for it', 'p1'));
    expect(follow.reply.entryId).toBe('fund-pride-in-place');
  });
});

describe('a request to the advisor for something else is not a follow-up', () => {
  it('given the answer on Scotland, "can you write me a birthday poem for her" is declined, not answered from the Scotland entry it points back at', async () => {
    await advisor.explain(ask('does the community right to buy apply in Scotland?', 'r1'));
    const follow = await advisor.explain(ask('can you write me a birthday poem for her', 'r1'));
    expect(follow.status).toBe('fallback');
    expect(follow.usedContext).toBe(false);
  });

  it('given the answer on listing, "can you tell us how long?" still asks the topic\'s time', async () => {
    await advisor.explain(ask('what is an ACV?', 'r2'));
    const follow = await advisor.explain(ask('can you tell us how long it lasts?', 'r2'));
    expect(follow.usedContext).toBe(true);
    expect(follow.reply.entryId).toBe('acv-listing-length');
  });
});

describe('a conversation keeps the nation its first question named', () => {
  it('given a first question from a village in Fife, "the council owns the old library too, can we ask them for it" is answered for Scotland', async () => {
    await advisor.explain(ask("we're in a wee village in Fife and the estate is selling the field behind the hall. do we have any rights here?", 'n1'));
    const follow = await advisor.explain(ask('the council owns the old library too, can we ask them for it', 'n1'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toMatch(/^scotland-/);
  });
});

describe('"grants" name the funding subject, asked of the conversation\'s', () => {
  it('given the answer on what changed for neighbourhood plans in 2026, "any grants for doing a plan these days" is the neighbourhood planning grants entry', async () => {
    await advisor.explain(ask('what changed for neighbourhood plans under the 2026 act', 'g1'));
    const follow = await advisor.explain(ask('any grants for doing a plan these days', 'g1'));
    expect(follow.usedContext).toBe(true);
    expect(follow.reply.entryId).toBe('fund-neighbourhood-planning-grants');
  });
});

describe('an entry declares every aspect its answer covers', () => {
  it('given the Sport England crowdfunding match, "we\'ve hit our target, how long have we got to claim the pledge" stays on crowdfunding, which says when the pledge is drawn down', async () => {
    await advisor.explain(ask('sport england crowdfunder match how does it work', 'g2'));
    const follow = await advisor.explain(ask("we've hit our target, how long have we got to claim the pledge", 'g2'));
    expect(follow.reply.entryId).toBe('fund-crowdfunding');
    expect(bodyOf(follow)).toMatch(/3 months/);
  });
});

describe('an entry declares the parties its answer is for', () => {
  it('given the answer on what the new Community Right to Buy changed, "do we get it cheaper?" is the price the group would pay, not the overview of funding a purchase', async () => {
    await advisor.explain(ask('heard theres a new community right to buy now, does that mean we get first dibs on the Swan when it sells?', 'p1'));
    const follow = await advisor.explain(ask('do we get it cheaper?', 'p1'));
    expect(follow.reply.entryId).toBe('crtb-price-first-refusal');
    expect(bodyOf(follow)).toMatch(/market value/);
  });
});

describe('a follow-up can take up an entry the answer pointed to', () => {
  it('given the answer that the Right to Challenge cannot stop a library closing, "what about taking over the building itself" is the asset transfer entry the answer points to, not the same answer again', async () => {
    await advisor.explain(ask('council want to shut our library, can we use the community right to challenge to stop them', 't1'));
    const follow = await advisor.explain(ask('what about taking over the building itself', 't1'));
    expect(follow.usedContext).toBe(true);
    expect(follow.reply.entryId).toBe('cat-take-over-council-building');
  });

  it('given that, "what if they say no" is about the council refusing the transfer', async () => {
    await advisor.explain(ask('Can we use the community right to challenge to stop Bolton closing our library?', 't2'));
    await advisor.explain(ask('ok so can we take the building over then', 't2'));
    const follow = await advisor.explain(ask('what if they say no', 't2'));
    expect(follow.reply.entryId).toMatch(/^cat-/);
  });

  it('given the answer on a developer knocking a listed pub down, "who\'d help us object to the planning application" stays with an answer that names help, though its words point to the entry on opposing planning', async () => {
    await advisor.explain(ask("what's to stop the developer knocking down our listed pub", 't3'));
    const follow = await advisor.explain(ask("who'd help us object to the planning application", 't3'));
    expect(bodyOf(follow)).toMatch(/Planning Aid/);
  });
});

describe('"till when" asks about time, as "until when" does', () => {
  it('given the dates for an owner\'s notice, "till when" is read as asking when, not as words with nothing to carry', async () => {
    await advisor.explain(ask("the owner's notice reached the council on 10 January 2026, do we get another six months if he sells again?", 'tw1'));
    const follow = await advisor.explain(ask('till when', 'tw1'));
    expect(follow.status).not.toBe('fallback');
    expect(follow.usedContext).toBe(true);
    expect(follow.followUp?.changes.get('aspect')).toEqual(new Set(['time']));
  });
});

describe('an English county or city named in a follow-up moves the conversation back to England', () => {
  it('given the answer for a village hall in Powys, "and if it was over the border in Shropshire?" is answered for England, not declined for the county name', async () => {
    const first = await advisor.explain(ask('Our village hall in Powys is owned by the county council and they want rid of it. what rights have we got?', 'e1'));
    expect(first.reply.entryId).toBe('wales-community-rights');
    const follow = await advisor.explain(ask('and if it was over the border in Shropshire?', 'e1'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).not.toBe('wales-community-rights');
  });
});

describe('a message with nothing to carry is not a follow-up', () => {
  it('given the answer on Scotland, "whats 2+2" has no facet, no word of its own and points at nothing: it is declined, not answered from Scotland', async () => {
    await advisor.explain(ask('do you do scotland', 'n2'));
    const follow = await advisor.explain(ask('whats 2+2', 'n2'));
    expect(follow.status).toBe('fallback');
  });
});

describe('an advice body declares the cost of its help, which its answer gives', () => {
  it('given the answer on Plunkett UK, "cost?" asks what its help costs (it is free), not how to fund a purchase', async () => {
    await advisor.explain(ask('who do i ask for help saving our village pub in Norfolk', 'c1'));
    const follow = await advisor.explain(ask('cost?', 'c1'));
    expect(follow.reply.entryId).toBe('help-plunkett');
    expect(bodyOf(follow)).toMatch(/\bfree\b/i);
  });
});

describe('grants for a neighbourhood plan are the community\'s', () => {
  it('given the answer on setting up a neighbourhood forum, "any grants for that" is the neighbourhood planning grants entry, not a general lottery grant that fits the party', async () => {
    await advisor.explain(ask('how many ppl do we need to set up a neighbourhood forum in Hackney', 'g1'));
    const follow = await advisor.explain(ask('any grants for that', 'g1'));
    expect(follow.reply.entryId).toBe('fund-neighbourhood-planning-grants');
  });
});

describe('a question naming no scheme, in words the conversation\'s subject uses, stays on that subject', () => {
  it('given the answer on what a Right to Build order is, "how many members do we need" is the order\'s community organisation (ten members), not the 21 voters an asset-of-community-value group needs', async () => {
    await advisor.explain(ask('what is a community right to build order', 'members-1'));
    const follow = await advisor.explain(ask('how many members do we need', 'members-1'));
    expect(follow.reply.entryId).toBe('rtbo-who-can');
  });

  it('given the answer on who can nominate an asset of community value, "how many members do we need" is still the 21 voters', async () => {
    await advisor.explain(ask('who can nominate an asset of community value', 'members-2'));
    const follow = await advisor.explain(ask('how many members do we need', 'members-2'));
    expect(bodyOf(follow)).toMatch(/\b21\b/);
  });
});

describe('a pointer from any earlier answer in the conversation can be taken up', () => {
  it('given the closures answer (which points to asset transfer) and then the Right to Challenge timing, "what about the library building itself, can we get that" is asset transfer', async () => {
    await advisor.explain(ask('council is closing our library, can we use the right to challenge to stop it', 'pointer-1'));
    const second = await advisor.explain(ask('if we send an EOI how long til they get back to us', 'pointer-1'));
    expect(second.reply.entryId).toBe('rtc-timing');
    const follow = await advisor.explain(ask('what about the library building itself, can we get that', 'pointer-1'));
    expect(follow.reply.entryId).toMatch(/^cat-/);
  });
});

describe('a follow-up about something else is declined, whatever facet it seems to touch', () => {
  it('given answers on the Right to Challenge and then Wales, "can you recommend a decent cheap laptop for our treasurer" is declined, not answered from a tie of entries on cost', async () => {
    await advisor.explain(ask('is the community right to challenge still in force', 'unsupported-1'));
    await advisor.explain(ask('and in wales?', 'unsupported-1'));
    const follow = await advisor.explain(ask('can you recommend a decent cheap laptop for our treasurer', 'unsupported-1'));
    expect(follow.reply.kind).not.toBe('answer');
    expect(follow.reply.entryId).toBeUndefined();
  });
});

describe('a follow-up asking for what the topic\'s answer does not give moves to an entry that gives it', () => {
  it('given the answer on what a Right to Build order does not give (the land, building regulations), "what sort of vote is needed at the end" is the order\'s referendum', async () => {
    await advisor.explain(ask('does a right to build order mean we own the land', 'stage-else-1'));
    const follow = await advisor.explain(ask('what sort of vote is needed at the end', 'stage-else-1'));
    expect(follow.reply.entryId).toBe('rtbo-process');
    expect(bodyOf(follow)).toMatch(/referendum/i);
  });

  it('given an answer on asset transfer, "if the council refuses can we appeal" stays on asset transfer: an appeal is a stage only the Right to Bid has', async () => {
    await advisor.explain(ask('how do we ask the council to transfer the community centre to us', 'stage-else-2'));
    const follow = await advisor.explain(ask('if the council refuses can we appeal', 'stage-else-2'));
    expect(follow.reply.entryId).toMatch(/^cat-/);
  });

  it('given the answer on the 18-month protected period, "who can help us be ready next time round" is an advice body, not the protected period again', async () => {
    await advisor.explain(ask('the sale fell through, if he puts it back on the market in 6 months do we get another go at bidding', 'help-1'));
    const follow = await advisor.explain(ask('who can help us be ready next time round', 'help-1'));
    expect(follow.reply.entryId).toMatch(/^help-/);
  });
});

describe('new words that point back at an answer the conversation has had are the asker\'s circumstances', () => {
  it('given the answer on a pub with a flat upstairs, "what about the holiday cottage they let out on the same plot" is a follow-up on what is excluded, not declined for the unknown words', async () => {
    await advisor.explain(ask("the Star has the landlord's flat upstairs, someone said you can't list a pub with a home in it, true?", 'near-1'));
    const follow = await advisor.explain(ask('what about the holiday cottage they let out on the same plot', 'near-1'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toBe('acv-exclusions');
  });
});

describe('the Scotland answer declares the price its right to buy is paid at', () => {
  it('given the Scottish community right to buy, "what price would we pay" stays in Scotland and gives the independently assessed value', async () => {
    await advisor.explain(ask('we are a community group on Skye, what rights do we have to buy land in Scotland', 'scot-price-1'));
    await advisor.explain(ask('how long does a registration last', 'scot-price-1'));
    const follow = await advisor.explain(ask('what price would we pay', 'scot-price-1'));
    expect(bodyOf(follow)).toMatch(/independently assessed value/);
  });
});

describe('an answer that gives the price declares it', () => {
  it('given the answer that the owner need not accept a bid during the moratorium, "what price tho" stays on it (the owner may sell at any price), not the overview of funding a purchase', async () => {
    await advisor.explain(ask('does the owner have to accept our bid during the moratorium', 'price-1'));
    const follow = await advisor.explain(ask('what price tho', 'price-1'));
    expect(follow.reply.entryId).toBe('acv-during-moratorium');
  });
});

describe('the neighbourhood share of the levy is not guaranteed', () => {
  it('given the answer on the neighbourhood share of CIL, "and if our district doesnt charge CIL?" says the money is not guaranteed', async () => {
    await advisor.explain(ask('how much CIL does the parish get with a neighbourhood plan', 'cil-1'));
    const follow = await advisor.explain(ask('and if our district doesnt charge CIL?', 'cil-1'));
    expect(bodyOf(follow)).toMatch(/not guaranteed/);
  });
});

describe('asking what to put in it is asking how', () => {
  it('given the Right to Challenge timing answer, "what do we need to put in it" is what an expression of interest must contain', async () => {
    await advisor.explain(ask('is there a deadline to send a right to challenge expression of interest', 'contents-1'));
    const follow = await advisor.explain(ask('what do we need to put in it', 'contents-1'));
    expect(follow.reply.entryId).toBe('rtc-eoi-contents');
  });
});

describe('the 2026 price belongs to the moratorium stage too', () => {
  it('given the 2026 moratorium answer, "do we get it cheaper than market value?" is the price the group would pay under the new right, not the overview of funding a purchase', async () => {
    await advisor.explain(ask('is the new community right to buy in force yet', 'price-2026'));
    await advisor.explain(ask('how long will the moratorium be under it', 'price-2026'));
    const follow = await advisor.explain(ask('do we get it cheaper than market value?', 'price-2026'));
    expect(follow.reply.entryId).toBe('crtb-price-first-refusal');
  });
});

describe('what happened stays part of the situation', () => {
  it('given "the council turned down our nomination because the land is allocated for housing, is that right?" (answered by what qualifies), "can we appeal?" is asked of the refused nomination', async () => {
    await advisor.explain(ask('council turned down our ACV nomination for the playing field, they said land allocated for housing cant count. is that right?', 'refused-1'));
    const follow = await advisor.explain(ask('can we appeal?', 'refused-1'));
    expect(follow.reply.entryId).toBe('acv-nomination-refused');
  });
});

describe('an order is planning permission, not the land or the other consents', () => {
  it('given the answer on what a Right to Build order is, "does that mean we get the land" is what an order does not give', async () => {
    await advisor.explain(ask('what is a community right to build order', 'land-1'));
    const follow = await advisor.explain(ask('does that mean we get the land', 'land-1'));
    expect(follow.reply.entryId).toBe('rtbo-limits');
  });
  it('given the neighbourhood development order answer, it says building regulations are still needed', async () => {
    const x = await advisor.explain(ask('what is a neighbourhood development order', 'land-2'));
    expect(bodyOf(x)).toMatch(/building regulations\*\* approval and any other consents are still needed/);
  });
});

describe('the lottery names funding', () => {
  it('given the answer on what the new Community Right to Buy changed, "ok what about lottery" is the lottery\'s grants, not the new right again', async () => {
    await advisor.explain(ask('what changed with the new community right to buy', 'lottery-1'));
    const follow = await advisor.explain(ask('ok what about lottery', 'lottery-1'));
    expect(follow.reply.entryId).toBe('fund-awards-for-all');
  });
});

describe('taking on a building is taking it over', () => {
  it('given the closures answer and then the Right to Challenge timing, "what about taking on the building itself" is asset transfer', async () => {
    await advisor.explain(ask('the library is being cut to 2 days a week, can we use the community right to challenge to stop the cuts?', 'take-on-1'));
    await advisor.explain(ask('how long till the council gets back to us on an expression of interest', 'take-on-1'));
    const follow = await advisor.explain(ask('what about taking on the building itself', 'take-on-1'));
    expect(follow.reply.entryId).toMatch(/^cat-/);
  });
});

describe('what a listing does not do also says what to do instead', () => {
  it('given the answer that a listing does not stop demolition, "so what can we actually do then" stays with it: watch for the planning application', async () => {
    await advisor.explain(ask('the pub is on the ACV list but the owner has put in plans to knock it down for flats. doesnt the listing stop him??', 'instead-1'));
    const follow = await advisor.explain(ask('so what can we actually do then', 'instead-1'));
    expect(follow.reply.entryId).toBe('acv-what-it-does-not-do');
    expect(bodyOf(follow)).toMatch(/planning applications/);
  });
});

describe('a follow-up the matcher is sure belongs to another entry, by a concept the topic never uses, is a question of its own', () => {
  it('given the answer on a community interest group bidding for a listed shop, "could our parish council borrow to buy it instead" is the loan board\'s question, not the bidders\' entry again', async () => {
    await advisor.explain(ask('a community interest group wants to bid for the listed village shop, are they eligible', 'names-1'));
    const follow = await advisor.explain(ask('could our parish council borrow to buy it instead', 'names-1'));
    expect(follow.reply.entryId).toBe('fund-pwlb');
  });
});

describe('a per cent sign is a word', () => {
  it('given the neighbourhood plan referendum, "what % do we need to win" asks the share of the vote and is answered from the referendum entry', async () => {
    await advisor.explain(ask('does our neighbourhood plan have to go to a public vote', 'pct-1'));
    const follow = await advisor.explain(ask('what % do we need to win', 'pct-1'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toBe('np-referendum');
  });
});

describe('a window is a time', () => {
  it('given who can use the Right to Challenge, "is there a window?" asks when, and is answered from the timing entry', async () => {
    await advisor.explain(ask('can a voluntary group use the right to challenge', 'window-1'));
    const follow = await advisor.explain(ask('is there a window?', 'window-1'));
    expect(follow.reply.entryId).toBe('rtc-timing');
  });

  it('given who can use the Right to Challenge, "whats the cut off?" asks the same scheme\'s timing, not the Right to Bid\'s six weeks', async () => {
    await advisor.explain(ask('who can use the right to challenge', 'window-2'));
    const follow = await advisor.explain(ask('whats the cut off?', 'window-2'));
    expect(follow.reply.entryId).toBe('rtc-timing');
  });
});

describe('how many members a group needs asks who can use the scheme', () => {
  it('given what a community right to build order is, "how many people do we need in our group" is answered from who can propose one, not the overview again', async () => {
    await advisor.explain(ask('what is a community right to build order', 'members-1'));
    const follow = await advisor.explain(ask('how many people do we need in our group', 'members-1'));
    expect(follow.reply.entryId).toBe('rtbo-who-can');
  });
});

describe('coming back to us is a time, asked of the conversation\'s scheme', () => {
  it('given the Right to Challenge and a closure, "how long has the council got to come back to us" is the challenge\'s timing, not the Right to Bid\'s decision on a nomination', async () => {
    await advisor.explain(ask('the county is shutting our day centre, can we use the right to challenge to stop it', 'back-1'));
    const follow = await advisor.explain(ask('how long has the council got to come back to us', 'back-1'));
    expect(follow.reply.entryId).toBe('rtc-timing');
  });
});

describe('an aside in words the knowledge never uses is not a follow-up because it mentions the shop', () => {
  it('given an answer on a community land trust, "btw whats a good sourdough recipe, the shop used to sell amazing bread" is declined, not answered from the shop\'s sale', async () => {
    await advisor.explain(ask('where do we go for advice on saving our village shop', 'aside-1'));
    await advisor.explain(ask('some of us also want to do a CLT for housing - who helps with that', 'aside-1'));
    const aside = await advisor.explain(ask('btw whats a good sourdough recipe, the shop used to sell amazing bread', 'aside-1'));
    expect(aside.status).not.toBe('answered');
  });
});

describe('an entry declares every outcome its answer covers', () => {
  it('given an accepted expression of interest and a tender, "so we could lose it?" is the procurement answer (which says the group may lose), not the rejection of an expression of interest', async () => {
    await advisor.explain(ask('the council accepted our expression of interest to run the day centre but now they say there will be a tender and a big care company might bid, is that right?', 'lose-1'));
    const follow = await advisor.explain(ask('so we could lose it?', 'lose-1'));
    expect(follow.reply.entryId).toBe('rtc-procurement');
  });
});

describe('a message that announces an aside is read on its own', () => {
  it('given an answer on what can be listed, "unrelated but do you know if the plough qualifies for small business rates relief this year" is declined, not answered from what can be listed', async () => {
    await advisor.explain(ask('can our pub the plough be listed as an asset of community value', 'aside-2'));
    const aside = await advisor.explain(ask('unrelated but do you know if the plough qualifies for small business rates relief this year', 'aside-2'));
    expect(aside.status).not.toBe('answered');
  });
  it('given an answer on Right to Build orders, "also totally separate but my neighbours leylandii is 4m high now, what can i do about it" is declined, not answered from the order\'s limits', async () => {
    await advisor.explain(ask('which groups can make a community right to build order', 'aside-4'));
    const aside = await advisor.explain(ask('also totally separate but my neighbours leylandii is like 4m high now, what can i do about it', 'aside-4'));
    expect(aside.status).not.toBe('answered');
  });
  it('given the same answer, "off topic but can we also get the village shop listed" is still answered on its own', async () => {
    await advisor.explain(ask('can our pub the plough be listed as an asset of community value', 'aside-3'));
    const aside = await advisor.explain(ask('off topic but can we also get the village shop listed as an asset of community value', 'aside-3'));
    expect(aside.status).toBe('answered');
    expect(aside.usedContext).toBe(false);
  });
});

describe('keeping a listed place protected past its five years is renominating it', () => {
  it('given the answer on how long a listing lasts, "so what should we do to keep the pub protected after that?" is answered from renominating before it runs out', async () => {
    await advisor.explain(ask('how long does an ACV listing last?', 'keep-1'));
    const follow = await advisor.explain(ask('so what should we do to keep the pub protected after that?', 'keep-1'));
    expect(follow.reply.entryId).toBe('acv-renominate-before-expiry');
  });
});

describe('an entry declares the stages its answer walks through', () => {
  it('given an answer on what a Right to Build order does not give, "what vote do we need?" is answered from the steps to get one made (more than half of those voting)', async () => {
    await advisor.explain(ask('does a right to build order mean we own the field?', 'rb1'));
    const follow = await advisor.explain(ask('what vote do we need?', 'rb1'));
    expect(follow.reply.entryId).toBe('rtbo-process');
    expect(bodyOf(follow)).toMatch(/more than half/i);
  });
});

describe('"get" names nothing of its own in a follow-up', () => {
  it('given the answer on how long the council has to decide on a nomination, "who gets told when they decide" stays on that decision (the owner, any occupier and the group are told)', async () => {
    await advisor.explain(ask('we sent in an ACV nomination for the Plough a month ago and heard nothing, how long has the council got?', 'gt1'));
    const follow = await advisor.explain(ask('who gets told when they decide', 'gt1'));
    expect(follow.reply.entryId).toBe('acv-council-decision');
    expect(bodyOf(follow)).toMatch(/occupier/i);
  });
});

describe('an answer uses the words its fact is known by', () => {
  it('given the answer on Key Fund, "whats the grant element on that" is answered from Key Fund (up to 30%), not from another fund\'s grants', async () => {
    await advisor.explain(ask('we run a community cafe in an old bank in rotherham, any social investors who would lend to us?', 'kf1'));
    const follow = await advisor.explain(ask('whats the grant element on that', 'kf1'));
    expect(follow.reply.entryId).toBe('fund-key-fund');
    expect(bodyOf(follow)).toMatch(/30%/);
  });
});

describe('what can be listed says the use must be a social one, and what the 2026 reforms change', () => {
  it('given the answer on what can be listed, "would a shop count even if it is just a business?" is told that a purely commercial use is not enough and that the reforms add economic wellbeing', async () => {
    await advisor.explain(ask('what kind of places can be listed as an asset of community value?', 'sh1'));
    const follow = await advisor.explain(ask('would a shop count even if it is just a business?', 'sh1'));
    const text = bodyOf(follow);
    expect(text).toMatch(/purely commercial use is not enough/i);
    expect(text).toMatch(/economic/i);
  });
});

describe('a follow-up naming the forum stays on neighbourhood planning', () => {
  it('given the answer on setting up a neighbourhood forum, "how long has the council got to decide on the forum" is answered from the forum entry (13 weeks), not the asset-of-community-value decision', async () => {
    await advisor.explain(ask('we are an unparished part of town, how many people do we need to set up a neighbourhood forum?', 'nf1'));
    const follow = await advisor.explain(ask('how long has the council got to decide on the forum', 'nf1'));
    expect(follow.reply.entryId).toBe('np-forum');
    expect(bodyOf(follow)).toMatch(/13 weeks/);
  });
});

describe('the wider definition says what a listing under it would bring', () => {
  it('given the answer on what will qualify under the 2026 reforms, "so once its listed under the new rules we get first refusal?" is told of the first opportunity to buy', async () => {
    await advisor.explain(ask('will long-empty buildings be able to be listed under the 2026 changes?', 'wd1'));
    const follow = await advisor.explain(ask('so once its listed under the new rules we get first refusal?', 'wd1'));
    expect(bodyOf(follow)).toMatch(/first opportunity to buy/i);
  });
});

describe('"till" is "until": it names nothing of its own in a follow-up', () => {
  it('given the answer on the owner\'s notice to sell, "right and once we send it in how long till we hear back" is answered from the council\'s 8 weeks to decide on a nomination, not the Right to Challenge\'s', async () => {
    await advisor.explain(ask('the owner has told us he wants to sell our listed pub, what happens now?', 'till1'));
    const follow = await advisor.explain(ask('right and once we send it in how long till we hear back', 'till1'));
    expect(follow.reply.entryId).toBe('acv-council-decision');
    expect(bodyOf(follow)).toMatch(/8 weeks/);
  });
});

describe('the decision entry says a nomination alone protects nothing', () => {
  it('given the answer on how long the council has to decide, "while we wait is the pub protected at all" is told that nothing protects it until it is listed', async () => {
    await advisor.explain(ask('we nominated the Swan ten weeks ago and the council has said nothing, can they take this long?', 'wait1'));
    const follow = await advisor.explain(ask('while we wait is the pub protected at all', 'wait1'));
    expect(follow.reply.entryId).toBe('acv-council-decision');
    expect(bodyOf(follow)).toMatch(/does not protect/i);
  });
});

describe('"does the community right to buy cover..." asks what the 2026 right reaches, not the tenants\' Right to Buy', () => {
  it('given "does the community right to buy cover cafes as well? ours is the last one in the valley", it is answered from the wider definition', async () => {
    const reply = await advisor.explain(ask('does the community right to buy cover cafes as well? ours is the last one in the valley', 'cover1'));
    expect(reply.reply.entryId).toBe('crtb-wider-definition');
  });
});

describe('a word the synonyms list knows is no word the knowledge lacks', () => {
  it('given the answer on who leads a neighbourhood plan in an unparished area, "how many ppl do we need" is a follow-up on the forum (21 people), not declined for "ppl"', async () => {
    await advisor.explain(ask("we're in an unparished bit of Bristol and want to do a neighbourhood plan. who leads it?", 'ppl1'));
    const follow = await advisor.explain(ask('how many ppl do we need', 'ppl1'));
    expect(follow.status).toBe('answered');
    expect(bodyOf(follow)).toMatch(/21/);
  });
});

describe('living somewhere is not what defines the exclusions entry; someone living in the building is', () => {
  it('given "how many of us have to live in the parish for our group to count?", it is not answered from the land that cannot be listed', async () => {
    const reply = await advisor.explain(ask('how many of us have to live in the parish for our group to count?', 'live1'));
    expect(reply.reply.entryId).not.toBe('acv-exclusions');
  });
  it('given "the landlord\'s daughter lives in the flat above the pub, can it still be listed", it is', async () => {
    const reply = await advisor.explain(ask("the landlord's daughter lives in the flat above the pub, can it still be listed", 'live2'));
    expect(reply.reply.entryId).toBe('acv-exclusions');
  });
});

describe('the county associations help a parish council with its borrowing', () => {
  it('given the answer that the loan board lends to parish councils, "who helps with that" is answered from the county associations of local councils, which check borrowing approval', async () => {
    await advisor.explain(ask('could the parish council borrow from the public works loan board to buy the pub?', 'nalc1'));
    const follow = await advisor.explain(ask('who helps with that', 'nalc1'));
    expect(follow.reply.entryId).toBe('help-nalc-county-associations');
    expect(bodyOf(follow)).toMatch(/borrowing approval/i);
  });
});

describe('"diff thing" announces an aside, as "different question" does', () => {
  it('given the loan board answer, "diff thing - anyone help with village hall refurbs?" is read on its own (village hall funding), not held on the parish council\'s help', async () => {
    await advisor.explain(ask('can our community benefit society borrow from the PWLB for the shop?', 'diff1'));
    await advisor.explain(ask('how would the parish do it then', 'diff1'));
    const follow = await advisor.explain(ask('diff thing - anyone help with village hall refurbs?', 'diff1'));
    expect(follow.reply.entryId).toBe('fund-village-halls');
  });
});

describe('what neighbourhood planning is says who leads where there is no parish', () => {
  it('given "no parish council here, how do we even start a neighbourhood plan?", the answer says a forum needs at least 21 members', async () => {
    const reply = await advisor.explain(ask('no parish council here in our bit of Leicester, how do we even start a neighbourhood plan?', 'np21'));
    expect(reply.status).toBe('answered');
    expect(bodyOf(reply)).toMatch(/\b21\b/);
  });
});

describe('"too late to get it listed" with a buyer lined up is the urgent sale, not whether it is already listed', () => {
  it('given "the brewery has a buyer lined up already for the Plough. is it too late to get it listed?", it is answered from what to do when a pub is for sale (a sale not yet exchanged is caught)', async () => {
    const reply = await advisor.explain(ask('the brewery has a buyer lined up already for the Plough. is it too late to get it listed?', 'late1'));
    expect(reply.reply.entryId).toBe('acv-pub-for-sale-urgent');
    expect(bodyOf(reply)).toMatch(/exchanged/);
  });
});

describe('"who do we apply to" asks where to send it, not whether the right applies', () => {
  it('given the answer on making a council sell land it leaves unused, "who do we apply to then?" is answered from the same right (the Secretary of State), not from where the rights apply', async () => {
    await advisor.explain(ask('the council has left a plot empty behind our houses for years, can we make them sell it?', 'ap1'));
    const follow = await advisor.explain(ask('who do we apply to then?', 'ap1'));
    expect(follow.reply.entryId).toBe('reclaim-what-is');
    expect(bodyOf(follow)).toMatch(/Secretary of State/);
  });
});

describe('"last night", "the last pub" say when or which, not how long', () => {
  it('given an answer on the sports ground route, "who won the darts last night" is declined rather than read as how long something lasts', async () => {
    await advisor.explain(ask('heard theres some special new thing for sports grounds in the 2026 act?', 'ln1'));
    const follow = await advisor.explain(ask('who won the darts last night', 'ln1'));
    expect(follow.status).toBe('fallback');
  });
});

describe('a moratorium "triggered again" is the protected period', () => {
  it('given the answer on when the full moratorium ends, "when could one be triggered again after that?" is the protected period (18 months from the notice)', async () => {
    await advisor.explain(ask('the council got the notice of sale on 3 march and our group asked to bid in time, when does the full moratorium end?', 'tg1'));
    const follow = await advisor.explain(ask('when could one be triggered again after that?', 'tg1'));
    expect(follow.reply.entryId).toBe('acv-protected-period-18-months');
    expect(bodyOf(follow)).toMatch(/18 months/i);
  });
});

describe('a parish council challenging the district to run a service is the Right to Challenge', () => {
  it('given "could our parish council challenge the district to run the public loos and the car park?", it answers who can use the Right to Challenge, and "can we send it in whenever we like?" next is when an expression of interest can go in', async () => {
    const first = await advisor.explain(ask('could our parish council challenge the district to run the public loos and the car park?', 'rc1'));
    expect(first.reply.entryId).toBe('rtc-who-can-use');
    const follow = await advisor.explain(ask('can we send it in whenever we like?', 'rc1'));
    expect(follow.reply.entryId).toBe('rtc-timing');
  });
});

describe('"the housing side of it" asks who helps with that side, not what the advisor covers', () => {
  it('given the answer on which groups can make a Right to Build order, "and who could help us with the housing side of it?" is the community land trust network', async () => {
    await advisor.explain(ask('could we use a community right to build order for a few affordable homes on the glebe field?', 'sd1'));
    await advisor.explain(ask('what sort of group would we have to set up?', 'sd1'));
    const follow = await advisor.explain(ask('and who could help us with the housing side of it?', 'sd1'));
    expect(follow.reply.entryId).toBe('help-clt-network');
  });
});

describe('"does that freeze things?" asks what listing does', () => {
  it('given the answer on how long the council takes over a nomination, "and once it\'s listed, does that freeze everything?" is what a listing does and does not do (no freeze; the owner must tell the council)', async () => {
    await advisor.explain(ask('we nominated the Plough ten weeks ago and heard nothing, how long is the council meant to take?', 'fz1'));
    const follow = await advisor.explain(ask("and once it's listed, does that freeze everything?", 'fz1'));
    expect(follow.reply.entryId).toBe('acv-what-it-does-not-do');
  });
});

describe('the council as the one told is not the party asked about', () => {
  it('given the tenant\'s answer on a brewery selling the freehold, "if they do sell, who has to tell the council, them or me?" is the owner\'s notice, not the council\'s own sales', async () => {
    await advisor.explain(ask("i run the Kings Head as a tenant, the brewery owns the freehold and it's just been listed. can the brewery still sell it?", 'tc1'));
    const follow = await advisor.explain(ask('if they do sell it, who has to tell the council, them or me?', 'tc1'));
    expect(follow.reply.entryId).toBe('acv-owner-notice-to-sell');
  });
});

describe('losing money through a listing is compensation', () => {
  it('given an owner\'s questions on a listing and on passing the land to a son, "and if i lose money because of this" is the compensation the council pays, not what happens during a moratorium', async () => {
    await advisor.explain(ask('can someone get my field listed as an asset of community value without my say so?', 'cm1'));
    await advisor.explain(ask('does that mean i cant sell it or pass it to my son later', 'cm1'));
    const follow = await advisor.explain(ask('and if i lose money because of this', 'cm1'));
    expect(follow.reply.entryId).toBe('acv-compensation');
  });
});

describe('what happens next follows the usual course', () => {
  it('given the answer on what a fresh listing means for the group, "right, and after that?" is the sale and the group\'s window, not the owner\'s review, which happens only if the owner asks', async () => {
    await advisor.explain(ask('the council has just listed our village shop as an asset of community value, what does that mean for us?', 'nx1'));
    const follow = await advisor.explain(ask('right, and after that?', 'nx1'));
    expect(follow.reply.entryId).not.toBe('acv-owner-review-appeal');
    expect(bodyOf(follow)).toMatch(/six weeks|6 weeks/i);
  });

  it('given the same answer, "can the owner appeal against it?" still reaches the owner\'s review', async () => {
    await advisor.explain(ask('the council has just listed our village shop as an asset of community value, what does that mean for us?', 'nx2'));
    const follow = await advisor.explain(ask('can the owner appeal against it?', 'nx2'));
    expect(follow.reply.entryId).toBe('acv-owner-review-appeal');
  });
});

describe('what the community stands to gain is not what it pays', () => {
  it('given the answer on how a neighbourhood plan referendum works, "and what\'s in it for the town council money-wise?" is the levy share a made plan brings, not who pays for the vote', async () => {
    await advisor.explain(ask('how does the referendum on a neighbourhood plan work?', 'gn1'));
    const follow = await advisor.explain(ask("and what's in it for the town council money-wise?", 'gn1'));
    expect(follow.reply.entryId).toBe('np-cil');
    expect(bodyOf(follow)).toMatch(/25%/);
  });
});

describe('how something gets approved is asked of the entry on its process', () => {
  it('given the answer on what a Right to Build order cannot do, "and how do these orders get approved?" is the process, which ends in the referendum', async () => {
    await advisor.explain(ask('what are the limits of a community right to build order', 'ap1'));
    const follow = await advisor.explain(ask('and how do these orders get approved?', 'ap1'));
    expect(follow.reply.entryId).toBe('rtbo-process');
    expect(bodyOf(follow)).toMatch(/referendum/);
  });
});

describe('who a fund is for is asked of the fund that says so', () => {
  it('given the answer on the Architectural Heritage Fund, "who can get it then?" stays on that fund, which names who it helps, rather than another fund declaring who it is for', async () => {
    await advisor.explain(ask('can the architectural heritage fund pay to restore our old chapel', 'ah1'));
    const follow = await advisor.explain(ask('who can get it then?', 'ah1'));
    expect(follow.reply.entryId).toBe('fund-architectural-heritage-fund');
  });
});

describe('an aspect the subject never gives is asked of the subject the conversation came from', () => {
  it('given the Right to Challenge cannot stop a closure and then taking over the building, "how long does the council get to answer us?" is the Right to Challenge\'s time limit, not a time limit of another subject', async () => {
    await advisor.explain(ask('the council wants to shut our day centre, can the right to challenge stop that?', 'ea1'));
    const middle = await advisor.explain(ask('so what if we want to run the centre ourselves?', 'ea1'));
    expect(middle.reply.entryId).toBe('cat-take-over-council-building');
    const follow = await advisor.explain(ask('how long does the council get to answer us?', 'ea1'));
    expect(follow.reply.entryId).toBe('rtc-timing');
  });
});

describe('an answer written for one nation puts the conversation there', () => {
  it('given "in NI..." answered by the Northern Ireland entry, though "NI" names no nation the reader knows, "who helps groups like us?" is asked of Northern Ireland, not of England\'s advisers', async () => {
    const first = await advisor.explain(ask("in NI the council wants to hand our community hall to a local group, is there a law for that like england's", 'ni1'));
    expect(first.reply.entryId).toBe('northern-ireland-community-rights');
    const follow = await advisor.explain(ask('who helps groups like us?', 'ni1'));
    expect(follow.reply.entryId).toBe('northern-ireland-community-rights');
  });
  it('given the Northern Ireland answer to a question from Newry, "who helps groups in ni" is asked of Northern Ireland, read as the nation it names', async () => {
    const first = await advisor.explain(ask("we're in newry, can we make the council hand over the old market hall like they do in scotland", 'ni2'));
    expect(first.reply.entryId).toBe('northern-ireland-community-rights');
    const follow = await advisor.explain(ask('who helps groups in ni', 'ni2'));
    expect(follow.reply.entryId).toBe('northern-ireland-community-rights');
    expect(bodyOf(follow)).toMatch(/development trusts? (ni|northern ireland)/i);
  });

  it('given "we\'re in derry, is there a right here like scotland has" answered by the Northern Ireland entry, "is anyone campaigning for one" is asked of Northern Ireland, not of Scotland, named first', async () => {
    const first = await advisor.explain(ask("we're in derry is there a community asset transfer right here like scotland has", 'ni3'));
    expect(first.reply.entryId).toBe('northern-ireland-community-rights');
    const follow = await advisor.explain(ask('is anyone campaigning for one', 'ni3'));
    expect(follow.reply.entryId).toBe('northern-ireland-community-rights');
  });

  it('given the referendum answers, "after that is it just advice" asks what weight the plan then carries, not who can advise', async () => {
    await advisor.explain(ask('what % do we need to win the np referendum in thame', 'adv1'));
    await advisor.explain(ask('who gets to vote', 'adv1'));
    const follow = await advisor.explain(ask('after that is it just advice', 'adv1'));
    expect(follow.reply.entryId).toBe('np-after-referendum');
    expect(bodyOf(follow)).toMatch(/development plan/i);
  });

  it('given a grant answer and then the free planning advice answer, "is it free" asks the cost of the advice, not of the grant the conversation began on', async () => {
    await advisor.explain(ask('can we still apply to locality for the 10k np grant', 'pa1'));
    const advice = await advisor.explain(ask('who else does planning advice', 'pa1'));
    expect(advice.reply.entryId).toBe('help-planning-aid');
    const follow = await advisor.explain(ask('is it free', 'pa1'));
    expect(follow.reply.entryId).toBe('help-planning-aid');
  });

});

describe('"could you help me write..." asks the advisor to do a task, not who can help', () => {
  it('given the answer on asking to be treated as a bidder, "also could you help me write our facebook post about the fun day" is declined rather than answered with a help entry', async () => {
    await advisor.explain(ask('The pavilion has been listed as an ACV since last spring and the council who own it want to lease it to a gym chain for 30 years', 'yh1'));
    await advisor.explain(ask("we're a CIO, can we ask to be treated as a bidder", 'yh1'));
    const follow = await advisor.explain(ask('also could you help me write our facebook post about the fun day', 'yh1'));
    expect(follow.status).toBe('fallback');
  });

  it('given the Plunkett answer, "who else can help us?" still asks for help', async () => {
    await advisor.explain(ask('who can help us set up a community shop', 'yh2'));
    const follow = await advisor.explain(ask('who else can help us?', 'yh2'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toMatch(/^help-/);
  });
});

describe('a facet\'s look-alike phrase does not hide another facet\'s word inside it', () => {
  it('given the neighbourhood area answer, "at the very end how many have to vote yes" asks about the referendum (the vote is a stage, though no outcome is asked)', async () => {
    await advisor.explain(ask("we're applying for the whole parish as the neighbourhood area, how long has the district got to decide", 'lk1'));
    const follow = await advisor.explain(ask('at the very end how many have to vote yes', 'lk1'));
    expect(follow.reply.entryId).toBe('np-referendum');
    expect(bodyOf(follow)).toMatch(/more than half|majority|50/i);
  });
});

describe('"how many local members" asks who can use the right', () => {
  it('given the answer that a Right to Build Order does not give the land, "how many local members do we need" is who can apply for an order', async () => {
    await advisor.explain(ask('whats a community right to build order in plain english', 'lm1'));
    await advisor.explain(ask('does it give us the land', 'lm1'));
    const follow = await advisor.explain(ask('how many local members do we need', 'lm1'));
    expect(follow.reply.entryId).toBe('rtbo-who-can');
  });
});

describe('rent below the market is a question of cost', () => {
  it('given the answer on approaching the council about a lease, "can they do it below market rent" is the best-consideration rules', async () => {
    await advisor.explain(ask('how do we approach the council about taking a lease on the old library', 'mr1'));
    const follow = await advisor.explain(ask('can they do it below market rent', 'mr1'));
    expect(follow.reply.entryId).toBe('cat-best-consideration');
  });
});

describe('"what then" moves on a stage, as "then what" does', () => {
  it('given the answer on how long the council has to decide a nomination, "and if we list it, what then" is what happens once a place is listed', async () => {
    await advisor.explain(ask('council officer here - had an acv nomination in from a residents group, how long have we got', 'wt1'));
    const follow = await advisor.explain(ask('and if we list it, what then', 'wt1'));
    expect(follow.reply.entryId).toBe('acv-just-listed-next-steps');
  });
});

describe('a lease of so many years is not the length of a listing', () => {
  it('given "council offering us a 5 year lease on the old library building. good idea?", it is not answered with how long a listing lasts', async () => {
    const result = await advisor.explain(ask('council offering us a 5 year lease on the old library building. good idea?', 'ly1'));
    expect(result.reply.entryId).not.toBe('acv-listing-length');
  });

  it.each(['how long does an acv listing last', 'is an acv listing 5 years', 'does it only last five years once listed'])('given "%s", it still answers how long a listing lasts', async (question) => {
    const result = await advisor.explain(ask(question, `ly-${question}`));
    expect(result.reply.entryId).toBe('acv-listing-length');
  });
});

describe('after the loan board, the county associations it names are who to talk to', () => {
  it('given the loan board answer and how a council repays, "who do we talk to" is the county associations of local councils', async () => {
    await advisor.explain(ask('parish council wants to buy the village pub, can we borrow from the pwlb', 'pw1'));
    await advisor.explain(ask('how do we pay it back', 'pw1'));
    const follow = await advisor.explain(ask('who do we talk to', 'pw1'));
    expect(follow.reply.entryId).toBe('help-nalc-county-associations');
  });
});

describe('saying it is done and asking what then moves on a stage', () => {
  it.each(['ok done, then what', 'done that, what next'])('given the answer on nominating a pub, "%s" is the council\'s decision, the next stage', async (next) => {
    const thread = `dn-${next}`;
    await advisor.explain(ask('how do we nominate the pub', thread));
    const follow = await advisor.explain(ask(next, thread));
    expect(follow.reply.entryId).toBe('acv-council-decision');
  });
});

describe('only asking who can help follows the answer\'s pointers', () => {
  it('given the answer that the new right to buy is not yet in force, "is there a discount" is the 2026 price rule, not the guidance entry the answer points to', async () => {
    await advisor.explain(ask('is the new community right to buy actually in force yet', 'rp1'));
    const follow = await advisor.explain(ask('is there a discount', 'rp1'));
    expect(follow.reply.entryId).toBe('crtb-price-first-refusal');
  });
});

describe('what follows the end of a period (knowledge `then:`)', () => {
  it.each(['what happens after that', 'and after that?'])('given the answer on how long a listing lasts, "%s" is a new nomination before it runs out, not a sale', async (next) => {
    const thread = `th-${next}`;
    await advisor.explain(ask('how long does an acv listing last', thread));
    const follow = await advisor.explain(ask(next, thread));
    expect(follow.reply.entryId).toBe('acv-renominate-before-expiry');
    expect(bodyOf(follow)).toMatch(/nominat/i);
  });

  it('given the same answer, "and if the owner sells, what happens after that" names the sale and is answered on the sale', async () => {
    await advisor.explain(ask('how long does an acv listing last', 'th-sale'));
    const follow = await advisor.explain(ask('and if the owner sells, what happens after that', 'th-sale'));
    expect(follow.reply.entryId).not.toBe('acv-renominate-before-expiry');
  });
});

describe('how a plan gets adopted or passed asks about the referendum', () => {
  it.each(['how does it get adopted', 'how does it get passed at the end'])('given the answer that neighbourhood planning grants have ended, "%s" is the referendum', async (next) => {
    const thread = `ad-${next}`;
    await advisor.explain(ask('parish council thinking about doing a neighbourhood plan, can we still get the locality grant', thread));
    const follow = await advisor.explain(ask(next, thread));
    expect(follow.reply.entryId).toBe('np-referendum');
  });

  it('given the referendum answer, "once it is adopted what weight does it have" is still what a made plan does', async () => {
    await advisor.explain(ask('whats the referendum for a neighbourhood plan', 'ad-made'));
    const follow = await advisor.explain(ask('once it is adopted what weight does it have', 'ad-made'));
    expect(follow.reply.entryId).toBe('np-after-referendum');
  });
});

describe('objecting to a planning application is ordinary planning', () => {
  it('given the answer that a listing does not stop demolition, "who can help us object to the planning app, we\'ve no money" is answered with Planning Aid\'s free help', async () => {
    await advisor.explain(ask('the old chapel was listed as an acv in 2022 but now theres a planning notice on the railings to knock it down for 6 flats. does the listing stop this', 'ob1'));
    const follow = await advisor.explain(ask("who can help us object to the planning app, we've no money", 'ob1'));
    expect(follow.status).toBe('answered');
    expect(bodyOf(follow)).toMatch(/Planning Aid/);
  });
});

describe('"the pause" is the moratorium, in a follow-up as in a question', () => {
  it('given the answer that listing does not make an owner sell to the group, "so how long is the pause then" is the moratorium, not how long a listing lasts', async () => {
    await advisor.explain(ask('so the kings arms in great bardfield has been our local for 30 odd yrs, the pubco stuck it on rightmove last week for £450k. about 25 of us regulars were talking in the beer garden and my mate reckons if we get it listed as an acv that means they have to sell it to us. is that right??', 'pz1'));
    const follow = await advisor.explain(ask('so how long is the pause then', 'pz1'));
    expect(follow.reply.entryId).toBe('acv-full-moratorium-6-months');
    expect(bodyOf(follow)).toMatch(/6 months/);
  });
});

describe('a refused asset transfer cannot be forced', () => {
  it('given the answer on how long a lease to ask for, "and if they say no" says a transfer cannot be forced: it is at the council\'s discretion', async () => {
    await advisor.explain(ask('how long a lease should we ask for on the park pavilion', 'cx1'));
    const follow = await advisor.explain(ask('and if they say no', 'cx1'));
    expect(bodyOf(follow)).toMatch(/no way to force a transfer[^.]*discretion/);
  });
});

describe('funding entries that say how long a fund runs declare time', () => {
  it('given the Key Fund answer, "how big is the pot and how long is it open" stays on the Key Fund, which gives its fund\'s size and end date', async () => {
    await advisor.explain(ask('were a social enterprise in sheffield, is key fund just loans or is there grant too', 'kf1'));
    const follow = await advisor.explain(ask('how big is the pot and how long is it open', 'kf1'));
    expect(follow.reply.entryId).toBe('fund-key-fund');
    expect(bodyOf(follow)).toMatch(/2027/);
  });
});

describe('the Architectural Heritage Fund answer says how long its fund runs', () => {
  it.each(['when does it close', 'is there a deadline'])('given the AHF answer, "%s" stays on the AHF rather than another fund\'s dates', async (next) => {
    const thread = `ahf-${next}`;
    await advisor.explain(ask('ahf grants whats the max for a viability study', thread));
    const follow = await advisor.explain(ask(next, thread));
    expect(follow.reply.entryId).toBe('fund-architectural-heritage-fund');
  });
});

describe('the Reach Fund is a grant, not someone to talk to', () => {
  it('given answers on funding, "who should we talk to" is not answered with the Reach Fund', async () => {
    await advisor.explain(ask("any funding to go with the new right to buy? the COF's gone hasn't it", 'rf1'));
    await advisor.explain(ask('ok so where else can we look', 'rf1'));
    const follow = await advisor.explain(ask('who should we talk to', 'rf1'));
    expect(follow.reply.entryId).not.toBe('fund-reach-fund');
  });
});

describe('a stage only another subject of the last answer has moves the conversation there', () => {
  it('given the answer on grants for a neighbourhood plan, "how does it get adopted" is the plan\'s referendum, not the grant again', async () => {
    await advisor.explain(ask('parish council thinking of doing a np, is the locality grant still going', 'sg1'));
    const follow = await advisor.explain(ask('how does it get adopted', 'sg1'));
    expect(follow.reply.entryId).toBe('np-referendum');
  });
});

describe('stages belong to a subject', () => {
  it('given first refusal under an ACV and then what the 2026 Act changed, "at a discount?" is the 2026 price, not an entry free of the old listing stage', async () => {
    await advisor.explain(ask('if the pub is an acv do we get first refusal', 'st1'));
    await advisor.explain(ask('doesnt the new act change that', 'st1'));
    const follow = await advisor.explain(ask('at a discount?', 'st1'));
    expect(follow.reply.entryId).toBe('crtb-price-first-refusal');
    expect(bodyOf(follow)).toMatch(/market value/i);
  });
});

describe('an entry the matcher cannot answer at all is no pointer', () => {
  it('given the heritage fund\'s answer for a parish council, "biggest grant?" stays on the heritage fund rather than the grants overview it names by "grant" alone', async () => {
    await advisor.explain(ask('does ahf fund private owners doing up a listed building', 'bg1'));
    await advisor.explain(ask('our parish council?', 'bg1'));
    const follow = await advisor.explain(ask('biggest grant?', 'bg1'));
    expect(follow.reply.entryId).toBe('fund-architectural-heritage-fund');
    expect(bodyOf(follow)).toMatch(/350,000/);
  });
});

describe('asking who must be told', () => {
  it('given the council\'s deadline to decide a nomination, "who do we have to tell" is the same answer, which names the owner, occupier and nominator', async () => {
    await advisor.explain(ask("new to the council's acv role, how many weeks do we have to decide nominations", 'wt1'));
    const follow = await advisor.explain(ask('who do we have to tell', 'wt1'));
    expect(follow.reply.entryId).toBe('acv-council-decision');
    expect(bodyOf(follow)).toMatch(/owner, any occupier/);
  });

  it('given where a nomination goes, "do they tell the owner" asks who the council tells, not what the owner can do', async () => {
    await advisor.explain(ask('who do we send the acv nomination to, the parish or county council?', 'wt2'));
    const follow = await advisor.explain(ask('do they tell the owner', 'wt2'));
    expect(follow.reply.entryId).toBe('acv-council-decision');
  });
});

describe('money upside', () => {
  it('given the answer on neighbourhood plan grants, "any money upside then" is what the parish gains from the levy', async () => {
    await advisor.explain(ask('parish council thinking of doing a np, is the locality grant still going', 'mu1'));
    const follow = await advisor.explain(ask('any money upside then', 'mu1'));
    expect(follow.reply.entryId).toBe('np-cil');
    expect(bodyOf(follow)).toMatch(/25 ?%/);
  });
});

describe('whom to vote for is not a community-rights question', () => {
  it('given the Planning Aid answer, "who should i vote for in the council elections" is declined', async () => {
    await advisor.explain(ask('is there free planning advice for community groups', 'v1'));
    const follow = await advisor.explain(ask('who should i vote for in the council elections', 'v1'));
    expect(follow.status).toBe('fallback');
  });
});

describe('exchanging before the listing', () => {
  it('given contracts exchanged the week before the listing, the answer says a sale already binding before listing is not caught', async () => {
    const answer = await advisor.explain(ask('owner of the plough exchanged contracts the week before it got listed. are we stuffed', 'ex1'));
    expect(answer.reply.entryId).toBe('acv-which-sales-are-caught');
    expect(toPlainText(answer.reply)).toMatch(/already binding \(contracts exchanged\) before the listing is not caught/);
  });
});

describe('claiming for the hassle is compensation', () => {
  it('given an owner\'s review and what follows it, "can i claim anything for the hassle, and from who" is compensation from the council', async () => {
    await advisor.explain(ask('I own a freehouse in Melton and the council has just listed it as an asset of community value without really asking me. Can I challenge this?', 'cl1'));
    await advisor.explain(ask('and if the review goes against me', 'cl1'));
    const follow = await advisor.explain(ask('can i claim anything for the hassle, and from who', 'cl1'));
    expect(follow.reply.entryId).toBe('acv-compensation');
  });
});

describe('"the whole thing" is no neighbourhood plan of its own', () => {
  it('given the deadline to ask to bid after an owner\'s notice, "and how long is the whole thing if they do" stays on the moratorium', async () => {
    await advisor.explain(ask("Right, long one sorry. I chair the Stockport & District CAMRA pub preservation sub-group. The Bull's Head on Market St is an ACV (listed 2023 on our nomination). The council emailed yesterday saying they received the owner's notice of intention to sell on 3 March. Our mate's community benefit society wants to bid. What's the deadline for them to put their hand up?", 'wh1'));
    const follow = await advisor.explain(ask('and how long is the whole thing if they do', 'wh1'));
    expect(follow.reply.entryId).toMatch(/^acv-/);
  });
});

describe('a place in England the asker is in tells their case', () => {
  it.each(['kent', 'cornwall', 'yorkshire'])('given the Key Fund answer, "we\'re in %s, can we apply" is a follow-up on the Key Fund, not a new question declined for an unknown word', async (place) => {
    const thread = `kt-${place}`;
    await advisor.explain(ask('key fund - do they do grants or just loans', thread));
    await advisor.explain(ask('how much is grant', thread));
    const follow = await advisor.explain(ask(`we're in ${place}, can we apply`, thread));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toBe('fund-key-fund');
  });
});

describe('asking the advisor what it would do asks how', () => {
  it('given the answer that sports grounds are not yet listed automatically, "so what would you do now" is answered, not declined as a question about the advisor', async () => {
    await advisor.explain(ask('can a bowling green be an acv or is it only pubs and shops', 'wy1'));
    await advisor.explain(ask('someone at county bowls said the new law lists sports grounds automatically so we dont need to bother. true?', 'wy1'));
    const follow = await advisor.explain(ask('so what would you do now', 'wy1'));
    expect(follow.status).toBe('answered');
    expect(toPlainText(follow.reply)).toMatch(/2011|Right to Bid/);
  });
});

describe('who decides a change of use', () => {
  it('given what a listing does not do (stop flats), "who decides that then" is the planning authority\'s weighing of the listing, not the council\'s listing decision', async () => {
    await advisor.explain(ask('does getting our local listed as an asset of community value stop the owner turning it into flats', 'wd1'));
    const follow = await advisor.explain(ask('who decides that then', 'wd1'));
    expect(follow.reply.entryId).toBe('acv-planning-consideration');
    expect(toPlainText(follow.reply)).toMatch(/local planning authority/);
  });
});

describe('match funding for a share offer is the Booster Fund', () => {
  it('given the answer on issuing community shares, "any match funding" names the Community Shares Booster Fund, not the closed Community Ownership Fund', async () => {
    await advisor.explain(ask("can our pub group issue community shares, we're a CIC", 'mf1'));
    await advisor.explain(ask('max one person can put in', 'mf1'));
    const follow = await advisor.explain(ask('any match funding', 'mf1'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toBe('fund-community-shares-booster');
  });
});

describe('a group asking to appeal is told that only owners can', () => {
  it('given a refused nomination, "can we appeal to the tribunal" answers that a nominator has no appeal and names judicial review', async () => {
    await advisor.explain(ask("our junior footie club plays on a field on Prospect Road, used for football for 40 odd years. we nominated it as an acv in the summer and the council refused it last month saying it's allocated for housing so it counts as residential. is that even right??", 'ap1'));
    const follow = await advisor.explain(ask('can we appeal to the tribunal', 'ap1'));
    expect(follow.status).toBe('answered');
    expect(toPlainText(follow.reply)).toMatch(/judicial review/i);
  });
});

describe('"the window to ask" is the six weeks to ask to be treated as a bidder', () => {
  it('given the answers on which groups can trigger the moratorium, "window to ask?" answers with the six-week interim moratorium, not the Right to Challenge\'s windows', async () => {
    await advisor.explain(ask("we're a town supporters group, unincorporated, about 40 members. can we trigger the moratorium if the ground gets sold", 'win1'));
    await advisor.explain(ask('what should we become then', 'win1'));
    const follow = await advisor.explain(ask('window to ask?', 'win1'));
    expect(follow.reply.entryId).toBe('acv-interim-moratorium-6-weeks');
    expect(bodyOf(follow)).toMatch(/6 weeks/);
  });
});

describe('answers say what a pending change would do and that it is not in force', () => {
  it('given the answer on what can be listed, "is that changing" is told that the 2026 wider test has no commencement regulations yet', async () => {
    await advisor.explain(ask('the chapel has been shut for six years, can it still count for listing', 'pc1'));
    const follow = await advisor.explain(ask('is that changing', 'pc1'));
    expect(follow.reply.entryId).toBe('acv-what-qualifies');
    expect(toPlainText(follow.reply)).toMatch(/no commencement regulations/i);
  });

  it('given the answer on how long a listing lasts, "how long does it take to relist it" is told the council has 8 weeks to decide a fresh nomination', async () => {
    await advisor.explain(ask('our pubs listing from 2020 must be running out', 'pc2'));
    const follow = await advisor.explain(ask('how long does it take to relist it', 'pc2'));
    expect(follow.reply.entryId).toBe('acv-listing-length');
    expect(bodyOf(follow)).toMatch(/8 weeks/);
  });
});

describe('asking who can help, as a group, fits the advice bodies', () => {
  it('given the Booster Fund answer, "who do we talk to" is Co-operatives UK, which runs it, not a grant that happens to be for groups', async () => {
    await advisor.explain(ask('we want to sell shares in our community shop, how does that work', 'hp1'));
    await advisor.explain(ask('is there match funding for the share offer', 'hp1'));
    const follow = await advisor.explain(ask('who do we talk to', 'hp1'));
    expect(follow.reply.entryId).toBe('help-co-operatives-uk');
  });
});

describe('how to fund buying a listed place is the overview of the ways to pay for it', () => {
  it('given the answer on an owner selling a listed pub, "how do we fund it" gets the ways to fund buying a building', async () => {
    await advisor.explain(ask('the owner told the council he is selling the listed pub, what now', 'fo1'));
    const follow = await advisor.explain(ask('how do we fund it', 'fo1'));
    expect(follow.reply.entryId).toBe('fund-overview-buying-a-building');
  });
});

describe('short answers carry the figure a follow-up on them asks for', () => {
  it('given the 21-members answer, "what counts as a neighbouring council" is told it is one whose boundary touches', async () => {
    await advisor.explain(ask('can an informal group with 21 members nominate an acv', 'sa1'));
    const follow = await advisor.explain(ask('what counts as a neighbouring council', 'sa1'));
    expect(bodyOf(follow)).toMatch(/boundary touches/);
  });

  it('given the answer that there is no right to a transfer, "could they sell it to us cheaply if they wanted" is told of the £2 million general consent', async () => {
    await advisor.explain(ask('is there a legal right to get the council to transfer the youth centre to us for a pound', 'sa2'));
    const follow = await advisor.explain(ask('could they sell it to us cheaply if they wanted', 'sa2'));
    expect(bodyOf(follow)).toMatch(/£2 million/);
  });
});

describe('a stage the topic never reaches is asked of the entry that has it, whatever else is asked', () => {
  it.each(['how long would the moratorium last', 'and how long will the pause be', 'how long is the pause under it'])('given the answer on whether the new right to buy has started, "%s" is the 12-month moratorium', async (question) => {
    const thread = `st1:${question}`;
    await advisor.explain(ask('has the new community right to buy started yet', thread));
    const follow = await advisor.explain(ask(question, thread));
    expect(follow.reply.entryId).toBe('crtb-moratorium-12-months');
  });
});

describe('a date the asker gave earlier in the thread', () => {
  const textOf = (x: { reply: Parameters<typeof toPlainText>[0] }) => toPlainText(x.reply);

  it('given the owner\'s notice date in a first message the dates did not answer, "when does our moratorium end exactly" is counted from it', async () => {
    await advisor.explain(ask("Owner notified the council on 3 Nov 2026, our CBS sent in a bidder request on 20 Nov so we're in the full moratorium now. What funding is out there?", 'given1'));
    const follow = await advisor.explain(ask('when does our moratorium end exactly', 'given1'));
    expect(follow.reply.entryId).toBe('acv-full-moratorium-6-months');
    expect(textOf(follow)).toMatch(/Full moratorium ends[^.]*2 May 2027/);
  });

  it('given the listing date two turns back, "how long does the listing last anyway" gives the day it ends', async () => {
    await advisor.explain(ask('The Crown was listed as an ACV in March 2025. The company that owns it is being bought out, does that trigger the moratorium?', 'given2'));
    await advisor.explain(ask('what if they sell the pub as a going concern', 'given2'));
    const follow = await advisor.explain(ask('ok and how long does the listing last anyway', 'given2'));
    expect(follow.reply.entryId).toBe('acv-listing-length');
    expect(textOf(follow)).toMatch(/Listing ends[^.]*February 2030/);
  });

  it('given the owner\'s notice date already counted from, "was 17 nov 2026 even in time?" checks that day against those dates rather than counting afresh from it', async () => {
    await advisor.explain(ask("the council received the owner's notice of intention to sell on 9 Oct 2026 and we put our request to bid in on 17 Nov 2026. so when does the full moratorium end?", 'given4'));
    const follow = await advisor.explain(ask('was 17 nov 2026 even in time?', 'given4'));
    expect(textOf(follow)).toContain('Your dates, counted from 9 October 2026');
    expect(textOf(follow)).toContain('You asked about 17 November 2026: that is on or before the first date here (Interim moratorium ends, 19 November 2026), so by this count it was in time.');
    expect(textOf(follow)).not.toContain('counted from 17 November 2026');
  });

  it('given a date earlier in the thread, a later question that asks no time gets its answer without dates', async () => {
    await advisor.explain(ask('Owner notified the council on 3 Nov 2026 that he wants to sell the pub', 'given3'));
    const follow = await advisor.explain(ask('which groups can trigger the full moratorium', 'given3'));
    expect(follow.status).toBe('answered');
    expect(textOf(follow)).not.toMatch(/2027/);
  });
});

describe('a stage only another subject has', () => {
  it.each([
    ['can we still apply to the community ownership fund', 'when does our moratorium end'],
    ['is the booster fund still open', 'how long is the moratorium'],
  ])('given the answer to "%s", "%s" is about the moratorium, which no funding answer gives the time of', async (first, follow) => {
    const thread = `stage-other:${first}`;
    await advisor.explain(ask(first, thread));
    const next = await advisor.explain(ask(follow, thread));
    expect(next.reply.entryId).toBe('acv-full-moratorium-6-months');
  });

  it('given an answer on asset transfer, "can they even sell it to us cheap if they want to" stays with councils selling, though "sell" loosely names a sale notice', async () => {
    await advisor.explain(ask('what is community asset transfer', 'stage-other-2'));
    const next = await advisor.explain(ask('can they even sell it to us cheap if they want to', 'stage-other-2'));
    expect(next.reply.entryId).not.toMatch(/^crtb-/);
  });
});

describe('a yes vote is the outcome asked about', () => {
  it('given the answer on a neighbourhood plan referendum, "after a yes?" asks what happens once the plan passes', async () => {
    await advisor.explain(ask('our np passed examination. what % do we need at referendum', 'yes-1'));
    const next = await advisor.explain(ask('after a yes?', 'yes-1'));
    expect(next.reply.entryId).toBe('np-after-referendum');
  });
});

describe('"from when" asks the time of what was just answered', () => {
  it.each(['from when?', 'from when exactly'])('given the answer on how long the moratorium lasts, "%s" stays on the moratorium', async (follow) => {
    const thread = `from-when:${follow}`;
    await advisor.explain(ask('whats the moratorium length on an acv sale', thread));
    const next = await advisor.explain(ask(follow, thread));
    expect(next.reply.entryId).toBe('acv-full-moratorium-6-months');
  });
});

describe('what follows a step off the usual course is the rest of that step', () => {
  it('given the answer on the owner\'s review, "and then?" is the appeal to the tribunal that follows a review, not a sale', async () => {
    await advisor.explain(ask('the council listed my pub as an acv, can i ask for a review', 'aside-next-1'));
    const next = await advisor.explain(ask('and then?', 'aside-next-1'));
    expect(next.reply.entryId).toBe('acv-owner-review-appeal');
    expect(bodyOf(next)).toMatch(/Tribunal[\s\S]*28 days/);
  });
});

describe('"does it renew?" after a listing asks how long it lasts', () => {
  it('given the answer on when a listing ends, "auto renews?" gets the five years and the need to nominate again', async () => {
    await advisor.explain(ask('how long does an asset of community value listing last', 'renew-1'));
    const next = await advisor.explain(ask('auto renews?', 'renew-1'));
    expect(next.reply.entryId).toBe('acv-listing-length');
    expect(bodyOf(next)).toMatch(/nominat/i);
  });
});

describe('a date given in a follow-up is counted on the thread\'s clock', () => {
  const on = (text: string, threadId: string): Question => ({ ...ask(text, threadId), receivedAt: new Date('2026-12-05T10:00:00Z') });
  it('given the answer on how long the council has to decide a nomination, "they got ours on 9 nov, so when do we hear?" gets the day the decision is due', async () => {
    await advisor.explain(on('how long does the council get to decide on an acv nomination', 'dated-1'));
    const next = await advisor.explain(on('they got ours on 9 nov, so when do we hear?', 'dated-1'));
    expect(toPlainText(next.reply)).toMatch(/Council's decision due: Monday 4 January 2027/);
  });
  it('given the draft plan consultation, "if we start it on 11 january when can it close" counts from the coming January', async () => {
    await advisor.explain(on('how long does the draft neighbourhood plan consultation have to run', 'dated-2'));
    const next = await advisor.explain(on('if we start it on 11 january when can it close', 'dated-2'));
    expect(toPlainText(next.reply)).toMatch(/22 February 2027/);
  });
});

describe('a follow-up of facet words alone follows a related answer only where the matcher could answer it', () => {
  it('given the owner\'s threat of compensation answered, "how long has he got" asks the compensation claim\'s time limit (13 weeks), not how long the moratorium lasts', async () => {
    const first = await advisor.explain(ask('the pub owner says he will claim compensation from us if it gets listed, can he?', 'facet-only:1'));
    expect(first.reply.entryId).toBe('acv-compensation');
    const next = await advisor.explain(ask('how long has he got', 'facet-only:1'));
    expect(next.reply.entryId).toBe('acv-compensation');
    expect(bodyOf(next)).toMatch(/13 weeks/);
  });

  it('given the neighbourhood plan grants answered, "free?" is Planning Aid\'s free advice, which the grants answer points to', async () => {
    await advisor.explain(ask('are there still grants for writing a neighbourhood plan', 'facet-only:2'));
    expect((await advisor.explain(ask('free?', 'facet-only:2'))).reply.entryId).toBe('help-planning-aid');
  });
});

describe('a follow-up read on its own reaches another subject\'s entry only by that entry\'s own concept', () => {
  it('given who can use the Right to Challenge answered for council staff, "how long has the council got to tell us something after we put it in" is the challenge\'s 30 days, not how long a council takes over an ACV nomination', async () => {
    const first = await advisor.explain(ask('who can do a right to challenge? four of us in the council leisure team want to run the swimming pool ourselves', 'own-concept:1'));
    expect(first.reply.entryId).toBe('rtc-who-can-use');
    const next = await advisor.explain(ask('how long has the council got to tell us something after we put it in', 'own-concept:1'));
    expect(next.reply.entryId).toBe('rtc-timing');
    expect(bodyOf(next)).toMatch(/30 days/);
  });
});

describe('"what % yes" asks the share of the vote a referendum needs', () => {
  it('given the examined neighbourhood plan answered, "what % yes do we need" is answered on the referendum (more than half), not on the levy\'s percentages', async () => {
    await advisor.explain(ask('the examiner has passed our neighbourhood plan, what happens now', 'yes-share:1'));
    const next = await advisor.explain(ask('what % yes do we need', 'yes-share:1'));
    expect(next.reply.entryId).toBe('np-referendum');
    expect(bodyOf(next)).toMatch(/more than half/i);
  });
});

describe('a follow-up naming, in a word only one entry uses, that entry is a question of its own', () => {
  it('given community shares answered, "is mycommunity still going? who runs that now" is answered on the guidance service (Locality), not on community shares', async () => {
    await advisor.explain(ask('how do community shares work', 'own-word:1'));
    const next = await advisor.explain(ask('is mycommunity still going? who runs that now', 'own-word:1'));
    expect(next.reply.entryId).toBe('help-locality-my-community');
    expect(bodyOf(next)).toMatch(/Locality/);
  });
});

describe('what a decision is "judged on" asks its criteria', () => {
  it('given a refused nomination answered, "what are they supposed to judge it on" is answered on what can be listed (the test of community value), not on the refusal again', async () => {
    await advisor.explain(ask('the council refused our nomination of the village pub, what can we do', 'judged-on:1'));
    const next = await advisor.explain(ask('what are they supposed to judge it on', 'judged-on:1'));
    expect(next.reply.entryId).toBe('acv-what-qualifies');
  });
});

describe('a follow-up that says its own thing is not bent onto an entry only the facets fit', () => {
  it('given the Act and then Wales answered, "a mate shared a blog post claiming it started in april with a huge grant pot" is not answered with a funding entry "grant" fits by its subject alone', async () => {
    await advisor.explain(ask('what act brought in the community right to buy?', 'o1'));
    await advisor.explain(ask('does it apply in wales?', 'o1'));
    const follow = await advisor.explain(ask('a mate shared a blog post claiming it started in april with a huge grant pot', 'o1'));
    expect(follow.reply.entryId ?? '(not answered)').not.toMatch(/^(fund|help)-/);
  });

  it('given whether the new right has started, "my neighbour read online it came in back in april with a massive grant pot" is about that answer again, which says the fund is not confirmed', async () => {
    await advisor.explain(ask('has the community right to buy started yet?', 'o2'));
    const follow = await advisor.explain(ask('my neighbour read online it came in back in april with a massive grant pot', 'o2'));
    expect(follow.reply.entryId).toBe('crtb-in-force-yet');
    expect(bodyOf(follow)).toMatch(/not been confirmed/);
  });
});

describe('asking for help with ordinary planning moves the conversation to planning help', () => {
  it.each([
    ['who gives free help for setting up a community shop', "what about the planning bits? we can't pay a consultant"],
    ["the owner has put in plans to demolish our listed pub, doesn't the listing stop it?", 'anyone who could help with objecting for free?'],
  ])('given "%s" answered, "%s" is Planning Aid', async (first, next) => {
    const thread = `planning-help:${first}`;
    await advisor.explain(ask(first, thread));
    const follow = await advisor.explain(ask(next, thread));
    expect(follow.reply.entryId).toBe('help-planning-aid');
  });
});

describe('"what about X?" after asking who helps asks who helps with X', () => {
  it('given the answer on free planning advice, "what about our village hall" is who helps village halls, not village hall funding', async () => {
    await advisor.explain(ask('where can we get free planning advice', 'kh1'));
    const follow = await advisor.explain(ask('what about our village hall', 'kh1'));
    expect(follow.reply.entryId).toBe('help-acre');
  });

  it('given the same question with no conversation, it is village hall funding', async () => {
    const alone = await advisor.explain(ask('what about our village hall', 'kh2'));
    expect(alone.reply.entryId).toBe('fund-village-halls');
  });

  it('given who helps in Northern Ireland, "is anyone trying to change the law here" (no "what about") is not turned into a question about who helps', async () => {
    await advisor.explain(ask('what community rights are there in northern ireland', 'kh3'));
    await advisor.explain(ask('who would help us', 'kh3'));
    const follow = await advisor.explain(ask('is anyone trying to change the law here', 'kh3'));
    expect(follow.reply.entryId).not.toBe('about-disclaimer');
  });
});

describe('a follow-up on the form a group takes stays with the right it is about', () => {
  it('given the answer on who can bring a Right to Build order, "can we stay unincorporated" is asked of that order, not of the 21 members an informal group needs to nominate', async () => {
    await advisor.explain(ask('setting up a community land trust to do a right to build order, how many members do we need', 'ru1'));
    const follow = await advisor.explain(ask('can we stay unincorporated', 'ru1'));
    expect(follow.reply.entryId).toBe('rtbo-who-can');
  });
});

describe('comparing with another right asks what the reform changed (facets.yaml aspect changes)', () => {
  it('given the answer on whether the new right is in force, "how is it different from the right to bid" is the entry setting the two side by side', async () => {
    await advisor.explain(ask('has the new community right to buy started yet', 'cmp1'));
    const follow = await advisor.explain(ask('how is it different from the right to bid', 'cmp1'));
    expect(follow.reply.entryId).toBe('crtb-2026-what-changed');
  });
});

describe('asking for ways to raise cash is funding, whatever the last answer was about', () => {
  it('given the answer on the six-month moratorium, "any way to raise some cash quickly" is funding, not the moratorium again', async () => {
    await advisor.explain(ask('our six month moratorium on the listed shop ends soon and we are short of money, what happens', 'rcash1'));
    const follow = await advisor.explain(ask('any way to raise some cash quickly', 'rcash1'));
    expect(follow.reply.entryId).toMatch(/^fund-/);
  });
});

describe('asking what the new right would change asks what the reform changed', () => {
  it.each(['what would it change for us', 'so what will change compared to now'])(
    'given the answer on whether the new right is in force, "%s" is the entry on what changed',
    async (next) => {
      await advisor.explain(ask('has the new community right to buy come into force', `wc:${next}`));
      const follow = await advisor.explain(ask(next, `wc:${next}`));
      expect(follow.reply.entryId).toBe('crtb-2026-what-changed');
    },
  );
});

describe('"the new version" names the 2026 right, as "the 2026 version" does', () => {
  it('given the answer on how long a listing lasts, "and under the new version?" is asked of the new right', async () => {
    await advisor.explain(ask('how long does an acv listing last', 'nv1'));
    const follow = await advisor.explain(ask('and under the new version?', 'nv1'));
    expect(follow.reply.entryId).toMatch(/^crtb-/);
  });
});

describe('renewing a listing is nominating again', () => {
  it('given the dates of a listing, "how do we renew" is the answer on renominating before it runs out, not how to nominate', async () => {
    await advisor.explain(ask('the fleece got listed back in june 2022, are we still covered?', 'rn1'));
    const follow = await advisor.explain(ask('how do we renew', 'rn1'));
    expect(follow.reply.entryId).toBe('acv-renominate-before-expiry');
  });
});

describe('words of the asker\'s story (its people, how they heard) are not another subject (conversation.yaml storyWords)', () => {
  it('given the answer on a transfer for less than best value, "thought that got raised recently?" stays on that answer', async () => {
    await advisor.explain(ask("can the council transfer the hall to us for less than it's worth?", 'hs1'));
    const follow = await advisor.explain(ask('thought that got raised recently?', 'hs1'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toBe('cat-best-consideration');
  });
});

describe('a person in the asker\'s story is part of their case (conversation.yaml storyWords)', () => {
  it('given the Architectural Heritage Fund answer, "its owned by some bloke privately at the moment, could he apply instead" stays on that fund, which says who may apply', async () => {
    await advisor.explain(ask('what can the architectural heritage fund give for a chapel we want to take on?', 'sw1'));
    const follow = await advisor.explain(ask('its owned by some bloke privately at the moment, could he apply instead', 'sw1'));
    expect(follow.reply.entryId).toBe('fund-architectural-heritage-fund');
    expect(bodyOf(follow)).toMatch(/not-for-profit/);
  });
});

describe('the name of the asker\'s parish is their case, not another subject', () => {
  it('given the answer on who may nominate, "shop\'s actually just over the boundary in Long Wickham parish" stays on who may nominate, which says a parish council may nominate in an adjoining parish', async () => {
    await advisor.explain(ask('clerk to the parish council here. can the PC nominate the village shop as an ACV itself or does it need a community group', 'pn1'));
    const follow = await advisor.explain(ask("shop's actually just over the boundary in Long Wickham parish", 'pn1'));
    expect(follow.reply.entryId).toBe('acv-who-can-nominate');
    expect(bodyOf(follow)).toMatch(/adjoining/);
  });
});

describe('a hotel is not read as a pub\'s name', () => {
  it('given the answer on listing a pub with a flat above, "what about the old hotel on the seafront" stays on what cannot be listed, which says hotels count as homes', async () => {
    await advisor.explain(ask('can a pub with the licensee living upstairs be listed, or is it a home?', 'ht1'));
    const follow = await advisor.explain(ask('what about the old hotel on the seafront', 'ht1'));
    expect(follow.reply.entryId).toBe('acv-exclusions');
    expect(bodyOf(follow)).toMatch(/Hotels/);
  });
});

describe('the most one member may put into a society is the community shares answer', () => {
  it('given the closed Community Ownership Fund, "max one person can put in via shares?" is the community shares answer, which gives the £100,000 limit', async () => {
    await advisor.explain(ask('our cbs was counting on the community ownership fund, when does it reopen?', 'cs1'));
    const follow = await advisor.explain(ask('max one person can put in via shares?', 'cs1'));
    expect(follow.reply.entryId).toBe('fund-community-shares');
    expect(bodyOf(follow)).toMatch(/£100,000/);
  });
});

describe('"when?" alone asks the time of the conversation\'s topic (conversation.yaml whenAlone)', () => {
  it.each(['when?', 'when exactly', 'when tho?'])('given the answer on the owner\'s notice to sell, "%s" is answered on that sale\'s time limits, not met with the greeting', async (when) => {
    const thread = `wa1:${when}`;
    await advisor.explain(ask('our pub was listed as an acv, the owner has told the council he wants to sell', thread));
    const follow = await advisor.explain(ask(when, thread));
    expect(follow.status).toBe('answered');
    expect(bodyOf(follow)).toMatch(/six weeks|6 weeks/i);
  });

  it('given no conversation before it, "when?" names nothing and gets the greeting, as before', async () => {
    const alone = await advisor.explain(ask('when?', 'wa2'));
    expect(alone.status).toBe('fallback');
  });
});

describe('where the asker\'s place stands is part of their case (conversation.yaml whereWords)', () => {
  it('given the answer on listing a pub with a flat above, "what about the hotel by the harbour" stays on what cannot be listed, which says hotels count as homes', async () => {
    await advisor.explain(ask('can a pub with the licensee living upstairs be listed, or is it a home?', 'ww1'));
    const follow = await advisor.explain(ask('what about the hotel by the harbour', 'ww1'));
    expect(follow.reply.entryId).toBe('acv-exclusions');
    expect(bodyOf(follow)).toMatch(/Hotels/);
  });

  it('given the same answer, "what about the pub quiz on friday" is still not read as the asker\'s case', async () => {
    await advisor.explain(ask('can a pub with the licensee living upstairs be listed, or is it a home?', 'ww2'));
    const follow = await advisor.explain(ask('what about the pub quiz on friday', 'ww2'));
    expect(follow.status).toBe('fallback');
  });
});

describe('a neighbourhood plan after its vote', () => {
  it('given the referendum answer, "then how long till the council makes it" is the eight weeks to make the plan (facets.yaml stage made)', async () => {
    await advisor.explain(ask('how does a neighbourhood plan referendum work', 'npx2'));
    const follow = await advisor.explain(ask('then how long till the council makes it', 'npx2'));
    expect(follow.reply.entryId).toBe('np-after-referendum');
    expect(bodyOf(follow)).toMatch(/eight weeks/);
  });
});

describe('the full moratorium answer says where the protected period runs from', () => {
  it('given the answer on the six-month moratorium, "from when?" gets its detail, which counts the 18 months from the owner\'s notice', async () => {
    await advisor.explain(ask('the 6 month moratorium on our pub ran out with no sale, can we trigger another one?', 'pp1'));
    const follow = await advisor.explain(ask('from when?', 'pp1'));
    expect(toPlainText(follow.reply)).toMatch(/18-month protected period[^.]*owner's notice/);
  });
});

describe('an aside stays on the conversation (conversation.yaml storyWords)', () => {
  it('given the answer on whether a group can nominate, "we\'re unincorporated fwiw" is the unincorporated group\'s answer, not declined for "fwiw"', async () => {
    await advisor.explain(ask('can our residents group nominate the village pub?', 'fw1'));
    const follow = await advisor.explain(ask("we're unincorporated fwiw", 'fw1'));
    expect(follow.reply.entryId).toBe('acv-unincorporated-group-21-members');
  });
});

describe('the asset transfer answer says what to assume about the £2m limit', () => {
  it('given the answer on transfers below value, "didnt the limit go up to 5m?" gets the detail, which says to assume £2m still applies', async () => {
    await advisor.explain(ask('can the council transfer our hall to us for less than market value?', 'gdc1'));
    const follow = await advisor.explain(ask('why, didnt the limit go up to 5m?', 'gdc1'));
    expect(toPlainText(follow.reply)).toMatch(/assume £2m still applies/);
  });
});

describe('the Scottish right to buy says a registration can be renewed', () => {
  it('given a registration of interest from 2021, the answer says it lasts five years and the body can apply to re-register', async () => {
    const r = await advisor.explain(ask('our community company in scotland registered an interest in land in 2021, does the registration still stand?', 'sc1'));
    expect(r.reply.entryId).toBe('scotland-community-rights');
    expect(toPlainText(r.reply)).toMatch(/5 years\*{0,2}; the body can then apply to re-register/);
  });
});

describe('a wide answer is on the subject the question leaned to, and "and in England?" asks England\'s own answer', () => {
  it('given the Scotland answer to whether groups there can make the council hand over its buildings, "what about in england then?" is England\'s asset transfer answer, not the overview of where each right applies', async () => {
    const first = await advisor.explain(ask('a friend in dundee says groups up there can make their council hand over a building, does that happen in scotland?', 'lean1'));
    expect(first.reply.entryId).toBe('scotland-community-rights');
    const follow = await advisor.explain(ask('what about in england then?', 'lean1'));
    expect(follow.reply.entryId).toBe('cat-what-is');
  });

  it('given the Scotland answer to a question about buying land, "and in england?" stays on buying, not asset transfer', async () => {
    await advisor.explain(ask('can a community in scotland buy land when it comes up for sale?', 'lean2'));
    const follow = await advisor.explain(ask('and in england?', 'lean2'));
    const { kb } = KnowledgeHolder.open('knowledge').current;
    const answered = kb.byId.get(follow.reply.entryId!)!;
    expect(answered.jurisdictions).toContain('england');
    expect(answered.facets.subject?.[0]).toMatch(/^right-to-(bid|buy-2026)$/);
  });
});

describe('"at the moment" asks about now; it names nothing of its own', () => {
  it('given the crowdfunding answer, "is it running at the mo" is asked of crowdfunding, not declined for the unknown "mo"', async () => {
    await advisor.explain(ask('can we get match funding through crowdfunder for our club', 'mo1'));
    const follow = await advisor.explain(ask('is it running at the mo', 'mo1'));
    expect(follow.reply.entryId).toBe('fund-crowdfunding');
  });

  it('given an answer, "also whats the best buy to let mortgage rate at the mo" is still declined', async () => {
    await advisor.explain(ask('what does it mean if a sale is exempt from the moratorium', 'mo2'));
    const follow = await advisor.explain(ask('also whats the best buy to let mortgage rate at the mo', 'mo2'));
    expect(follow.status).toBe('fallback');
  });
});

describe('"in the meantime" is the time while what was just described goes on (conversation.yaml followUpCues)', () => {
  it('given the answer on whether the new right to buy is in force, "in the meantime what protection does listing give us" is asked of that answer, which says what to do under the rules now', async () => {
    await advisor.explain(ask('is the new community right to buy in force yet?', 'meantime1'));
    const follow = await advisor.explain(ask('in the meantime what protection does listing give us', 'meantime1'));
    expect(follow.reply.entryId).toBe('crtb-in-force-yet');
  });
});

describe('a council\'s short form in a chat ("dc") is a word the knowledge uses (synonyms.yaml)', () => {
  it('given the answer on whether an informal group can nominate, "who decides, the parish or uttlesford dc?" is answered on the topic, naming the district council', async () => {
    await advisor.explain(ask('can a group of 25 locals nominate our pub as an acv and how long does the council take', 'dc1'));
    const follow = await advisor.explain(ask('who decides, the parish or uttlesford dc?', 'dc1'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toMatch(/^acv-/);
    expect(bodyOf(follow)).toMatch(/district/);
  });
});

describe('a nation asked about as a comparison is visited, not moved to', () => {
  it('given England\'s asset transfer, then "what if we were in scotland though?", the next question naming no nation ("how long a lease should we hold out for?") is answered for England', async () => {
    await advisor.explain(ask('can our group force the borough to transfer the old library to us?', 'aside1'));
    const visit = await advisor.explain(ask('what if we were in scotland though?', 'aside1'));
    expect(visit.reply.entryId).toMatch(/scotland/);
    const back = await advisor.explain(ask('how long a lease should we hold out for?', 'aside1'));
    expect(back.reply.entryId).toBe('cat-how-to-approach');
  });

  it('given the same visit, "is there a minimum lease our funders would want?" (a "there" that points nowhere) is answered for England', async () => {
    await advisor.explain(ask('can our group force the borough to transfer the old library to us?', 'aside4'));
    await advisor.explain(ask('what if we were in scotland though?', 'aside4'));
    const back = await advisor.explain(ask('is there a minimum lease our funders would want?', 'aside4'));
    expect(back.reply.entryId).toBe('cat-how-to-approach');
  });

  it('given the same visit, a next question that points there ("how long does the council get up there?") is still about Scotland', async () => {
    await advisor.explain(ask('can our group force the borough to transfer the old library to us?', 'aside2'));
    await advisor.explain(ask('what if we were in scotland though?', 'aside2'));
    const there = await advisor.explain(ask('how long does the council get up there?', 'aside2'));
    expect(there.reply.entryId).toMatch(/scotland/);
  });

  it('given a conversation that moved to Scotland without a comparison ("we\'re in fife actually"), the next question stays in Scotland', async () => {
    await advisor.explain(ask('can our group force the council to transfer the old library to us?', 'aside3'));
    await advisor.explain(ask("we're in fife actually, does that change things?", 'aside3'));
    const next = await advisor.explain(ask('how long does the council get to decide?', 'aside3'));
    expect(next.reply.entryId).toMatch(/scotland/);
  });
});

describe('which services a right leaves out is asked of its exclusions', () => {
  it.each([
    ['has the community right to challenge been abolished?', 'ok but which services cant it be used for'],
    ['how long does the council have to respond to our expression of interest?', 'can they rule out some services altogether'],
  ])('given "%s" answered, "%s" is answered by the entry on excluded services, not the right\'s overview or timing again', async (first, next) => {
    const thread = `excluded:${first}`;
    await advisor.explain(ask(first, thread));
    const follow = await advisor.explain(ask(next, thread));
    expect(follow.reply.entryId).toBe('rtc-excluded-services');
  });
});

describe('a follow-up that compares with another scheme stays on the conversation\'s own', () => {
  it('given the right to challenge, "do we need a local connection, as with ACVs?" is answered on who can use the right to challenge', async () => {
    await advisor.explain(ask('could a group of council staff use the right to challenge to run their service?', 'cmp1'));
    const follow = await advisor.explain(ask('do we need a local connection, as with ACVs?', 'cmp1'));
    expect(follow.reply.entryId).toBe('rtc-who-can-use');
  });
});

describe('"a new one" after a moratorium ran out means another moratorium', () => {
  it('given a notice date and a moratorium that ended without a sale, "can a new one start if he tries again" is answered with the protected period', async () => {
    await advisor.explain(ask('owner told the council he was selling our local on 12 march, the 6 months went by and nothing sold', 'newone1'));
    const follow = await advisor.explain(ask('can a new one start if he tries again', 'newone1'));
    expect(follow.reply.entryId).toBe('acv-protected-period-18-months');
  });
});

describe('"trigger another one" after the moratorium is the protected period, not who may trigger one', () => {
  it('given a moratorium that ended without the money raised, "can we trigger another one then" is answered with the protected period', async () => {
    await advisor.explain(ask('our six month moratorium ended and we never raised the money', 'newone2'));
    const follow = await advisor.explain(ask('can we trigger another one then', 'newone2'));
    expect(follow.reply.entryId).toBe('acv-protected-period-18-months');
  });
});
