// An answer states, in plain words, the fact the question turns on, rather than leaving it implied
// or out: which councils a right cannot be used against, where a nomination goes and who may make
// it, what an owner may do when no group asks to bid or the money is not there, what a council may
// charge or give away, what a Right to Build order does not give, when the 2026 Act was passed, what
// a made plan does to the levy share, and where help and money come from. Each spec failed on the
// knowledge as it was before the sentence was written.
import { describe, it, expect } from '@jest/globals';
import { toPlainText } from '../../src/index.js';
import { renderReply } from '../../adapters/slack/render.js';
import { cliQuestion, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';

/** Answer text Slack may show in the first reply (the budget: about 900 characters). */
const FIRST_REPLY_BUDGET = 900;

const advisor = shippedAdvisor();
let thread = 0;

interface Case {
  /** What the answer must say, as the spec's name reads it. */
  says: string;
  question: string;
  entry: string;
  text: RegExp[];
}

// Bold markers (`**`) may sit inside a phrase, so a pattern allows them where the entry uses them.
const CASES: Case[] = [
  { says: "a parish council's own services cannot be challenged: it is not a relevant authority, so the right does not apply to it", question: 'who is allowed to use the community right to challenge', entry: 'rtc-who-can-use', text: [/parish council's own services cannot be challenged/i, /not a relevant authority, so the right does not apply to it/] },
  { says: "England's Localism Act rights do not apply in Scotland", question: 'what community rights do groups have in scotland', entry: 'scotland-community-rights', text: [/do not apply in Scotland/i] },
  { says: 'an accepted expression of interest does not hand over the service: an open procurement follows, where private firms can bid', question: 'can we take over running the youth club off the county council?? someone said right to challenge', entry: 'rtc-who-can-use', text: [/does not hand you the service/, /open procurement exercise\*{0,2} for the contract, and other bidders, including private firms, can compete/] },
  { says: 'using the Right to Challenge against a closure only opens a competition that other bidders, private firms included, may win', question: 'can we use the right to challenge to stop the council closing our library', entry: 'rtc-not-for-closures', text: [/open competition for the contract, which other bidders, including private firms, may win/] },
  { says: 'a nomination goes to the district, borough or unitary council, not the county', question: 'who is allowed to nominate an asset of community value', entry: 'acv-who-can-nominate', text: [/district, borough or unitary council, not the county/i] },
  { says: 'an informal group sends its nomination to the district, borough or unitary council', question: 'can an unincorporated group with 25 members nominate an asset of community value', entry: 'acv-unincorporated-group-21-members', text: [/district, borough or unitary council, not the parish or the county/] },
  { says: 'the short answer for a pub up for sale gives the members an informal group needs to nominate (21 on the electoral register)', question: 'our village pub is up for sale, can we stop it?', entry: 'acv-pub-for-sale-urgent', text: [/informal group needs \*{0,2}21\*{0,2} members on the electoral register/] },
  { says: 'the short answer for a pub up for sale says where a nomination goes (the district or unitary council)', question: 'the village pub is up for sale, can we get it listed before someone buys it?', entry: 'acv-pub-for-sale-urgent', text: [/Nominate it to your district or unitary council/] },
  { says: 'the answer on protecting a green says open land can be listed as an asset of community value too, and on what test', question: 'can a village green be an acv? the whole village uses it for the fete and bonfire night', entry: 'np-village-green-local-green-space', text: [/social wellbeing or interests and realistically continue \(Localism Act 2011, s\.88\)/] },
  { says: 'the short answer on an owner who has died says a later transfer within the family is exempt too', question: 'the owner of our listed pub has died and his executors want to sell it, does the moratorium apply?', entry: 'acv-owner-death-insolvency-repossession', text: [/unless it too is exempt \(a gift, a transfer within the family\)/] },
  { says: 'the answer on whether the new right to buy is in force says to nominate a place that is not listed yet, under the rules that apply now', question: 'is the new community right to buy in force yet?', entry: 'crtb-in-force-yet', text: [/Act under the current rules now\. If the place is not listed yet, nominate it\./] },
  { says: 'when no group asks in time, the owner is free to sell to anyone once the 6 weeks are over', question: 'the owner has notified the council he wants to sell the listed pub, what if no group asks to bid in time', entry: 'acv-owner-notice-to-sell', text: [/free to sell to anyone, at any price, once the 6 weeks are over/i] },
  { says: 'a neighbourhood forum is not a community interest group, so cannot ask to bid', question: 'what happens in the 6 week interim moratorium', entry: 'acv-interim-moratorium-6-weeks', text: [/neighbourhood forum, or an informal group that is not a charity, is not a community interest group/] },
  { says: 'the short answer on the six-month moratorium gives the sales it catches (the freehold, or a lease of 25 years or more, with vacant possession)', question: 'how long does the full moratorium last', entry: 'acv-full-moratorium-6-months', text: [/lease of \*{0,2}25 years\*{0,2} or more, with vacant possession is caught/] },
  { says: 'a buyer will know of the listing: it is a local land charge', question: 'what can we do while the moratorium on our pub is running', entry: 'acv-during-moratorium', text: [/local land charge/] },
  { says: 'a listing that survives the owner\'s review stays for 5 years', question: 'can the owner get the listing of our pub reviewed', entry: 'acv-owner-review-appeal', text: [/stays on the list for 5 years/i] },
  { says: 'a council selling a listed building gives the group time, not first refusal, and a transfer below value is its choice, not a right', question: 'does the moratorium apply when the council sells a listed building', entry: 'acv-council-selling-listed-asset', text: [/time, not first refusal/, /open market to anyone/, /It is the council's choice: there is no legal right to make it transfer a building to you/] },
  { says: "a discount above the limit needs the Secretary of State's specific consent", question: 'how big a discount can the council give us on the building before it needs permission', entry: 'cat-best-consideration', text: [/Secretary of State's specific consent/i] },
  { says: 'a listing helps an objection, and Planning Aid England gives free advice on one', question: 'does the pub being an ACV help us object to the planning application to turn it into flats', entry: 'acv-planning-consideration', text: [/Planning Aid England/] },
  { says: 'a made plan gives the levy share both ways: 25% uncapped, from 15% capped at £100 a dwelling', question: 'what happens once our neighbourhood plan passes the referendum', entry: 'np-after-referendum', text: [/25%, with no cap/, /from 15% capped at £100 per council-tax dwelling/] },
  { says: 'a Right to Build order does not give you the land, and its community organisation is a body corporate', question: 'what is a community right to build order', entry: 'rtbo-what-is', text: [/does \*{0,2}not\*{0,2} give you the land/, /body corporate/] },
  { says: "whoever brings a Right to Build order forward, the landowner's agreement is a separate deal", question: 'who can bring forward a community right to build order', entry: 'rtbo-who-can', text: [/landowner's agreement is a separate deal/] },
  { says: 'community groups cannot borrow from the Public Works Loan Board', question: 'can our community group get a public works loan board loan', entry: 'fund-pwlb', text: [/Community groups, charities and community benefit societies \*{0,2}cannot\*{0,2} borrow/] },
  { says: 'the owner may sell to anyone if the money is not there when the pause ends', question: 'how do community groups usually fund buying a building', entry: 'fund-overview-buying-a-building', text: [/if it is not there when the pause ends, the owner is free to sell to anyone/] },
  { says: 'Awards for All does not accept applications written by paid bid writers, in a sentence of its own', question: 'who can apply for national lottery awards for all', entry: 'fund-awards-for-all', text: [/Applications written by paid bid writers or consultants are not accepted/] },
  { says: 'an ethical lender lends to community-led housing', question: 'what does the community land trust network do', entry: 'help-clt-network', text: [/Ecology Building Society/] },
  { says: "what happens today when a listed sports ground's owner sells (6 weeks, then a pause to 6 months), and where a club finds money for a ground", question: 'what does the 2026 act do for sports grounds', entry: 'crtb-sports-grounds', text: [/If a listed ground's owner tells the council they want to sell/, /6 weeks/, /Money to buy a ground/, /community shares/i] },
  { says: 'a listing cannot stop the owner converting the place, to flats say: that is a planning matter', question: 'what are the limits of an acv listing', entry: 'acv-what-it-does-not-do', text: [/a listing \*{0,2}cannot\*{0,2} stop the owner \*{0,2}closing\*{0,2} the place, \*{0,2}converting\*{0,2} it \(to flats, say\)/] },
  { says: 'an unincorporated group that is not a charity, or a neighbourhood forum, cannot ask for the six-month moratorium', question: 'how long does the full moratorium last', entry: 'acv-full-moratorium-6-months', text: [/unincorporated group that is not a charity, and a neighbourhood forum, can nominate but \*{0,2}cannot\*{0,2} make the request/] },
  { says: 'a plan passes its referendum when more than half of those voting say yes', question: 'what happens once our neighbourhood plan passes the referendum', entry: 'np-after-referendum', text: [/a simple majority: more than half of those voting say yes/] },
  { says: 'the 2026 Community Right to Buy is for England only', question: 'what did the 2026 act change about community rights to buy', entry: 'crtb-2026-what-changed', text: [/in \*{0,2}England only\*{0,2}/] },
  { says: 'gifts, passing a place to family or to a trust\'s beneficiaries, and a going-concern sale start no six-week pause', question: 'what happens in the 6 week interim moratorium', entry: 'acv-interim-moratorium-6-weeks', text: [/Gifts, passing it to family or to a trust's beneficiaries, and a sale as a going concern are \*{0,2}exempt\*{0,2}/] },
  { says: 'an owner may sell while a review or appeal is under way, after telling the council, and a buyer sees the listing as a land charge', question: 'can the owner get the listing of our pub reviewed', entry: 'acv-owner-review-appeal', text: [/can still sell during a review or appeal, but must first tell the council in writing/, /local land charge/] },
  { says: "a transfer below value is at the council's discretion", question: 'how big a discount can the council give us on the building before it needs permission', entry: 'cat-best-consideration', text: [/council's discretion: no right to a transfer/] },
  { says: 'the Right to Challenge is about a service, not its building, and where to turn for the building', question: 'when can we send an expression of interest under the right to challenge', entry: 'rtc-timing', text: [/not the building it uses: to take on a building, ask the council about a \*{0,2}community asset transfer/] },
  { says: 'a nomination not yet decided does not stop a sale: the rules apply only once the asset is listed', question: 'the owner has notified the council he wants to sell the listed pub, what if no group asks to bid in time', entry: 'acv-owner-notice-to-sell', text: [/nomination the council has not yet decided does \*{0,2}not\*{0,2} stop a sale/, /only once the asset is on the list \(s\.95\(1\)\)/] },
  { says: "today's rules on a sale until the new right starts (6 weeks to ask, then a pause to 6 months)", question: 'under the new community right to buy do we get first refusal and at what price', entry: 'crtb-price-first-refusal', text: [/Until it starts, today's rules apply to a sale/, /\*{0,2}6 weeks\*{0,2} to ask to bid/, /\*{0,2}6 months\*{0,2} from the owner's notice/] },
  ...[
    ['crtb-wider-definition', 'will the new rules let shops be listed for their economic value'],
    ['crtb-moratorium-12-months', 'is the new moratorium under the 2026 act twelve months'],
    ['crtb-price-first-refusal', 'under the new community right to buy do we get first refusal and at what price'],
    ['crtb-sports-grounds', 'what does the 2026 act do for sports grounds'],
  ].map(([entry, question]) => ({ says: `the 2026 Act's Royal Assent on 29 April 2026 (answered by ${entry})`, question, entry, text: [/Royal Assent on 29 April 2026/i] })),
  { says: "the 2026 Act's longer pause names what it is longer than: 6 months today", question: 'what did the 2026 act change about the community right to bid', entry: 'crtb-2026-what-changed', text: [/12 months \(up from 6 months today\)/] },
  { says: 'the levy share comes only where the council charges the levy at all, and none comes where it charges none', question: 'how much cil does a parish get from new houses', entry: 'np-cil', text: [/Only where a council charges the \*{0,2}Community Infrastructure Levy/, /if your council charges no CIL, there is no share/] },
  { says: 'the answer on listing and planning says that in law a listing holds the owner back only at a sale, citing the provision', question: 'does our pub being listed count for anything when the council decides the planning application to turn it into houses', entry: 'acv-planning-consideration', text: [/a listing holds the owner back only when they come to sell \(Localism Act 2011, s\.95\)/] },
];

describe('answers say the limit plainly', () => {
  it.each(CASES)('given "$question", the answer says $says', async ({ question, entry, text }) => {
    const { reply } = await advisor.explain(cliQuestion(question, `limit-${thread++}`));
    expect(reply.entryId).toBe(entry);
    const body = toPlainText(reply);
    for (const pattern of text) expect(body).toMatch(pattern);
  });

  it('given a question on what a group can do during the moratorium, the answer cites the provision that makes a listing a land charge (section 100)', async () => {
    const { reply } = await advisor.explain(cliQuestion('what can we do while the moratorium on our pub is running', `limit-${thread++}`));
    expect(JSON.stringify(reply)).toMatch(/section\/100/);
  });
});

describe('answers work out an amount per unit', () => {
  it('given a parish that says how many council-tax dwellings it has after asking about its levy share, the answer works out the cap (640 × £100 = £64,000)', async () => {
    const id = `limit-${thread++}`;
    await advisor.explain(cliQuestion('would doing a neighbourhood plan increase our cil', id));
    const { reply } = await advisor.explain(cliQuestion("we've got 640 council tax dwellings, whats the max we can get now then", id));
    expect(reply.entryId).toBe('np-cil');
    expect(toPlainText(reply)).toMatch(/capped at £64,000 a year \(640 × £100\)/);
    // The worked sum is part of the short first reply, which stays within Slack's budget.
    const shown = renderReply(reply).blocks.filter((b) => b.type === 'section').map((b) => ('text' in b && b.text ? b.text.text : '')).join('');
    expect(shown).toContain('£64,000');
    expect(shown.length).toBeLessThanOrEqual(FIRST_REPLY_BUDGET);
  });

  it('given a parish that said how many houses it has, a later "what\'s the most we\'d get" in the thread works out the cap for them (420 × £100 = £42,000)', async () => {
    const id = `limit-${thread++}`;
    const first = await advisor.explain(cliQuestion("clerk here, we've got about 420 houses in the parish and a 90-home scheme paying cil. no neighbourhood plan. how much of the cil do we get?", id));
    expect(first.reply.entryId).toBe('np-cil');
    const { reply } = await advisor.explain(cliQuestion("so what's the most we'd get a year as things stand", id));
    expect(reply.entryId).toBe('np-cil');
    expect(toPlainText(reply)).toMatch(/capped at £42,000 a year \(420 × £100\)/);
  });

  it('given the levy answer, a follow-up that gives the parish\'s houses as a number ("we have 280 houses, max per yr?") stays on it and works out the cap: a number is not a word from another subject', async () => {
    const id = `limit-${thread++}`;
    await advisor.explain(cliQuestion('does our parish get any cil without a neighbourhood plan?', id));
    const { reply } = await advisor.explain(cliQuestion('we have 280 houses, max per yr?', id));
    expect(reply.entryId).toBe('np-cil');
    expect(toPlainText(reply)).toMatch(/capped at £28,000 a year \(280 × £100\)/);
  });

  it('given a question about a development of new homes, no cap is worked out from the homes being built', async () => {
    const { reply } = await advisor.explain(cliQuestion('a developer is building 80 homes in our parish, how much cil do we get', `limit-${thread++}`));
    expect(toPlainText(reply)).not.toMatch(/Worked out for your parish/);
  });
});
