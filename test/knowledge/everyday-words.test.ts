// Everyday ways of saying what the knowledge says in other words (knowledge/synonyms.yaml): a
// question put that way reaches the entry that answers it, instead of being declined because its
// key words were read as nothing.
import { describe, it, expect } from '@jest/globals';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, loadKnowledge, toPlainText, type Question } from '../../src/index.js';
import { analyze } from '../../src/nlp/analyze.js';
import { buildSearchIndex } from '../../src/nlp/search-index.js';

const advisor = createAdvisor({
  knowledge: KnowledgeHolder.open('knowledge'),
  store: createMemoryStore(),
  logger: createMemoryLogger(),
  config: { hashSalt: 'everyday-words', staff: [], retentionDays: 90 },
});
const index = buildSearchIndex(loadKnowledge('knowledge').kb!);
let thread = 0;
let thread_ = 0;
const ask = (text: string): Question => ({ text, platform: 'cli', user: { id: 'everyday' }, channel: { id: 'terminal', isDirect: true }, threadId: `ew-${thread++}`, receivedAt: new Date() });

describe('"doing up" a building means refurbishing it', () => {
  it.each(['any grants for doing up our cricket pavilion?', 'who gives grants for doing up a community centre'])(
    'given "%s", it answers with the funding for repairing a community building, naming the Lottery\'s small grants',
    async (question) => {
      const result = await advisor.explain(ask(question));
      expect(result.status).toBe('answered');
      expect(result.reply.entryId).toBe('fund-village-halls');
      expect(toPlainText(result.reply)).toMatch(/Awards for All/);
    },
  );
});


describe('"wk" and "mth" are weeks and months, as "yr" is years', () => {
  it.each([
    ['the pause ends next wk', 'week'],
    ['how many wks do we get to ask', 'week'],
    ['it was listed a few mths ago', 'month'],
  ])('given "%s", the question is read with the word "%s"', (question, word) => {
    expect(analyze(question, index.lexicon).terms).toContain(word);
  });
});

describe('a transfer "for £1" is a transfer for a nominal sum', () => {
  it('given "our parish council wants to hand the old reading room to the village hall charity for £1. is the parish actually allowed to do that?", it answers whether a council may dispose of land for less than it is worth, not who may nominate an asset', async () => {
    const result = await advisor.explain(ask('our parish council wants to hand the old reading room to the village hall charity for £1. is the parish actually allowed to do that?'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('cat-best-consideration');
    expect(toPlainText(result.reply)).toMatch(/best consideration/i);
  });
});


describe('"no parish council" is an unparished area', () => {
  it.each(['no parish council in our bit of leeds can we still do a neighbourhood plan', "we haven't got a parish council here, can residents still write a neighbourhood plan?"])(
    'given "%s", it answers with the neighbourhood forum that leads a plan where there is no parish council',
    async (question) => {
      const result = await advisor.explain(ask(question));
      expect(result.status).toBe('answered');
      expect(result.reply.entryId).toBe('np-forum');
      expect(toPlainText(result.reply)).toMatch(/21/);
    },
  );
});

describe('"regs" are regulations', () => {
  it('given "where can i read the actual acv regs", it answers where the law and the regulations can be read, naming legislation.gov.uk', async () => {
    const result = await advisor.explain(ask('where can i read the actual acv regs'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('help-locality-my-community');
    expect(toPlainText(result.reply)).toMatch(/legislation\.gov\.uk/);
  });
});

describe('words typed run together, and an outsourcing firm is a private company', () => {
  it('given the Right to Challenge answer, "what if some big outsourcing firm bids aswell" is answered with the open procurement that follows an accepted expression of interest, not declined', async () => {
    const conversation = (text: string): Question => ({ ...ask(text), threadId: 'ew-outsourcing' });
    await advisor.explain(conversation('can we take over running the youth club off the county council?? someone said right to challenge'));
    const follow = await advisor.explain(conversation('what if some big outsourcing firm bids aswell'));
    expect(follow.status).toBe('answered');
    expect(follow.reply.entryId).toBe('rtc-procurement');
    expect(toPlainText(follow.reply)).toMatch(/procurement/i);
  });

  it.each([
    ['can private firms bid aswell', 'as well'],
    ['is there alot of paperwork', 'a lot'],
    ['should we get advice incase it goes wrong', 'in case'],
  ])('given "%s", the question is read with the words "%s"', (question, words) => {
    expect(analyze(question, index.lexicon).words.join(' ')).toContain(words);
  });
});

describe('chat shorthand for "because", and "sued", read as the words they are', () => {
  it('given "mate reckons if the owner of the fox loses money cos of the listing our group gets sued for it, true?", it answers who pays compensation (the council), not declined for unknown words', async () => {
    const result = await advisor.explain(ask('mate reckons if the owner of the fox loses money cos of the listing our group gets sued for it, true?'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('acv-compensation');
    expect(toPlainText(result.reply)).toMatch(/council/i);
  });

  it.each([
    ['they said no cos the form was late', 'because'],
    ['can they get sued for it', 'sue'],
    ['can the owner keep suing us', 'sue'],
  ])('given "%s", the question is read with the word "%s"', (question, word) => {
    expect(analyze(question, index.lexicon).words).toContain(word);
  });

  it('given "Wealden BC turned the nomination down", "BC" is not read as "because" (it is often a borough council)', () => {
    expect(analyze('Wealden BC turned the nomination down', index.lexicon).words).not.toContain('because');
  });
});

describe('the Co-operatives UK answer gives the Booster Fund\'s grant range', () => {
  it('given a question on setting up a society with a grant for its share offer, it answers from Co-operatives UK and gives the Booster Fund\'s development grants of £2,000 to £15,000', async () => {
    const result = await advisor.explain(ask("we're setting up a CBS to buy the village shop, any grants to help with a share offer"));
    expect(result.reply.entryId).toBe('help-co-operatives-uk');
    expect(toPlainText(result.reply)).toMatch(/Booster Fund[^.]*£2,000 to £15,000/);
  });
});

describe('match funding for a sports club is the Sport England match on Crowdfunder', () => {
  it('given "any match funding for our sports club", it answers crowdfunding with its sports match, not the closed Community Ownership Fund', async () => {
    const result = await advisor.explain(ask('any match funding for our sports club'));
    expect(result.reply.entryId).toBe('fund-crowdfunding');
    expect(toPlainText(result.reply)).toMatch(/Sport England/);
  });
});

describe('"in plain English" asks for a simple explanation, not for guides', () => {
  it.each([
    ['whats an acv in plain english', 'acv-what-is'],
    ['explain the right to challenge in simple terms', 'rtc-what-is'],
    ['what even is an acv, plain english pls', 'acv-what-is'],
  ])('given "%s", it answers what the thing is (%s)', async (question, entry) => {
    const result = await advisor.explain(ask(question));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe(entry);
  });

  it('given "are there plain english guides to community rights", it still answers where the guides are', async () => {
    const result = await advisor.explain(ask('are there plain english guides to community rights'));
    expect(result.reply.entryId).toBe('help-locality-my-community');
  });
});

describe('the same words asked another way are not an example\'s wording', () => {
  it('given "how many pubs are listed", it is not answered as what an asset of community value is (an example with the same words asks what, not how many)', async () => {
    const result = await advisor.explain(ask('how many pubs are listed'));
    expect(result.reply.entryId).not.toBe('acv-what-is');
  });

  it('given "how many assets of community value are there", it answers how many are listed', async () => {
    const result = await advisor.explain(ask('how many assets of community value are there'));
    expect(result.reply.entryId).toBe('acv-how-many-listed');
  });
});

describe('asking how to start getting a place listed is how to nominate it', () => {
  it('given "hi we want to get the red lion in thornbury listed as an acv, how do we start", it answers how to nominate', async () => {
    const result = await advisor.explain(ask('hi we want to get the red lion in thornbury listed as an acv, how do we start'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('acv-nominate');
  });
});

describe('planning permission for housing does not stop a listing', () => {
  it('given "the builder says the field cannot be listed because it has planning permission for houses, is that right", the answer says planning permission does not on its own rule land out', async () => {
    const result = await advisor.explain(ask('the builder says the field cannot be listed because it has planning permission for houses, is that right'));
    expect(toPlainText(result.reply)).toMatch(/planning permission for housing do not on their own rule land out/);
  });
});

describe('"another moratorium" is the protected period', () => {
  it('given "how long before a group can trigger another moratorium?" after a notice came to nothing, it answers with the 18-month protected period', async () => {
    const answer = await advisor.explain(ask('The council got my notice of sale on 10 January 2026 but nothing came of it. How long before a group can trigger another moratorium?'));
    expect(answer.reply.entryId).toBe('acv-protected-period-18-months');
  });
});

describe('a golf course is a sports ground', () => {
  it('given "can a golf course be an acv", it answers how sports grounds are listed, instead of declining for two words the knowledge never uses', async () => {
    const result = await advisor.explain(ask('can a golf course be an acv'));
    expect(result.status).toBe('answered');
    expect(toPlainText(result.reply)).toMatch(/sports grounds?/i);
  });
});

describe('a council depot left empty is public land the Right to Reclaim Land is for', () => {
  it('given "council depot on mill lane empty for about 10 yrs. any way to force them to sell it", it answers with the Right to Reclaim Land', async () => {
    const result = await advisor.explain(ask('council depot on mill lane empty for about 10 yrs. any way to force them to sell it'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('reclaim-what-is');
  });
});

describe('"on the title" asks where a listing is recorded', () => {
  it('given "once the kings arms is listed does it go on the title or anything", it answers where the listing is recorded, naming the local land charge', async () => {
    const result = await advisor.explain(ask('once the kings arms is listed does it go on the title or anything'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('acv-find-the-list');
    expect(toPlainText(result.reply)).toMatch(/local land charge/i);
  });
});

describe('sending a nomination is how to nominate', () => {
  it('given "do we send the acv nomination for our library to the county council or the district", it answers how to nominate, naming the district, not where the list is kept', async () => {
    const result = await advisor.explain(ask('do we send the acv nomination for our library to the county council or the district'));
    expect(result.reply.entryId).toBe('acv-nominate');
    expect(toPlainText(result.reply)).toMatch(/district/);
  });
});

describe('"the deeds" are the registered title', () => {
  it('given "once the pub is listed does it go on the deeds", it answers where a listing is recorded, naming the local land charge', async () => {
    const result = await advisor.explain(ask('once the pub is listed does it go on the deeds'));
    expect(result.reply.entryId).toBe('acv-find-the-list');
    expect(toPlainText(result.reply)).toMatch(/local land charge/);
  });
});

describe('a sum of money on its own is not the small-charity income limit', () => {
  it.each(['we need about 5k for the youth club trip', 'only after £5,000 for new chairs in the hall'])(
    'given "%s", the entry on charities with income under £5,000 is not what the question is nearest to',
    async (question) => {
      const result = await advisor.explain(ask(question));
      expect(result.candidates[0]?.entryId).not.toBe('acv-unincorporated-charity');
    },
  );

  it('given "our tiny charity has an income under £5k, can it ask for the six-month pause", it answers from that entry', async () => {
    const result = await advisor.explain(ask('our tiny charity has an income under £5k, can it ask for the six-month pause'));
    expect(result.reply.entryId).toBe('acv-unincorporated-charity');
  });
});

describe('asking whether a place could be listed asks what qualifies', () => {
  it.each(['can the closed pub be listed', 'would a church hall qualify as an acv'])(
    'given "%s", it answers what kind of place can be listed',
    async (question) => {
      const result = await advisor.explain(ask(question));
      expect(result.reply.entryId).toBe('acv-what-qualifies');
    },
  );
});

describe('"live" of a law means in force', () => {
  it.each(['has the new community right to buy gone live yet', 'is the 2026 right to buy live yet or not'])('given "%s", it answers whether the new right is in force', async (question) => {
    const result = await advisor.explain(ask(question));
    expect(result.reply.entryId).toBe('crtb-in-force-yet');
  });

  it('given the answer on whether the new right is in force, "a lexlords article says its live" stays on it rather than being declined', async () => {
    const first = ask('council officer here, are we meant to be running the new community right to buy yet or still the 2011 moratorium?');
    await advisor.explain(first);
    const next = await advisor.explain({ ...ask('a lexlords article says its live'), threadId: first.threadId });
    expect(next.reply.entryId).toBe('crtb-in-force-yet');
  });
});

describe('"exactly" is emphasis, not a topic', () => {
  it.each(['hey whats an acv exactly', 'what exactly is an asset of community value'])('given "%s", it answers what an asset of community value is', async (question) => {
    const result = await advisor.explain(ask(question));
    expect(result.reply.entryId).toBe('acv-what-is');
  });
});

describe('a relative named in a question is read as written', () => {
  it('given "what if he gives it to his brother first", "brother" is not corrected to "bother": the gift answer names family', () => {
    expect(analyze('what if he gives it to his brother first', index.lexicon).words).toContain('brother');
  });
});

describe('a place shut for years, asked whether it can still be nominated, is the recent-past test', () => {
  it('given "our pub has been boarded up since 2015. could it still be nominated?", it answers what can be listed, with the recent past and the next 5 years', async () => {
    const result = await advisor.explain(ask('our pub has been boarded up since 2015. could it still be nominated?'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('acv-what-qualifies');
    expect(toPlainText(result.reply)).toMatch(/recent past/);
  });

  it.each(['can a cafe that closed in 2016 still be listed'])(
    'given "%s" (asked the other way round), it is the same recent-past answer',
    async (question) => {
      const result = await advisor.explain(ask(question));
      expect(result.status).toBe('answered');
      expect(result.reply.entryId).toBe('acv-what-qualifies');
    },
  );
});

describe('a "local link" or "local tie" is the local connection the rules ask of a group', () => {
  it.each(['does our group need some kind of local link to nominate?', 'do we need a local tie to the area to put the pub forward?'])(
    'given "%s", it answers who can nominate, naming the local connection',
    async (question) => {
      const result = await advisor.explain(ask(question));
      expect(result.status).toBe('answered');
      expect(result.reply.entryId).toBe('acv-who-can-nominate');
      expect(toPlainText(result.reply)).toMatch(/local connection/i);
    },
  );
});

describe('whether a place can be listed under the new right is what the 2026 reforms widen, not the price', () => {
  it('given "can a shop be listed under the new community right to buy?", it answers what will qualify, naming economic wellbeing', async () => {
    const result = await advisor.explain(ask('can a shop be listed under the new community right to buy?'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('crtb-wider-definition');
    expect(toPlainText(result.reply)).toMatch(/economic/i);
  });
});

describe('the request to bid need not come from the group that nominated', () => {
  it.each(['our campaign group nominated it, could the parish council ask to be a bidder instead?'])(
    'given "%s", it answers which groups can ask to bid, saying any of them may, not only the nominator',
    async (question) => {
      const result = await advisor.explain(ask(question));
      expect(result.status).toBe('answered');
      expect(result.reply.entryId).toBe('acv-community-interest-group');
      expect(toPlainText(result.reply)).toMatch(/does not have to come from the group that nominated/);
    },
  );
});

describe('asking whether a newer Act "binned" the Right to Challenge asks whether it is still in force', () => {
  it.each(['is the community right to challenge still a thing or did the 2026 act bin it', 'did the new act ditch the right to challenge?', 'right to challenge still exists after the 2026 english devolution act?'])(
    'given "%s", it answers what the Right to Challenge is and whether it still applies',
    async (question) => {
      const result = await advisor.explain(ask(question));
      expect(result.status).toBe('answered');
      expect(result.reply.entryId).toBe('rtc-what-is');
    },
  );

  it('given "the council binned our right to challenge eoi, can they", it is still the EOI that was rejected', async () => {
    const result = await advisor.explain(ask('the council binned our right to challenge eoi, can they'));
    expect(result.reply.entryId).toBe('rtc-rejection');
  });
});

describe('everyday ways of asking which council, what the new right brings and what one member may invest', () => {
  it.each([
    ['we sent the nomination to the county and they told us we had the wrong council', 'help-council'],
    ['is there a grant pot that comes with the new community right to buy', 'crtb-in-force-yet'],
    ['what is the most one member can put into our community benefit society', 'fund-community-shares'],
  ])('given "%s", it answers from %s', async (question, entry) => {
    const result = await advisor.explain(ask(question));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe(entry);
  });

  it('given "what is the most one person can nominate", it is not read as a question about investing', async () => {
    const result = await advisor.explain(ask('what is the most one person can nominate'));
    expect(result.reply.entryId).not.toBe('fund-community-shares');
  });
});

describe('the owner\'s "review window" is the time to ask for a review of a listing', () => {
  it('given "when does the owners review window close", it answers the owner\'s review and its eight weeks, not the Right to Challenge\'s windows', async () => {
    const result = await advisor.explain(ask('when does the owners review window close'));
    expect(result.status).toBe('answered');
    expect(result.reply.entryId).toBe('acv-owner-review-appeal');
    expect(toPlainText(result.reply)).toMatch(/8 weeks/);
  });
});

describe('"pp" typed for planning permission', () => {
  it('given "the old bowls club has outline pp for 20 homes, can it still be listed", it answers what can be listed, as it does for "planning permission" spelt out', async () => {
    const short = await advisor.explain(ask('the old bowls club has outline pp for 20 homes, can it still be listed'));
    const spelt = await advisor.explain(ask('the old bowls club has outline planning permission for 20 homes, can it still be listed'));
    expect([short.status, short.reply.entryId]).toEqual([spelt.status, spelt.reply.entryId]);
    expect(short.reply.entryId).toBe('acv-what-qualifies');
  });
});

describe('quick typing: "diff" is different, "min" is minimum, "rn" is right now', () => {
  it.each([
    ['wales diff?', 'differ'],
    ['min number of people we need', 'minimum'],
    ['which rules count rn', 'right'],
  ])('given "%s", the question is read with the word "%s"', (question, word) => {
    expect(analyze(question, index.lexicon).terms.join(' ')).toContain(word);
  });

  it('given a thread about another scheme, "scotland diff?" is answered with Scotland\'s own rights, not declined', async () => {
    const thread = `ew-diff-${thread_++}`;
    await advisor.ask({ ...ask('can the council give us the old library for less than it is worth?'), threadId: thread });
    const reply = await advisor.ask({ ...ask('scotland diff?'), threadId: thread });
    expect(reply.entryId).toBe('scotland-community-rights');
  });
});
