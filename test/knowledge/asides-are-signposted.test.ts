// An aside in the middle of a conversation ("what's the best pint in town then?", "best route to
// Cardiff from there?") is about something else: it gets the signpost for that thing, not the
// answer the conversation was on, and a date in it starts no deadline clock. The questions are
// worded afresh, not copied from any question set.
import { describe, it, expect } from '@jest/globals';
import { toPlainText, type Question } from '../../src/index.js';
import { cliQuestion, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

const advisor = shippedAdvisor();
let thread = 0;
/** Asked on a fixed day, so "thursday" always names a date. */
const ask = (text: string, threadId: string): Question => ({ ...cliQuestion(text, threadId), receivedAt: new Date('2026-06-10T12:00:00Z') });

describe('an aside after an answer is signposted, not answered from the conversation', () => {
  it.each([
    ['can we get the old swan listed as an asset of community value', 'and where does the best pint round here come from then', /whatpub/i],
    ['what is the right to bid', 'whats the quickest route to the council offices from the station', /nationalrail|traveline/i],
    ['how do the rules differ in wales', 'best route to swansea from there?', /nationalrail|traveline/i],
    ['who can help us save our village pub', 'while you are at it could you reserve a table for six on saturday', /whatpub/i],
    ['what happens when a listed pub is sold', 'ha ok. what time does the pub shut tonight', /whatpub/i],
    ['how long does an acv listing last', 'random one, is it gonna snow in derby at the weekend', /metoffice/i],
    ['what is the right to challenge', "our bins weren't collected this week either, who sorts that", /find-local-council/i],
    ['what is the right to reclaim land', 'how do we get from the train station to the library there', /nationalrail|traveline/i],
    ['what can community groups do in scotland', 'would independence make any difference to that', /register to vote/i],
    ['how do community rights work in wales', 'should wales be independent do you think', /register to vote/i],
    ['how do we start a neighbourhood plan', 'oh and does my mate need permission for a two storey extension on his house', /planningportal/i],
    ['i own a listed pub, can i claim compensation', 'separate thing, my tenant owes two months, can i evict him', /shelter|evicting-tenants/i],
    ['can the owner claim compensation if our pub is listed', 'also my neighbour is putting up a fence along my back garden, can i stop him', /citizensadvice/i],
    ['how long does an acv listing last', 'and next door are building an extension thats blocking my light, anything i can do', /citizensadvice/i],
    ['can we reclaim the empty council land for a community garden', 'unrelated but whats good for tomato blight', /rhs\.org/i],
    ['what is the right to reclaim land', 'different thing, how do i report fly tipping in my street', /find-local-council/i],
  ])('given "%s" answered, the aside "%s" gets its signpost', async (first, aside, source) => {
    const id = `asides:${thread++}`;
    expect((await advisor.explain(ask(first, id))).status).toBe('answered');
    const next = await advisor.explain(ask(aside, id));
    expect({ status: next.status, source: source.test(toPlainText(next.reply)) }).toEqual({ status: 'fallback', source: true });
  });
});

describe('a signposted question that has a date in it works out no dates', () => {
  it('given the weather asked for the day of the referendum, thursday, it gives the forecast signpost and no dates to challenge the plan', async () => {
    const x = await advisor.explain(ask('hows the weather looking for our referendum day on thursday', `asides:${thread++}`));
    const plain = toPlainText(x.reply);
    expect(plain).toMatch(/metoffice/i);
    expect(plain).not.toMatch(/Your dates|challenge the referendum/i);
  });
});

describe('a story that mentions an everyday council service in passing is still answered', () => {
  it('given a derelict public yard described as a magnet for fly tipping, asked how to make them sell it, it answers on the Right to Reclaim Land', async () => {
    const x = await advisor.explain(ask("Behind the library there's a county council yard that's stood empty since 2014, fenced off and a magnet for fly tipping. We'd like it for allotments. Is there a way to make them sell it?", `asides:${thread++}`));
    expect({ status: x.status, entry: x.reply.entryId }).toEqual({ status: 'answered', entry: 'reclaim-what-is' });
  });
});
