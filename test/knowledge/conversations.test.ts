// Follow-ups on the shipped knowledge: a follow-up keeps the conversation's facets and changes
// one (nation, party, stage, outcome, or asks for time, help or cost); unrelated questions start
// fresh. Each case also checks the follow-up alone, so the conversation is what made the difference.
import { describe, expect, it } from '@jest/globals';
import { dialogueIndex } from '../../src/dialogue/dialogue-index.js';
import { readSignals } from '../../src/dialogue/facet-signals.js';
import { KnowledgeHolder } from '../../src/kb/knowledge-holder.js';
import { cliQuestion, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

/** Asks each line in one conversation; returns the entry (or null) each reply is for. */
async function converse(lines: string[]): Promise<(string | null)[]> {
  const advisor = shippedAdvisor();
  const thread = `conversation-${Math.random()}`;
  const ids: (string | null)[] = [];
  for (const line of lines) ids.push((await advisor.ask(cliQuestion(line, thread))).entryId ?? null);
  return ids;
}

async function alone(line: string): Promise<string | null> {
  return (await shippedAdvisor().ask(cliQuestion(line, `alone-${Math.random()}`))).entryId ?? null;
}

describe('follow-ups that change one thing', () => {
  it.each([
    ['the nation', ['who can nominate an asset of community value?', 'does that apply in Wales too?', 'what about Scotland then?'], ['acv-who-can-nominate', 'wales-community-rights', 'scotland-community-rights']],
    ['the nation, and back', ['how long does an ACV listing last?', 'and in Wales?', 'how about England?'], ['acv-listing-length', 'wales-community-rights', 'acv-listing-length']],
    ['the party', ['what is an asset of community value?', 'what can the owner do?'], ['acv-what-is', 'acv-owner-review-appeal']],
    ['the stage', ['the owner has told the council they want to sell our listed pub', 'what happens next?', 'and after that?'], ['acv-owner-notice-to-sell', 'acv-interim-moratorium-6-weeks', ['acv-full-moratorium-6-months', 'acv-during-moratorium']]],
    ['the stage, after a question of time (what happens then, not how long it takes)', ['how long does the regulation 14 consultation on our neighbourhood plan last?', 'what happens next?'], ['np-pre-submission', 'np-examination']],
    ['time, of a grant', ['what grants does national lottery awards for all give?', 'how long for a decision?'], ['fund-awards-for-all', 'fund-awards-for-all']],
    ['time, of a stage whose answer states it', ['what happens at the examination of a neighbourhood plan?', 'how long is it publicised for?'], ['np-examination', 'np-examination']],
    ['the outcome, which happens at the next stage (the council\'s decision on a nomination)', ['how do we nominate our pub as an ACV?', 'what if they reject it?'], ['acv-nominate', 'acv-nomination-refused']],
    ['the outcome, in a mistyped word the matcher corrects', ['how do we nominate our pub as an ACV?', 'what if they rejcet it?'], ['acv-nominate', 'acv-nomination-refused']],
    ['time, then the outcome', ['how do we nominate our pub as an ACV?', "how long til we'd hear back?", 'and if the council turns him down?'], ['acv-nominate', 'acv-council-decision', 'acv-nomination-refused']],
    ['the outcome, on another right', ['what is the community right to challenge?', 'what if they refuse?'], ['rtc-what-is', 'rtc-rejection']],
    ['help, in the nation asked about', ['what community rights do groups have in Scotland?', 'who can help us there?'], ['scotland-community-rights', 'scotland-community-rights']],
    ['the subject', ['give me all the key dates for the right to bid', 'and under the 2026 version, same dates?'], ['acv-timeline-deadlines', 'crtb-in-force-yet']],
    ['time, where the law of another nation applies', ['we live in Glasgow, can we buy the old church hall from the council?', 'how long does the council get to decide'], ['scotland-community-rights', 'scotland-community-rights']],
    ['what to do, in a nation with no statutory right', ['is there a right to bid in Northern Ireland?', 'so what can we do'], ['northern-ireland-community-rights', 'northern-ireland-community-rights']],
    ['how far it has been used, asked of a right whose answer gives the figures', ['is there any way to force the council to sell an empty plot?', 'has anyone actually used this successfully'], ['reclaim-what-is', 'reclaim-what-is']],
    ['how far it has been used, asked of a right whose figures other entries give (how many are listed; how few end up community-owned)', ['how do we nominate our pub as an ACV?', 'has anyone actually used it successfully?'], ['acv-nominate', ['acv-how-many-listed', 'acv-what-it-does-not-do']]],
    ['time, in an everyday verb another entry\'s title once used ("send it in")', ['Can our informal community group nominate a pub as an ACV?', 'ok and once we send it in how long does the council take'], ['acv-unincorporated-group-21-members', 'acv-council-decision']],
    ['to what the law has changed lately, on neighbourhood planning', ['how do we start a neighbourhood plan?', 'has anything changed recently?'], ['np-what-is', 'np-2026-changes']],
    ['to what the law has changed lately, on assets of community value', ['how do we nominate our pub as an ACV?', 'any big changes recently?'], ['acv-nominate', 'crtb-2026-what-changed']],
    ['the size of grant asked for, of the funder just named, in a word no entry should own ("bigger")', ['can the architectural heritage fund help our charity with a grade II chapel?', 'what are the bigger grants'], ['fund-architectural-heritage-fund', 'fund-architectural-heritage-fund']],
    ['time, in one bare word', ['can a scottish community group request an asset transfer?', 'deadline?'], ['scotland-community-rights', 'scotland-community-rights']],
    ['the nation, for the asker\'s own case in words the knowledge lacks', ['how long does an ACV listing last?', 'what if we lived just over the border in wales'], ['acv-listing-length', 'wales-community-rights']],
    ['cost, of a fund for all four nations', ['what is the community ownership fund?', 'how much could we get from it?'], ['fund-community-ownership-fund', 'fund-community-ownership-fund']],
    ['the outcome, in everyday words (winning the vote), which moves to the stage it happens at', ['how many votes does a neighbourhood plan referendum need?', 'and if we win, when does the plan take effect?'], ['np-referendum', 'np-after-referendum']],
    ['the party, by asking as a group after an answer on the buyer', ['what happens to an ACV listing once the pub has been sold to a developer?', 'could we get it listed again?'], ['acv-listing-after-sale', 'acv-renominate-before-expiry']],
    ['the stage, asking for another moratorium (the protected period)', ['what happens at the end of the six month moratorium on an ACV?', 'and could we call another moratorium then?'], ['acv-full-moratorium-6-months', 'acv-protected-period-18-months']],
    ['the subject, keeping the stage both subjects have (the moratorium)', ['how long is the moratorium under the 2026 community right to buy?', 'what about the old rules?'], ['crtb-moratorium-12-months', 'acv-full-moratorium-6-months']],
    ['the outcome and the stage, asking to appeal a refused nomination', ['how long does the council have to decide on our ACV nomination?', 'and if they say no, can we appeal?'], ['acv-council-decision', 'acv-nomination-refused']],
    ['cost, read with the question asked before (writing a plan), not only the title of its answer', ['our parish council wants to write a neighbourhood plan', 'how much will it cost?'], ['np-what-is', 'fund-neighbourhood-planning-grants']],
    ['the party, asking who may apply for a grant', ['what does national lottery awards for all fund?', 'can a town council apply?'], ['fund-awards-for-all', 'fund-awards-for-all']],
    ['to whether the right still stands at all (not to its time limits)', ['how does the right to challenge work', 'still in force?'], ['rtc-what-is', 'rtc-what-is']],
    ['nothing but a judgement of the answer ("good enough"), which stays on its subject', ['our juniors club nominated the pitches as an acv in july and the council refused, saying the land is allocated for housing. can we appeal?', 'is a local plan allocation a good enough reason to refuse?'], ['acv-nomination-refused', 'acv-nomination-refused']],
    ['nothing but a judgement of the answer ("valid"), which stays on its subject', ['our juniors club nominated the pitches as an acv in july and the council refused, saying the land is allocated for housing. can we appeal?', 'is a housing allocation really a valid reason to refuse?'], ['acv-nomination-refused', 'acv-nomination-refused']],
    ['time, in words that also define another subject\'s decision ("how long has the council got to decide"), which stays on the forum the council decides on', ['there is no parish council where we live; how do we set up a neighbourhood forum?', 'after we apply, how long has the council got to decide?'], ['np-forum', 'np-forum']],
    ['nothing but the conditions of what was just described ("what is the catch?")', ['doing a crowdfunder for the clubhouse roof, does sport england put money in', 'whats the catch, do we need to raise some ourselves first'], ['fund-crowdfunding', 'fund-crowdfunding']],
  ] as [string, string[], (string | string[])[]][])('given a follow-up that changes %s, it answers the entry that fits', async (_what, lines, expected) => {
    const got = await converse(lines);
    // Where two entries answer the turn equally well (the full moratorium, and what to do during it), either will do.
    expect(got.map((id, i) => (Array.isArray(expected[i]) && expected[i].includes(id!) ? expected[i] : id))).toEqual(expected);
  });

  it.each([
    ['what can the owner do?', 'acv-owner-review-appeal'],
    ['what if they refuse?', 'rtc-rejection'],
    ['what happens next?', 'acv-interim-moratorium-6-weeks'],
    ['how much could we get from it?', 'fund-community-ownership-fund'],
    ['how long does the council get to decide', 'scotland-community-rights'],
    ['deadline?', 'scotland-community-rights'],
    ['can a town council apply?', 'fund-awards-for-all'],
    ['still in force?', 'rtc-what-is'],
    ['could we get it listed again?', 'acv-renominate-before-expiry'],
    ['and could we call another moratorium then?', 'acv-protected-period-18-months'],
    ['and if we win, when does the plan take effect?', 'np-after-referendum'],
    ['has anyone actually used this successfully', 'reclaim-what-is'],
    ['ok and once we send it in how long does the council take', 'acv-council-decision'],
    ['has anything changed recently?', 'np-2026-changes'],
    ['any big changes recently?', 'crtb-2026-what-changed'],
    ['what are the bigger grants', 'fund-architectural-heritage-fund'],
    ['has anyone actually used it successfully?', 'acv-what-it-does-not-do'],
    ['after we apply, how long has the council got to decide?', 'np-forum'],
    ['whats the catch, do we need to raise some ourselves first', 'fund-crowdfunding'],
  ])('given "%s" with no conversation before it, it is not answered as %s (the conversation made the difference)', async (line, entryId) => {
    expect(await alone(line)).not.toBe(entryId);
  });
});

describe('a follow-up that changes the subject and points back at the old one', () => {
  it('given an answer on neighbourhood planning, "is there funding for it?" answers the funding for neighbourhood plans, not any funder', async () => {
    expect(await converse(['what is a neighbourhood plan?', 'is there funding for it?'])).toEqual(['np-what-is', 'fund-neighbourhood-planning-grants']);
    expect(await alone('is there funding for it?')).not.toBe('fund-neighbourhood-planning-grants');
  });
});

describe('a follow-up made of facet words alone', () => {
  it('given a conversation on neighbourhood planning, "how long does the council have to decide?" stays on neighbourhood planning, though alone it is the decision on a nomination', async () => {
    const [, answer] = await converse(['how do we set up a neighbourhood forum?', 'how long does the council have to decide?']);
    expect(answer).toMatch(/^np-/);
    expect(await alone('how long does the council have to decide?')).toBe('acv-council-decision');
  });
});

describe('outcomes in everyday words', () => {
  it('given an answer on the referendum, "what if it fails?" stays on the referendum, which says what a no vote means, and "and if it passes?" goes on to the plan being made', async () => {
    expect(await converse(['our neighbourhood plan has gone to referendum', 'what if it fails?'])).toEqual(['np-referendum', 'np-referendum']);
    expect(await converse(['our neighbourhood plan has gone to referendum', 'and if it passes?'])).toEqual(['np-referendum', 'np-after-referendum']);
  });

  it('given an answer on the owner\'s review, "what if he loses?" stays on the review, which says what each result means', async () => {
    expect(await converse(['the owner is appealing the listing of our pub', 'what if he loses?'])).toEqual(['acv-owner-review-appeal', 'acv-owner-review-appeal']);
  });
});

describe('a follow-up that moves on in time', () => {
  it('given "later" or "afterwards", it moves to the next stage; a word of an earlier stage ("sell") in it speaks of what follows, not of going back', async () => {
    expect(await converse(['the owner told the council he wants to sell', 'and later on?'])).toEqual(['acv-owner-notice-to-sell', 'acv-interim-moratorium-6-weeks']);
    expect(await converse(['how long does the protected period last?', 'can he sell to whoever he likes later?'])).toEqual(['acv-protected-period-18-months', 'acv-protected-period-18-months']);
  });
});

describe('asking for help in the form of "who"', () => {
  it('given "who can support us with the bid?" after the right to challenge, it asks for help, not who may use the right', async () => {
    const [, answer] = await converse(['what is the community right to challenge?', 'who can support us with the bid?']);
    expect(answer).toMatch(/^help-/);
  });
});

describe('questions that start fresh', () => {
  it('given a complete question on another subject after an answer, it answers that question', async () => {
    expect(await converse(['who can nominate an asset of community value?', 'what is neighbourhood planning?'])).toEqual(['acv-who-can-nominate', 'np-what-is']);
  });

  it('given an off-topic question after an answer, it declines rather than bending it to the topic', async () => {
    expect(await converse(['how long does an ACV listing last?', "what's the weather doing tomorrow?", 'and what about the weather in Wales?'])).toEqual(['acv-listing-length', null, null]);
  });
});

describe('follow-ups the matcher places on the conversation\'s subject', () => {
  it('given a question the matcher places on an entry of the conversation\'s subject without answering it alone, it answers that entry', async () => {
    expect(await converse(['how does an owner ask for a review of an ACV listing?', 'can I get money back for what it cost me?'])).toEqual(['acv-owner-review-appeal', 'acv-compensation']);
    expect(await alone('can I get money back for what it cost me?')).toBeNull();
  });

  it('given a question the matcher places on a sibling of the topic, it answers the sibling rather than the topic, though the question points back', async () => {
    expect(await converse(['council offering us a 5 yr lease on the community hall, will funders be ok with that', 'do they have to get best price on a short lease like that'])).toEqual(['cat-how-to-approach', 'cat-best-consideration']);
    expect(await converse(['how do we approach the council about an asset transfer?', 'must they get the best price on a cheap lease like that'])).toEqual(['cat-how-to-approach', 'cat-best-consideration']);
  });

  it('given a follow-up that names things of its own, which the matcher places on an entry of the subject, it answers that entry though the topic fits the facets better', async () => {
    // "a rural charity for the village hall": two things the help entry never mentions.
    expect(await converse(['who can help us save the village shop?', 'is there a rural charity for the village hall as well'])).toEqual(['help-plunkett', 'fund-village-halls']);
    // Naming one new thing, it stays a question about the topic's case.
    expect(await converse(['How much CIL does our parish get with a neighbourhood plan?', 'what if we are an unparished area'])).toEqual(['np-cil', 'np-cil']);
  });

  it('given a question in words the conversation\'s subject uses ("losses" after the owner\'s review), it is read on that subject: the owner\'s compensation', async () => {
    expect(await converse(['how does an owner ask for a review of an ACV listing?', 'do I get anything for the losses'])).toEqual(['acv-owner-review-appeal', 'acv-compensation']);
  });

  it('given a question about losses after a topic on another subject, it is declined rather than forced onto that subject', async () => {
    expect(await converse(['what is a neighbourhood plan?', 'do I get paid for my losses'])).toEqual(['np-what-is', null]);
  });
});

describe('follow-ups in the topic\'s own words', () => {
  it('given a question that says nothing the topic\'s entry does not, it is read as about the topic', async () => {
    expect(await converse(['how do we set up a neighbourhood forum?', 'how many people do we need?'])).toEqual(['np-forum', 'np-forum']);
    expect(await alone('how many people do we need?')).toBeNull();
  });
});

describe('follow-ups in words the knowledge lacks', () => {
  it('given a remark the matcher cannot answer but places nearest the topic, it is read as about the topic', async () => {
    expect(await converse(['how long does the council have to decide on an ACV nomination?', 'ours was registered ages ago'])).toEqual(['acv-council-decision', 'acv-council-decision']);
    expect(await alone('ours was registered ages ago')).toBeNull();
  });

  it('given a follow-up telling the asker\'s own case in words the knowledge lacks (a place), it stays on the topic', async () => {
    expect(await converse(['how much CIL does a parish get with a neighbourhood plan?', 'we are unparished in Hackney, who gets it then'])).toEqual(['np-cil', 'np-cil']);
  });

  it('given a continuation that points back and tells more of the case in words the knowledge lacks ("what if his widow gives it to their daughter"), it is answered on the sale rules, not declined', async () => {
    const [first, second] = await converse(['the landlord of our listed pub died and his executors are selling it, does the moratorium apply?', 'what if instead his widow just gives it to their daughter']);
    expect(first).toBe('acv-owner-death-insolvency-repossession');
    // Either entry says a gift to family is not caught.
    expect(['acv-owner-death-insolvency-repossession', 'acv-which-sales-are-caught']).toContain(second);
    expect(await alone('what if instead his widow just gives it to their daughter')).toBeNull();
  });

  it('given a continuation with words the knowledge lacks and nothing pointing back ("also is the library open sundays"), it starts fresh', async () => {
    expect(await converse(['how long does an ACV listing last?', 'also is kettering library open sundays'])).toEqual(['acv-listing-length', null]);
  });

  it('given a question about something else in three words the topic never uses, after an answer for a nation ("whats the best football team in glasgow"), it declines rather than answering for that nation', async () => {
    expect(await converse(['in scotland how long does a community right to buy registration last', 'whats the best football team in glasgow'])).toEqual(['scotland-community-rights', null]);
  });

  it('given a question about the topic in words the knowledge lacks, and nothing of the asker\'s case, it declines rather than repeating the topic', async () => {
    expect(await converse(['how long does an ACV listing last?', 'is it dog friendly?'])).toEqual(['acv-listing-length', null]);
  });
});

describe('messages spoken to the advisor itself', () => {
  it('given "who are you?" after an answer, it is not read as a follow-up on the topic', async () => {
    const [first, second] = await converse(['our pub is listed as an ACV and the owner wants to sell, what happens', 'who are you?']);
    expect(first).not.toBeNull();
    expect(second === null || second.startsWith('about-')).toBe(true);
  });

  it('given a question to the advisor that speaks of the asker\'s case, it still carries the topic on', async () => {
    const ids = await converse(['how do we nominate our pub as an ACV?', "can you tell us how long til we'd hear back?"]);
    expect(ids[1]).toBe('acv-council-decision');
  });
});

describe('a place just over a parish boundary', () => {
  it('given a question on listing the pub, "it\'s actually just over the boundary in the next parish" asks who may nominate, not about a part-listed site', async () => {
    expect(await converse(['our pub is up for sale, can we list it as an acv?', "pub's actually just over the boundary in the next parish, not ours. does that matter?"])).toEqual(['acv-pub-for-sale-urgent', 'acv-who-can-nominate']);
  });

  it('given the boundary of the listing itself, it is still the part-listed site', async () => {
    expect(await alone('our listing boundary missed out the garden and the owner is selling it')).toBe('acv-part-listed-site');
    expect(await alone('how do boundaries on the nomination affect what is protected')).toBe('acv-part-listed-site');
  });
});

describe('a parish council asking to bid', () => {
  it('given the answer on nominating a shop in the next parish, "could we be the bidder?" asks who counts as a community interest group', async () => {
    expect(await converse(['can our parish council nominate a shop just over the boundary in the next parish?', 'and when it comes up for sale could we be the bidder?'])).toEqual(['acv-who-can-nominate', 'acv-community-interest-group']);
  });
});

describe('free help is help, not a question of cost', () => {
  it('given a transfer for a quid, "where can we get free help then" turns to who helps, not back to what the transfer costs', async () => {
    const [first, next] = await converse(['parish council here - the district wants to transfer the village hall to us for a quid, can it do that?', 'where can we get free help then']);
    expect(first).toBe('cat-best-consideration');
    expect(next).toMatch(/^help-/);
  });
});

describe('a place the council found not social enough', () => {
  it('given "would the new rules cover our shop? the council said it wasn\'t social enough", it answers what the 2026 reforms widen, and that answer names today\'s social test', async () => {
    expect(await alone("would the new acv rules cover our village shop? council said it wasnt 'social' enough last time")).toBe('crtb-wider-definition');
    const { kb } = KnowledgeHolder.open('knowledge').current;
    expect(kb.byId.get('crtb-wider-definition')!.sections[0].body).toMatch(/2011 test applies: a use furthering \*\*social\*\* wellbeing or interests/);
  });
});

describe('a thread that dates a clock beside an answer on another subject', () => {
  const story = "I'm clerk to the parish council. The Windmill was listed as an ACV in 2024. The owner formally notified the council on 1 December 2026 that he intends to sell. Councillors want to bid, possibly with a PWLB loan. What do we need to do, and by when?";

  it('given the owner\'s notice dated and a loan named, "how long do we then get to pull the money together" asks about the sale\'s clock, not the loan', async () => {
    const [first, next] = await converse([story, 'ok and how long do we then get to pull the money together']);
    expect(first).toBe('fund-pwlb');
    expect(next).toBe('acv-full-moratorium-6-months');
  });

  it('given the same story, a follow-up that names the loan still returns to it', async () => {
    expect(await converse([story, 're the pwlb - anything we need to sort before borrowing?'])).toEqual(['fund-pwlb', 'fund-pwlb']);
  });
});

describe('a personal question that shares a stage word with the topic', () => {
  it('given "how do I sell my own house?" after an answer on a pub\'s sale, it is signposted, not read as the sale stage', async () => {
    expect(await converse(['our pub is listed as an ACV and the owner wants to sell, what happens', 'how do I sell my own house?'])).toEqual([expect.any(String), null]);
  });
});

describe('asking for a building "over to us" asks for an asset transfer', () => {
  it('given the answer that the Right to Challenge cannot stop a closure, "could they pass the building over to us to run then" asks for a transfer of the building', async () => {
    expect(await converse(['can the right to challenge stop our leisure centre closing', 'could they pass the building over to us to run then'])).toEqual(['rtc-not-for-closures', 'cat-what-is']);
  });
});

describe('the owner\'s challenge runs its own course', () => {
  it('given an owner asking to "challenge it" and how long they have, "what happens after that" is the tribunal after the review, not the sale', async () => {
    expect(await converse(['the council listed my shop as an acv, can i challenge it as the owner', 'how long have i got to do that', 'what happens after that'])).toEqual(['acv-owner-review-appeal', 'acv-owner-review-appeal', 'acv-owner-review-appeal']);
  });
});

describe('ordinary planning as a subject of its own', () => {
  it.each([
    ['who can advise us on saving our village shop', 'and what about the planning side?'],
    ['is there anyone who helps community pubs get started', 'we also need planning advice for an extension, who do we ask'],
    ['who helps groups save their village shop', 'any good for planning qs too?'],
  ])('given the Plunkett answer, "%s" then "%s" asks for planning advice: Planning Aid, not Plunkett again', async (first, next) => {
    expect(await converse([first, next])).toEqual(['help-plunkett', 'help-planning-aid']);
  });
});

describe('first questions in a group\'s own words', () => {
  it('given "where\'s a good place to read up on all the community rights", it points to the guidance (Locality\'s My Community and the law itself): "community rights" in general is that entry\'s concept', async () => {
    expect(await converse(["where's a good place to read up on all the community rights"])).toEqual(['help-locality-my-community']);
  });

  it('given "when the new community right to buy starts could it cover the corner shop too or only pubs", it answers what the 2026 Act widens, not whether the right is in force yet', async () => {
    expect(await converse(['when the new community right to buy starts could it cover the corner shop too or only pubs'])).toEqual(['crtb-wider-definition']);
  });
});

describe('reading what a follow-up changes', () => {
  it('given "can\'t raise the money in time", it reads both the missed outcome and the moratorium stage, whose phrases share a word', () => {
    const { kb } = KnowledgeHolder.open('knowledge').current;
    const signals = readSignals("and if we can't raise the money in time?", dialogueIndex(kb).signals);
    expect(signals.values.get('outcome')).toEqual(new Set(['missed']));
    expect(signals.values.get('stage')).toEqual(new Set(['full-moratorium']));
  });
});
