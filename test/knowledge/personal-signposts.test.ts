// Personal questions that share a name with a community right: a council tenant's own Right to
// Buy, a householder's listed cottage, a student's exam results. Each is sent to the service that
// handles it, while the community group's version of the same words is still answered. The
// questions are worded afresh, not copied from any entry's examples or question set.
import { describe, it, expect } from '@jest/globals';
import { cliQuestion, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';
import { toPlainText } from '../../src/index.js';

const advisor = shippedAdvisor();
let thread = 0;

async function explain(text: string) {
  const x = await advisor.explain(cliQuestion(text, `personal-signposts:${thread++}`));
  const plain = toPlainText(x.reply);
  return { status: x.status, top: x.candidates[0]?.entryId, plain, signposted: x.reply.kind === 'fallback' && /(isn't|aren't) something I (cover|can do)|don't cover|can't help with/i.test(plain) };
}

describe('a personal question is signposted to the service that handles it', () => {
  it.each([
    ["I'm a council tenant, how much discount would I get if I bought my home?", /gov\.uk\/right-to-buy/],
    ['my mum wants to buy her council flat, can she still?', /gov\.uk\/right-to-buy/],
    ['does the right to acquire still exist for housing association tenants', /right-to-acquire/],
    ['do I need listed building consent to put double glazing in our listed farmhouse?', /historicengland\.org\.uk/],
    ['how can I check whether my home is listed', /historicengland\.org\.uk/],
    ['what is the process to get my building listed by Historic England for its architecture', /historicengland\.org\.uk/],
    ['what time do gcse results come out', /gov\.uk\/browse\/education/],
    ['my landlord keeps letting himself in when I am out, is that allowed', /shelter/],
    ['our landlord is putting the house we rent on the market, do we get first dibs on buying it?', /shelter/],
    ['how do I stand for election to the district council', /register-to-vote|how-to-vote/],
    ['could i use crowdfunding to pay for my dads knee operation', /111\.nhs\.uk|nhs\.uk/],
    ['would scottish independence change any of that', /register-to-vote|how-to-vote/],
    ["and when's the next independence vote likely", /register-to-vote|how-to-vote/],
    ['will we have to pay council tax on it', /gov\.uk\/browse\/tax/],
    ['our neighbours keep parking on the access track, can we get them towed', /citizensadvice\.org\.uk/],
    ["my neighbour's leylandii are blocking the hall's light, what can i do about him", /citizensadvice\.org\.uk/],
    ['cheapest train tickets from Leeds to London', /nationalrail/],
    ['how much stamp duty will our society pay on a £450k shop', /gov\.uk\/browse\/tax/],
    ['how do we register as a charity, and is there an income limit', /gov\.uk\/setting-up-charity/],
    ['can you draft our constitution for the new friends group', /uk\.coop/],
    ['honestly, will we win if the owner takes the listing to tribunal', /locality\.org\.uk/],
    ['a former volunteer sent us a subject access request for everything we hold on her, what do we do', /ico\.org\.uk/],
    ['could you explain how the windsor framework affects goods going to Belfast', /gov\.uk\/browse\/business\/imports-exports/],
    ['my neighbours are noisy every night, what can I do', /citizensadvice/],
    ['the neighbour next to the hall is so loud every night, how do I get them evicted', /citizensadvice|shelter/],
    ['honestly our neighbour is really noisy, what can we do', /citizensadvice/],
    ['roughly how many weeks does the fca take to register a new society', /uk\.coop/],
    ['be honest, will our nomination succeed if the pub has been shut for a year', /locality\.org\.uk/],
    ['how do I get a copy of my title deeds from the land registry', /gov\.uk\/buy-sell-your-home/],
    ['where would I find the deeds for my house, I think my late dad had them', /gov\.uk\/buy-sell-your-home/],
    ['whats the best way to ask for a pay rise at work', /acas\.org\.uk/],
    ['the freeholder of our block is selling up, do we leaseholders have first refusal on it', /lease-advice\.org/],
    ['is there a right to challenge a will if my aunt left everything to a neighbour', /applying-for-probate/],
    ['how big can a garden shed be before I need planning permission', /planningportal|gov\.uk/],
    ['where do I find central government IT contracts to bid for as a small software firm', /contracts-finder/],
    ['suggest a 30 day fitness challenge for the walking group', /nhs\.uk\/better-health/],
    ['got a PCN outside the library, how do I appeal it', /gov\.uk|council/i],
    ['is the help to buy scheme still open for first-time buyers', /gov\.uk\/buy-sell-your-home/],
    ['who has the best buy to let mortgage deal right now', /gov\.uk\/buy-sell-your-home/],
    ['are Lloyds bank shares worth buying this year', /moneyhelper/],
    ['which numbers to pick for the lottery on saturday', /gamblingcommission/],
    ['my train was delayed an hour, how do I get compensation', /nationalrail/],
    ['how long does a CT scan take to get results', /nhs\.uk/],
    ['could you write our application for the lottery grant and send it off', /search-property-information-land-registry/],
    ['can you find the owner\'s phone number for the old chapel on church lane', /search-property-information-land-registry/],
    ['can you give me the email of the acv officer at the city council', /search-property-information-land-registry/],
    ['the district has sent us a business rates bill for the community shop, can we get rate relief', /apply-for-business-rate-relief/],
    ['the cricket club and the parish are at loggerheads over who is liable for the repairs to the changing rooms', /lawworks\.org\.uk/],
    ['do you reckon wales will go independent one day', /register-to-vote|how-to-vote/],
    ['be honest, would a united ireland be better for the north', /register-to-vote|how-to-vote/],
    ['how do I evict my tenant from the flat above the shop, he has not paid for months', /gov\.uk\/evicting-tenants/],
    ['the owner ignored the moratorium and sold anyway, can we sue him?', /lawworks\.org\.uk/],
    ['honestly we want to take the landlord to court for letting the pub rot', /lawworks\.org\.uk/],
    ['the council ignored our eoi, could you draft a letter threatening to sue and represent us', /lawworks\.org\.uk/],
    ['can u phone the council for us and represent us at the review', /lawworks\.org\.uk/],
    ['lol my sister swears the old mill is haunted, any good ghost walks near us', /whatpub\.com/],
  ])('given "%s", it signposts it away with a source', async (text, source) => {
    const r = await explain(text);
    expect({ text, status: r.status, signposted: r.signposted, source: source.test(r.plain) }).toEqual({ text, status: 'fallback', signposted: true, source: true });
  });
});

describe("a community group's question in the same words is still answered", () => {
  it.each([
    ['is the new community right to buy the same thing as the right to buy for council tenants?', 'about-tenants-right-to-buy'],
    ['the pub is already grade II listed, is it still worth nominating it as an asset of community value?', 'acv-versus-listed-building'],
    ['is our pub listed by Historic England or as an asset of community value, and does it matter?', undefined],
    ['the council is leasing the old library to a tenant, can our group ask for an asset transfer instead?', undefined],
    ['we are a group of housing association tenants, can we nominate the shop on our estate as an asset of community value?', undefined],
    ['is there a grant to repair the sash windows of our listed chapel before we open it as a community hub?', undefined],
    ['we are a registered charity with no company behind us, can we ask to be treated as a bidder?', undefined],
    ['what community rights do groups have in Northern Ireland, and who gives advice there?', 'northern-ireland-community-rights'],
    ['the council refused our nomination: can we appeal, and how long do we have?', undefined],
    ['my neighbours are threatening to nominate my house as an ACV, can they do that?', undefined],
    ['can the owner sue our group for getting his pub listed?', 'acv-compensation'],
    ['the council refused our nomination, can we take the council to court?', undefined],
    ['the owner is threatening to sue our group for the sale he lost, do we have to pay?', 'acv-compensation'],
    ["owner says he's going to sue our group over the moratorium, can he?", 'acv-compensation'],
    ['what must the rules of a community benefit society say about an asset lock?', undefined],
    ['will there be stamp duty on top of the price when our society buys the building?', undefined],
    ['our group holds the lease on the village hall and the freeholder wants to sell, do we get first refusal?', undefined],
    ['the landlord of the pub died and the executors are selling it to pay the inheritance tax, does the moratorium apply?', undefined],
    ['can we use the right to challenge to run the council allotment service, and how long does it take?', undefined],
    ['if we win the right to challenge, does the council have to run a procurement exercise before we get the contract?', undefined],
    ['our running club wants to take over the council pavilion, is there a right to do that?', undefined],
    ['can you submit the nomination by email or does it have to be posted?', undefined],
    ['do we need the owner\'s phone number on the nomination form?', undefined],
    ['do we have to give the email address of the owner on the nomination?', undefined],
    ['in a business area neighbourhood plan, do the firms that pay business rates get their own referendum vote?', 'np-referendum'],
    ['is a 25 year lease from the council long enough for funders when we take over the pavilion?', undefined],
  ])('given "%s", it is not sent away as off-topic', async (text, entry) => {
    const r = await explain(text);
    expect({ text, signposted: r.signposted }).toEqual({ text, signposted: false });
    if (entry) expect({ text, status: r.status, top: r.top }).toEqual({ text, status: 'answered', top: entry });
  });
});

describe('a personal question after an answer is signposted, not read as a follow-up', () => {
  it('given the answer on who can use the Right to Challenge, "also how do i ask my manager for a pay rise lol" is sent to Acas rather than answered on the cost of the right', async () => {
    const chat = `personal-signposts:${thread++}`;
    await advisor.explain(cliQuestion('can council staff use the right to challenge to run their own service?', chat));
    const x = await advisor.explain(cliQuestion('also how do i ask my manager for a pay rise lol', chat));
    expect({ status: x.status, usedContext: x.usedContext }).toEqual({ status: 'fallback', usedContext: false });
    expect(toPlainText(x.reply)).toMatch(/acas\.org\.uk/);
  });
});
