// Ways of saying a thing that had pointed the matcher elsewhere: an owner saying "I own" (which
// had matched "owned by the community") or calling a listing "unfair", "community value" without
// "asset of", "stay on the list", a council's "staff", the lottery's "small grant" said around
// the word "lottery", a kind of shop named for what it sells ("newsagents"), a pub handed to
// family (a gift, which the exemptions cover), and "who's good for" (who can help).
import { describe, it, expect } from '@jest/globals';
import { cliQuestion, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

const advisor = shippedAdvisor();
const asked = async (text: string) => (await advisor.explain(cliQuestion(text, `reading:${text}`))).reply;

describe('"I own" is the owner speaking', () => {
  it('given "I own a pub thats just been listed as an ACV, what can I do?", it answers with the owner\'s review within 8 weeks, not how many listed pubs end up community-owned', async () => {
    const reply = await asked('I own a pub thats just been listed as an ACV, what can I do?');
    expect(reply.entryId).not.toBe('acv-how-many-listed');
    expect(reply.sections.map((s) => s.body).join(' ')).toMatch(/review[^.]*8 weeks|8 weeks[^.]*review/i);
  });
});

describe('"community value" alone names an asset of community value', () => {
  it('given "how do we get it listed as community value or whatever its called", it reads the scheme\'s full name, as "asset of community value" is read', async () => {
    const short = await advisor.explain(cliQuestion('how do we get it listed as community value or whatever its called', 'reading:cv1'));
    const full = await advisor.explain(cliQuestion('how do we get it listed as asset of community value or whatever its called', 'reading:cv2'));
    expect(short.analysis?.terms).toEqual(full.analysis?.terms);
    expect(short.reply.entryId).toBe('acv-nominate');
  });
});

describe('a way of saying a thing leads to the entry that answers it', () => {
  it.each([
    ['an owner calling the listing "unfair" says it is wrong, as the review\'s examples put it', "I own a pub in Derby that was listed as an acv last month. I think it's unfair, what can I do", 'acv-owner-review-appeal'],
    ['an owner who means to "fight" the listing asks about the owner\'s review, not what can be listed', 'owner of the allotments got the acv letter, can he fight it', 'acv-owner-review-appeal'],
    ['a council\'s "staff" are its employees, who may use the Right to Challenge (not the procurement exercise)', "procurement officer at a county council. we've had an expression of interest from two of our own staff to run the meals on wheels service. is that even valid?", 'rtc-who-can-use'],
    ['"stay on the list" asks how long a listing lasts (five years), not the owner\'s review', 'say the pub gets listed, how long does it stay on the list', 'acv-listing-length'],
    ['the lottery\'s "small grant" is Awards for All', "small village hall committee in Devon, we're a registered charity. the roof needs about £12k. what's the lottery small grant and how much can we ask for?", 'fund-awards-for-all'],
    ['getting a closed place listed asks what qualifies (its recent past use), not that a listing cannot stop closure', 'can we still get it listed as an asset of community value even tho its closed?', 'acv-what-qualifies'],
    ['a bunch of regulars, or our WhatsApp group, is an informal (unincorporated) group, which needs 21 local members to nominate', "we're just a whatsapp group, can we nominate the pub", 'acv-unincorporated-group-21-members'],
    ['a place that has "shut" and is not used any more asks what qualifies (its recent past use)', 'the old school has been shut since 2015 - can it still be an acv if nobody uses it', 'acv-what-qualifies'],
  ])('%s: given "%s", it answers %s', async (_why, text, entryId) => {
    expect((await asked(text)).entryId).toBe(entryId);
  });
});

describe('a WhatsApp group that is the asker\'s own is an informal group; setting one up is not a question for us', () => {
  it('given "how do I set up a WhatsApp group for our street", it answers nothing', async () => {
    expect((await asked('how do I set up a WhatsApp group for our street')).entryId).toBeUndefined();
  });
});

describe('a club, a pub and a shop by their everyday names (synonyms.yaml)', () => {
  it('given "the landowner wants to sell the ground our fc plays on, can it be listed?", FC is read as a football club and the answer is about sports grounds', async () => {
    expect((await asked('the landowner wants to sell the ground our fc plays on, can it be listed?')).entryId).toBe('crtb-sports-grounds');
  });
  it('given "our village freehouse has closed, can we nominate it as an ACV?", a freehouse is read as a pub', async () => {
    const x = await advisor.explain(cliQuestion('our village freehouse has closed, can we nominate it as an ACV?', 'reading:freehouse'));
    expect(x.analysis?.terms).toContain('pub');
  });
});

describe('"LGA 1972" is the Local Government Act', () => {
  it('given "what does the lga 1972 say about selling council land", "lga" is read as the Local Government Act', async () => {
    const x = await advisor.explain(cliQuestion('what does the lga 1972 say about selling council land', 'reading:lga'));
    expect(x.analysis?.terms).toEqual(expect.arrayContaining(['local', 'govern', 'act']));
  });
});

describe('a landlady is the owner and a TC a town council', () => {
  it('given "the landlady is selling up and our tc wants to help us buy", it reads the owner and the parish or town council', async () => {
    const x = await advisor.explain(cliQuestion('the landlady is selling up and our tc wants to help us buy', 'reading:landlady'));
    expect(x.analysis?.terms).toEqual(expect.arrayContaining(['owner', 'parish', 'council']));
  });
});

describe('heads of terms on a sale are not the heads of terms of an asset transfer lease', () => {
  it('given "the owner has agreed heads of terms with a developer but not exchanged, can we still nominate?", it is which sales are caught (nothing binds before exchange), not how to approach a council for a transfer', async () => {
    const reply = await asked('the owner has agreed heads of terms with a developer but not exchanged, can we still nominate?');
    expect(reply.entryId).toBe('acv-which-sales-are-caught');
    expect(reply.sections.map((s) => s.body).join(' ')).toMatch(/until contracts are exchanged/);
  });
  it('given "what should we ask for in the heads of terms of our asset transfer lease", it is still how to approach the council', async () => {
    expect((await asked('what should we ask for in the heads of terms of our asset transfer lease')).entryId).toBe('cat-how-to-approach');
  });
});

describe('holiday cottages are holiday lets, which count as homes', () => {
  it('given "can the holiday cottages behind the pub be listed too", it is the exclusions entry (holiday lets count as residences)', async () => {
    const reply = await asked('can the holiday cottages behind the pub be listed too');
    expect(reply.entryId).toBe('acv-exclusions');
    expect(reply.sections.map((s) => s.body).join(' ')).toMatch(/holiday lets/);
  });
});

describe('"how do we get it listed", said any way, asks how to nominate', () => {
  // "How do we get the pub listed" keeps only "pub" and "listed" once its small words go, the same
  // words as "our pub has just been listed, what does that mean": the words that ask how are in the
  // nomination entry's patterns and examples.
  it.each(['how to get a pub listed', 'how do we list our pub', 'whats the process to get the pub listed', 'how should we go about getting the old bank listed as an acv'])(
    'given "%s", it answers how to nominate, not what a listing means',
    async (text) => {
      expect((await asked(text)).entryId).toBe('acv-nominate');
    },
  );
});

describe('"Locality" is the network, not the word "local"', () => {
  it('given "who are locality and what do they actually do?", it answers about Locality, which the stemmer would otherwise have read as "local"', async () => {
    expect((await asked('who are locality and what do they actually do? someone mentioned them at our meeting')).entryId).toBe('help-locality-my-community');
  });
});

describe('money for the new right to buy is a question about funding', () => {
  it('given "does the 2026 right to buy come with money to help groups buy", it is not answered from what the 2026 Act changed, which says nothing about funding', async () => {
    const reply = await asked('does the 2026 right to buy come with money to help groups buy');
    expect(reply.entryId).not.toBe('crtb-2026-what-changed');
  });
});

describe('a kind of shop is a shop, and handing a place to family is a gift', () => {
  it.each([
    ['a newsagent, under the new law', 'does the new law mean our newsagents could get listed', 'crtb-wider-definition'],
    ['a butcher, under the old rules', 'can the village butchers be listed as an asset of community value', 'acv-what-qualifies'],
    ['the owner handing the shop to his son', 'the owners handing the shop to his son next month, does that trigger the moratorium?', 'acv-which-sales-are-caught'],
    ['a landlady passing the pub on to her nephew', 'our landlady is passing the pub on to her nephew, does that trigger the moratorium', 'acv-which-sales-are-caught'],
  ])('given %s, it answers from the entry on that', async (_what, question, entryId) => {
    expect((await asked(question)).entryId).toBe(entryId);
  });

  it('given a newsagent, a greengrocer or a convenience store, the matcher reads "shop"', async () => {
    const terms = async (text: string) => (await advisor.explain(cliQuestion(text, `reading:${text}`))).analysis?.terms;
    const shop = await terms('can our shop be listed');
    for (const kind of ['newsagents', 'greengrocer', 'convenience store']) expect(await terms(`can our ${kind} be listed`)).toEqual(shop);
  });

  it('given a council asked to "hand it over", it is still asset transfer, not a gift between family', async () => {
    expect((await asked('the council is selling our community centre, can we make them hand it over to us')).entryId).not.toBe('acv-which-sales-are-caught');
  });
});

describe('more ways of saying a thing lead to the entry that answers it', () => {
  it.each([
    ['"only a facebook group" is an informal group, which needs 21 local members', 'we are only a facebook group, can we nominate the pub', 'acv-unincorporated-group-21-members'],
    ['"cob" is the Community Ownership Fund mistyped', 'is there still cob funding for buying our pub', 'fund-community-ownership-fund'],
    ['council staff who name the right to challenge ask who can use it, even for a leisure centre (which asset transfer also covers)', 'we work in the council leisure team, can we do a right to challenge to run the leisure centre', 'rtc-who-can-use'],
    ['a group taking on an old chapel asks about heritage funding', 'any grants out there for our group taking on the old methodist chapel', 'fund-architectural-heritage-fund'],
    ['"who\'s good for" asks who can help', 'whos good for community pubs', 'help-plunkett'],
  ])('given %s: "%s", it answers %s', async (_why, text, entryId) => {
    expect((await asked(text)).entryId).toBe(entryId);
  });
});

describe('an owner asking to "claim off" whoever they blame asks about compensation', () => {
  it.each([
    "owner here. pub's on the acv list, the friends group set off the six month freeze and my buyer pulled out. do i claim off the group?",
  ])('given "%s", whose story is the six-month pause, it answers the question asked last: compensation from the council', async (question) => {
    const reply = await asked(question);
    expect(reply.entryId).toBe('acv-compensation');
  });

  it('given "can we claim back vat on the building works", it is not read as compensation', async () => {
    expect((await asked('can we claim back vat on the building works')).entryId).not.toBe('acv-compensation');
  });
});
