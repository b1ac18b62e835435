// Asked mid-conversation to forecast someone's decision ("do you reckon the council will turn it
// down?") or to write to someone on the group's behalf, the advisor declines and says why, rather
// than reading the request as a follow-up on the topic. The signposts' patterns name the shape of
// such requests; no dev question the knowledge answers has that shape.
import { readdirSync } from 'node:fs';
import { describe, it, expect } from '@jest/globals';
import { matchOwn } from '../../src/dialogue/matcher.js';
import { KnowledgeHolder, toPlainText } from '../../src/index.js';
import { normalizeText } from '../../src/nlp/normalize.js';
import { cliQuestion, KNOWLEDGE_DIR, shippedAdvisor } from '../integration/core/support/shipped-advisor.js';
import { answerableQuestions } from './support/answerable-questions.js';

const BANK = new URL('../fixtures/question-bank/', import.meta.url);
const DEV_FILES = readdirSync(BANK).filter((f) => /^(conversations-)?dev(-\d+)?\.jsonl$/.test(f));

const advisor = shippedAdvisor();
let thread = 0;

describe('requests for a forecast or a letter are declined, even as follow-ups', () => {
  it.each([
    ['can the owner appeal against the listing?', "do you reckon she'd actually win at the tribunal?", /Forecasting/],
    ['how long does the council have to decide on our nomination?', 'so can you tell me whether the district will reject it, just yes or no', /Forecasting/],
    ['what community rights are there in Northern Ireland?', 'do you think the assembly will pass a law on it soon?', /Forecasting/],
    ['can we ask the council to transfer the old library to us?', 'could you write a stern letter to the council for us demanding they hand it over', /Acting for you/],
    ['the council refused to list our hall, can we challenge that?', 'would the tribunal side with us or with the council, honestly', /Forecasting/],
    ['the council refused to list our hall, can we challenge that?', 'so tell us whether we would win if we went to judicial review', /Forecasting/],
    ['the council refused to list our hall, can we challenge that?', 'could you prepare the judicial review claim for us then', /Acting for you/],
    ['the council refused to list our hall, can we challenge that?', 'could you just draft the appeal for us then', /Acting for you/],
    ['can we ask the council to transfer the old library to us?', 'could you look over the draft lease before we sign it', /Acting for you/],
    ['can we ask the council to transfer the old library to us?', 'can you tell us whether the council will say yes to a 25 year lease', /Forecasting/],
    ['the council refused to list our hall, can we challenge that?', 'realistically whats our chances if we jr them', /Forecasting/],
    ['what does the examiner check in a neighbourhood plan?', 'be honest will the examiner pass our housing policy', /Forecasting/],
    ['can the owner appeal against the listing?', 'can you just represent me at the tribunal, ill pay', /Acting for you/],
    ['can the owner appeal against the listing?', 'realistically is the owner going to take us to court over it?', /Forecasting/],
    ['is the new community right to buy in force yet?', 'be honest, will it be commenced before the pub is sold in the spring?', /Forecasting/],
    ['how does the moratorium work?', "if we offer the asking price do you reckon he'll take it?", /Forecasting/],
    ['what does the examiner check in a neighbourhood plan?', 'can you guarantee the examiner passes our plan', /Forecasting/],
    ['how does the moratorium work?', 'do u reckon the owner will actually accept a bid from us? he hates us', /Forecasting/],
    ['what community rights are there in Northern Ireland?', "d'you think stormont will bring in a right to buy next year", /Forecasting when the government/],
    ['can we ask the council to transfer the old library to us?', 'could you draft the lease and deal with the council for us? we cant afford a solicitor', /Acting for you/],
    ['what can the architectural heritage fund pay for?', 'do you think our application would get funded if we send it in june', /Forecasting/],
    ['can we ask the council to transfer the old library to us?', 'honestly would the council sign it off for a peppercorn, what do you reckon', /Forecasting/],
    ['can the owner appeal against the listing?', 'be honest, do we win if the owner takes it to the tribunal', /Forecasting/],
    ['how does the right to challenge work?', 'would the council reject our expression of interest? a straight answer please', /Forecasting/],
    ['can a parish council borrow from the public works loan board?', 'what rate would we get if we borrowed next spring', /Forecasting/],
    ['can the owner claim compensation if the pub is listed?', 'if he sells will he pay capital gains tax on it?', /tax question/],
    ['what does the examiner check in a neighbourhood plan?', 'will the examiner pass ours', /Forecasting/],
    ['what can the architectural heritage fund pay for?', 'be honest, will we hit our target?', /Forecasting/],
    ['what can the architectural heritage fund pay for?', "do u reckon we'll get it for a new kitchen at the scout hut", /Forecasting/],
    ['how does the moratorium work?', 'can u email the council for us', /Writing or sending/],
    ['how does the moratorium work?', 'could you ring the owner for me and ask his price', /Writing or sending/],
    ['how long does the council have to decide on our nomination?', 'd you reckon theyll list the old bakery', /Forecasting/],
    ['how much can a group get from the architectural heritage fund?', "do you think we'll raise 250 grand before the auction", /Forecasting/],
    ['what can the architectural heritage fund pay for?', 'honestly, would we reach 80000 by easter', /Forecasting/],
    ['how much can we get from awards for all?', 'will we get it then', /Forecasting/],
    ['is the new community right to buy in force yet?', 'd you reckon the new law will be in force before the owner sells next spring', /Forecasting when the government/],
    ['how does the moratorium work?', 'could u phone our ward councillor and ask her what she thinks', /Writing or sending/],
    ['how does the right to challenge work?', 'can you draft our expression of interest for us and send it to the county?', /Writing or sending/],
    ['how do we set up a neighbourhood forum?', 'could u draft our forum constitution for us', /rules or constitution/],
    ['how does the moratorium work?', 'do u reckon well definitely save our pub then', /Forecasting/],
    ['how does the moratorium work?', 'realistically could we outbid a developer', /Forecasting/],
    ['how much of the levy does a parish council get?', 'could you ring the borough and find out where our cil money went', /Writing or sending/],
    ['how does the moratorium work?', 'd you think our parish council will back it', /Forecasting/],
    ['the council refused to list our hall, can we challenge that?', 'would going to the tribunal really work for us, what do you reckon', /Forecasting/],
    ['can the owner claim compensation if the pub is listed?', 'i own the pub, if it gets listed will i get everything back that i lose', /Forecasting/],
    ['what does the examiner check in a neighbourhood plan?', 'would the examiner pass our plan you reckon', /Forecasting/],
    ['can we ask the council to transfer the old library to us?', "can you write a response to the council's refusal", /Acting for you/],
    ['can the council transfer the community centre to us on a lease?', 'should we turn down the offer', /decide for you/],
    ['can the council transfer the community centre to us on a lease?', 'should we accept a 10 year lease or push for 25 do you reckon', /decide for you/],
    ['what can awards for all pay for?', 'could you put together the funding application for me', /Writing or sending/],
    ['how does the right to challenge work?', 'can you read our expression of interest and tell us what to fix', /Writing or sending/],
    ['how does the moratorium work?', 'could you track down the owner for us', /Writing or sending/],
    ['how much can we get from awards for all?', 'do you think the youth club would get it? we need a new roof', /Forecasting/],
    ['is the new community right to buy in force yet?', 'do you think it will be commenced by the summer', /Forecasting when the government/],
    ['is the new community right to buy in force yet?', 'd you think the new right to buy will be up and running before our owner sells in june', /Forecasting when the government/],
    ['how much of the levy does a parish council get?', 'so how much would the parish get next year', /Forecasting/],
    ['can we ask the council to transfer the old library to us?', 'if we ask nicely would the council agree to a peppercorn rent', /Forecasting/],
    ['how does the moratorium work?', 'what did the new owner of the red lion pay for it', /particular building is worth/],
    ['how does the moratorium work?', 'could you phone the agent selling it and tell him to hold off', /Writing or sending/],
    ['how do we nominate a pub as an asset of community value?', 'could u fill out the nomination for us then send it in', /Writing or sending/],
    ['how long should the pre-submission consultation run?', 'could you design a flyer for us to post through doors', /Writing or sending/],
    ['how does the right to challenge work?', 'would the county choose our group do you reckon', /Forecasting/],
    ['can the owner appeal against the listing?', 'think the tribunal will turn it down?', /Forecasting/],
    ['can the council transfer the community centre to us on a lease?', 'd you think the cabinet would go for it in our case', /Forecasting/],
    ['can we ask the council to transfer the old library to us?', 'do u think ours will be one of the lucky ones', /Forecasting/],
    ['how does the moratorium work?', 'will the owner hold off for us do you reckon', /Forecasting/],
    ['is the new community right to buy in force yet?', 'will it be live before our landlord sells up do you think', /Forecasting when the government/],
    ['can the owner claim compensation if the pub is listed?', 'he says hes taking us to court over it, should we just settle', /decide for you/],
    ['who can advise a parish council?', 'could u ring acre and arrange a visit', /Writing or sending/],
    ['how much can we get from awards for all?', 'would you fill out the grant application form for our treasurer', /Writing or sending/],
    ['how do we apply to the public works loan board?', 'could u fill the forms in for me', /Writing or sending/],
    ['when do we need a solicitor?', 'know a good valuer round cheltenham?', /Recommending a particular firm/],
    ['how do we start a neighbourhood plan?', 'can u recommend a planning consultant in leeds', /Recommending a particular firm/],
    // Any errand, however it is worded, and whoever it is for.
    ['who gives free planning advice to groups?', 'could you book our steering group a slot with them next week', /Writing or sending/],
    ['how do we register as a community benefit society?', 'can u register us with the fca while im on holiday', /Writing or sending/],
    ['how do we run a share offer?', 'would you post the launch on our instagram for us', /Writing or sending/],
    ['can the council transfer the community centre to us on a lease?', 'negotiate with their property team on our behalf, theyre ignoring us', /Writing or sending/],
    ['what goes in a written request to be treated as a bidder?', 'great, pls email it to the council today', /Writing or sending/],
    ['what does Plunkett UK do?', 'we need the phone number for their advice line, can you find it', /Writing or sending/],
    ['can our CIC nominate a building?', 'is our constitution legally valid? just confirm it for us', /Writing or sending/],
    ['can a parish council borrow from the public works loan board?', 'could you do our annual accounts before we apply', /Writing or sending/],
    ['when can the owner appeal to the tribunal?', 'would u be able to speak for us when it is heard', /Acting for you/],
    // A decision-maker's verdict, or the group's own result, forecast in any order of words.
    ['how does the council decide on a nomination?', 'realistically is the district going to list our allotments', /Forecasting/],
    ['what price does the owner have to accept?', 'if we bid 200k will the seller take it', /Forecasting/],
    ['how does a neighbourhood plan referendum work?', 'do you reckon the residents will vote for it, some hate change', /Forecasting/],
    ['how do community share offers work?', 'we need 300 grand. be straight with me, are we going to hit it', /Forecasting/],
    ['how do we ask the council for a building?', 'and when we ask for the old depot will they say yes', /Forecasting/],
    ['is the new community right to buy in force yet?', 'so when are they going to switch it on, any idea', /Forecasting when the government/],
    ['what did the 2026 act change?', 'if there is a new government will they repeal it', /Forecasting when the government/],
    // The group's own choice, or a particular firm for it.
    ['how long a lease do funders want for a transfer?', 'they offered 15 years with full repairing terms, should we accept the offer or push for more', /decide for you/],
    ['how does the owner review work?', 'honestly what would you do if you were us', /decide for you/],
    ['when do we need a solicitor?', 'which solicitor should we instruct for the lease', /Recommending a particular firm/],
    // Errands put as a wish, inside a story, or through someone else.
    ['what goes in a nomination?', 'the secretary wondered if you could write up the nomination ready for her to sign', /Writing or sending/],
    ['what does a neighbourhood plan have to meet?', 'can you go through the plan and say whether it is compliant', /Writing or sending/],
    ['what does Locality do?', 'any chance you could dig out the name of their director for me', /Writing or sending/],
    ['who decides a nomination?', 'would you come along to the licensing meeting and back us up', /Writing or sending/],
    ['how do we ask the council for a building?', 'could you drop a line to their estates manager on our behalf', /Writing or sending/],
    // Forecasts of odds, verdicts and sums.
    ['how does the owner review work?', 'so am i going to win if i ask for a review', /Forecasting/],
    ['how much can we get from awards for all?', 'whats the odds they fund our roof', /Forecasting/],
    ['what does the examiner check?', 'reckon ours will go through first time', /Forecasting/],
    ['how do community shares work?', 'how much will we raise with a share offer in a village of 900', /Forecasting/],
    // Choices that are the group's own.
    ['how long a lease do funders want?', 'they have put a 20 year lease on the table, do we sign it or walk away', /decide for you/],
    ['what can a parish council spend its levy share on?', 'should the parish spend it on the hall roof or save it', /decide for you/],
    ['can a community benefit society nominate an asset?', 'cic or cbs, just choose one for us', /decide for you/],
    // Third round: likelihoods, sums and gifts forecast; papers done or checked; choices.
    ['how does the owner review work?', 'how likely is the owner to get it taken off the list', /Forecasting/],
    ['how do community shares work?', 'reckon we could raise 250k by march', /Forecasting/],
    ['how do we ask the council for a building?', 'will they give us the lease if we ask nicely', /Forecasting/],
    ['what happens if the price goes to an independent valuer?', 'which valuation will they go with, ours or his', /Forecasting/],
    ['is there a fund for neighbourhood plans?', 'do u think theyll bring the grants back', /Forecasting when the government/],
    ['what goes in a nomination?', 'pls check it for us before we send it', /Writing or sending/],
    ['how do we run a share offer?', 'could you put our prospectus together for the launch', /Writing or sending/],
    ['what can the owner do after a moratorium?', 'should we sell it on now or wait and see', /decide for you/],
    // Fourth round: decisions forecast however the message goes on; a government's timing; papers
    // written, mended or vetted; roles taken; people contacted; firms named; asides.
    ['can a sports ground be listed?', 'so will rotherham list it or not, what do u reckon', /Forecasting/],
    ['how can a parish council borrow money?', 'honestly would villagers stomach a bigger precept to repay it', /Forecasting/],
    ['how does the community infrastructure levy work?', 'will our town council see six figures from the new estate', /Forecasting/],
    ['how do community shares work?', 'truthfully do you think a hamlet of 300 could raise 200k in time', /Forecasting/],
    ['how do community shares work?', 'we need 60k, reckon we smash it?', /Forecasting/],
    ['can we ask the secretary of state to intervene?', 'would the minister step in in our case, the hall is falling down', /Forecasting/],
    ['how does the right to challenge work?', 'would the county accept our bid do you think, we have run the library for years', /Forecasting/],
    ['is the new community right to buy in force yet?', 'when is the government planning to switch it on', /Forecasting when the government/],
    ['what changed for neighbourhood plans?', 'got any idea when they bring the new tests in', /Forecasting when the government/],
    ['what changed for neighbourhood plans?', 'are the rules going to be changed again in 2027', /Forecasting when the government/],
    ['what does awards for all pay for?', 'ok you do our application instead then', /Writing or sending/],
    ['what does awards for all pay for?', 'could you word the budget bit for us, we are hopeless at it', /Writing or sending/],
    ['what goes in an expression of interest?', 'could you tidy up our EOI, it reads badly', /Writing or sending/],
    ['how do we set up a neighbourhood forum?', 'would you act as our chair for the first meeting', /Writing or sending/],
    ['what does the examiner check in a neighbourhood plan?', 'I will paste our draft policies, say if they are compliant', /Writing or sending/],
    ['what does the examiner check in a neighbourhood plan?', 'tell us whether our housing policies would be lawful', /Writing or sending/],
    ['can the owner appeal against the listing?', 'the owner keeps emailing us, could you respond to him on our behalf', /Writing or sending/],
    ['how does the moratorium work?', 'can you message my local councillor about it', /Writing or sending/],
    ['how long does a listing last?', 'could you share a post about it on our village facebook page', /Writing or sending/],
    ['do we need a solicitor to set up a community benefit society?', 'which solicitors in north yorkshire should we instruct', /Recommending/],
    ['what can the owner do after a moratorium?', 'he wants a deposit up front, should we just go ahead', /decide for you/],
    ['can the owner claim compensation if the pub is listed?', 'should we take them to court first', /take someone to court/],
    ['how does crowdfunding work?', 'the donate button wont load on my phone, how do i fix that', /Computer problems/],
    ['what does the village halls fund pay for?', 'the booking app keeps kicking me out, any ideas', /Computer problems/],
    ['who can nominate an asset?', 'random but in a separation do I get half the house', /family matters/],
    ['what is an asset of community value?', 'off topic but best way to get there from luton airport?', /journey planning/],
    // Fifth round: parties' merits; outcomes forecast in the forms people type ("he'll", "wins",
    // "or not", "keep his word"); website set-up; one's own separation; errands handed over with
    // details, meetings, pasted papers, a trailing "could you"; choices and professionals named.
    ['how does the new right to buy differ from the old one?', 'which party do u reckon cares most about pubs', /party politics/],
    ['what changed for neighbourhood plans?', 'whats your view on labours planning reforms then', /party politics/],
    ['how does the moratorium work?', "do you think he'll take our offer of 280k", /Forecasting/],
    ['can a bowls club be listed?', 'so u reckon theyll list the bowls club or not', /Forecasting/],
    ['can the owner appeal against the listing?', 'tbh do u think she wins at tribunal', /Forecasting/],
    ['how does the right to challenge work?', 'will they accept ours, we are only a tiny group', /Forecasting/],
    ['how does the moratorium work?', 'will the seller really stick to the deal and sell to the village', /Forecasting/],
    ['how do community shares work?', 'be straight with me whats our chance of saving it', /Forecasting/],
    ['what does the examiner check in a neighbourhood plan?', 'realistically is the plan getting past the examiner', /Forecasting/],
    ['what can the owner do after a moratorium?', 'honestly do you think the new owners will turn it into flats', /Forecasting/],
    ['how does crowdfunding work?', 'our wix site wont publish, any idea', /Computer problems/],
    ['who can nominate an asset?', 'unrelated but my separation is getting messy, who gets the car', /family matters/],
    ['how do we ask the council for a building?', 'could you set up a call with the planning officer for us', /Writing or sending/],
    ['how do we set up a neighbourhood forum?', 'come along with me to the parish meeting on monday', /Writing or sending/],
    ['what goes in a nomination?', "i'll send you her details so you can do the rest", /Writing or sending/],
    ['what does the examiner check in a neighbourhood plan?', 'we can paste the draft here, tell us if it passes', /Writing or sending/],
    ['what goes in a nomination?', 'can you check if its legally watertight', /Writing or sending/],
    ['how does the moratorium work?', "phone the estate agent and tell him we're interested, could you", /Writing or sending/],
    ['what goes in a nomination?', 'can u submit the renomination to the district for us', /Writing or sending/],
    ['how do we ask the council for a building?', 'great, message the clerk for us and ask about the hall', /Writing or sending/],
    ['how do we ask the council for a building?', 'get in touch with the agent for us', /Writing or sending/],
    ['what does awards for all pay for?', 'fill out his renewal paperwork for him', /Writing or sending/],
    ['how does community asset transfer work?', 'which lease should we go for', /decide for you/],
    ['how does community asset transfer work?', 'just tell me what to do here', /decide for you/],
    ['do we need a planning consultant for a neighbourhood plan?', 'which barrister should we instruct', /Recommending/],
    ['what does a valuation involve under the new right?', 'who is the best valuer round here', /Recommending/],
    // Sixth round: a view asked on what someone will do ("do you think", "in your view", "gut
    // feeling"); the group's own sums and votes; choices put with "or"; errands with reminders,
    // notices, drafts sent off; one's own hours cut at work.
    ['how long does a developer have to pay the levy?', 'will the developer actually start on site next year do you think', /Forecasting/],
    ['can the owner appeal against the listing?', 'is the landlord going to fight it in your view', /Forecasting/],
    ['how does the right to challenge work?', 'will the members vote it through, gut feeling?', /Forecasting/],
    ['how does pride in place work?', 'is our village going to get chosen next time, what do you think', /Forecasting/],
    ['can the owner claim compensation if the pub is listed?', 'roughly how much is he going to claw back off the council', /Forecasting/],
    ['how do community shares work?', 'honestly could a town our size raise 500k', /Forecasting/],
    ['how do community shares work?', 'we are at 90k of 150k, are we gonna hit it', /Forecasting/],
    ['how does a neighbourhood plan referendum work?', 'with all the objections will the plan clear half', /Forecasting/],
    ['how does the community infrastructure levy work?', 'how much will the parish receive over the next five years', /Forecasting/],
    ['how does the architectural heritage fund work?', 'our chair says the fund will definitely approve us, is that right', /Forecasting/],
    ['how does community asset transfer work?', 'do u recommend we take the lease or hold out for the freehold', /decide for you/],
    ['how do we set up a community benefit society?', 'should we register as one or not', /decide for you/],
    ['how does community asset transfer work?', 'which is the smarter option here, just tell me which', /decide for you/],
    ['can we challenge a refusal to list?', 'court or settle, we have to decide by friday', /decide for you/],
    ['how long does a listing last?', 'could you set us a reminder for when it runs out', /Writing or sending/],
    ['how does the moratorium work?', 'would you reach out to the agent and ask what he wants', /Writing or sending/],
    ['how do we designate a neighbourhood area?', 'can u write the wording for the parish website for me', /Writing or sending/],
    ['how does the right to challenge work?', 'could you just knock up a draft of ours', /Writing or sending/],
    ['how does the moratorium work?', 'could you complete the survey form and post it off to them', /Writing or sending/],
    ['who can nominate an asset?', 'also my employer slashed my hours last week, is that legal', /your job/],
    // Seventh round: the same kinds, typed as the latest banks' writers typed them.
    ['who can nominate an asset?', 'also im going thru a divorce, who keeps the house', /family matters/],
    ['what changed for neighbourhood plans?', 'whats your honest view on labour running the council', /party politics/],
    ['is the new community right to buy in force yet?', 'do u think they will axe it after the election', /Forecasting when the government/],
    ['is the new community right to buy in force yet?', 'honestly will the new law be in force by next summer', /Forecasting when the government/],
    ['how do community shares work?', 'realistically could 200 of us find 300k by the spring', /Forecasting/],
    ['how do community shares work?', 'we have 40k pledged, or are we kidding ourselves', /Forecasting/],
    ['how does the moratorium work?', 'will the owner of the red lion accept 250k', /Forecasting/],
    ['how long does the council have to decide on our nomination?', 'honestly is the council going to sit on it for months', /Forecasting/],
    ['how do community shares work?', 'will we reach the target if we start in march', /Forecasting/],
    ['how does the moratorium work?', 'do we really stand a chance', /Forecasting/],
    ['how does the moratorium work?', 'do we even have a hope', /Forecasting/],
    ['how do community shares work?', 'loan or shares, which is right for us', /decide for you/],
    ['how does community asset transfer work?', 'the club has been offered a 10 year lease, should they sign it', /decide for you/],
    ['how do we start a neighbourhood plan?', 'do we drop the plan or push on', /decide for you/],
    ['what does awards for all pay for?', 'could you complete our lottery application for us', /Writing or sending/],
    ['how does community asset transfer work?', 'can u chase him pls', /Writing or sending/],
    ['how do we set up a neighbourhood forum?', "while you're at it do our minutes", /Writing or sending/],
    ['how do we set up a community benefit society?', 'register our cbs with the fca for us', /Writing or sending/],
    ['how does community asset transfer work?', 'pasting the lease here, is it legally sound', /Writing or sending/],
    ['what goes in a nomination?', 'then check its legally watertight for us pls', /Writing or sending/],
    ['how does the moratorium work?', 'ok cool now ring the clerk and get it on the agenda for us', /Writing or sending/],
    ['how do we set up a neighbourhood forum?', 'any chance you could chair our first meeting', /Writing or sending/],
    ['can the owner appeal against the listing?', 'write a polite letter to the owner for me', /Writing or sending/],
    ['how long does a listing last?', 'post this on our facebook page', /Writing or sending/],
    ['how do community shares work?', 'could you fill out the co-op development grant form for us, we are swamped', /Writing or sending/],
    ['how do we set up a community benefit society?', "i've copied our rules in below, tell us if they work", /Writing or sending/],
    ['how do we set up a community benefit society?', 'weve pasted the draft rules underneath, any good?', /Writing or sending/],
    ['what grants are there for a village hall roof?', 'can u complete the heritage fund enquiry form for me', /Writing or sending/],
    ['how do community shares work?', "we need to raise 400k by march, do you reckon we'll make it", /Forecasting/],
    ['how do community shares work?', 'we have to find 200k, realistically will we hit it', /Forecasting/],
  ])('given "%s" answered, "%s" is declined with the reason', async (first, next, says) => {
    const id = `forecast-letter:${thread++}`;
    expect((await advisor.explain(cliQuestion(first, id))).status).toBe('answered');
    const r = await advisor.explain(cliQuestion(next, id));
    expect({ next, status: r.status, says: says.test(toPlainText(r.reply)) }).toEqual({ next, status: 'fallback', says: true });
  });

  it.each([
    ['what is an asset of community value?', 'got any jokes about planning officers for our quiz night', /Jokes/],
    ['how does a neighbourhood plan referendum work?', 'off the record which party is best for village pubs', /party politics/],
    ['who can nominate an asset?', 'sorry one more, the treasurer\'s laptop keeps freezing, any tips', /Computer problems/],
    ['how does a neighbourhood plan referendum work?', 'who is going to win the title this year', /Sports fixtures/],
    ['what are the community rights in Northern Ireland?', 'whats the cheapest train from Belfast to Dublin', /journey planning/],
  ])('given "%s" answered, an aside off the subject ("%s") is declined with where to look', async (first, next, says) => {
    const id = `forecast-letter:${thread++}`;
    expect((await advisor.explain(cliQuestion(first, id))).status).toBe('answered');
    const r = await advisor.explain(cliQuestion(next, id));
    expect({ next, status: r.status, says: says.test(toPlainText(r.reply)) }).toEqual({ next, status: 'fallback', says: true });
  });

  it.each([
    ['has the community right to challenge been scrapped?', 'also did boro win last night lol'],
    ['how does the moratorium work?', 'did spurs lose on saturday'],
    ['how does the moratorium work?', 'did you see the villa score last night'],
    ['what is an asset of community value?', 'who won the league cup last year btw'],
    ['what is an asset of community value?', 'random one but did u catch the rovers match'],
  ])('given "%s" answered, a team\'s result asked next ("%s") is declined with where to look', async (first, next) => {
    const id = `forecast-letter:${thread++}`;
    expect((await advisor.explain(cliQuestion(first, id))).status).toBe('answered');
    const r = await advisor.explain(cliQuestion(next, id));
    expect({ next, status: r.status, says: /Sports fixtures/.test(toPlainText(r.reply)) }).toEqual({ next, status: 'fallback', says: true });
  });

  it.each([
    ['how does the moratorium work?', 'what are the chances he sells to a developer after all that, is he even allowed to?'],
    ['what can the owner do after a moratorium?', 'whats the likelihood the owner sells elsewhere, and is the owner allowed to once it ends?'],
  ])('given "%s" answered, a forecast beside a question of what someone is allowed to do ("%s") is answered', async (first, next) => {
    const id = `forecast-letter:${thread++}`;
    expect((await advisor.explain(cliQuestion(first, id))).status).toBe('answered');
    const r = await advisor.explain(cliQuestion(next, id));
    expect({ next, status: r.status }).toEqual({ next, status: 'answered' });
  });

  it.each([
    'do we attach a map to the nomination?',
    'the owner never answers his phone, how do we stop it being sold?',
    'do we need to do our accounts differently as a community benefit society?',
    'would he have to sell it or not once the moratorium ends?',
    'can you edit the nomination once it has gone in?',
    'can you join our neighbourhood forum if you live outside the area?',
    'do you know when they start counting the six weeks?',
    'who is the best one to ask about grants?',
    'will the rules change in 2026 under the new act?',
    'can you remind me what the six weeks is for?',
    'does he really have a chance to object before it is listed?',
    'does the owner have to go along with our offer once the six months are up?',
    'would he have to sell it or not once the six months are up, do you think',
  ])('given a fair question that shares words with a request\'s shape ("%s"), no signpost takes it', (text) => {
    const { index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    const decision = matchOwn(index, text) as { decision: { offTopicId?: string } };
    expect({ text, signpost: decision.decision.offTopicId }).toEqual({ text, signpost: undefined });
  });

  it('given "did you see the referendum result", the sports signpost leaves it alone: a vote\'s result is not a match\'s', () => {
    const { index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    const decision = matchOwn(index, 'did you see the referendum result in the next parish') as { decision: { offTopicId?: string } };
    expect(decision.decision.offTopicId).not.toBe('sport-fixtures');
  });

  it('given "do you think we get it at a discount under the new right?", the forecast signpost leaves it alone: it asks what the rules give, not how the case ends', () => {
    const { index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    const decision = matchOwn(index, 'do you think we get it at a discount under the new right?') as { decision: { offTopicId?: string } };
    expect(decision.decision.offTopicId).not.toBe('predictions');
  });

  it('given "could you fill in the nomination form for us", the errands signpost leaves it to the nomination entry, which says what the form needs', () => {
    const { index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    for (const text of ['could you fill in the nomination form for us', 'can u fill in our acv nomination form for us']) {
      const decision = matchOwn(index, text) as { decision: { offTopicId?: string } };
      expect({ text, signpost: decision.decision.offTopicId }).toEqual({ text, signpost: undefined });
    }
  });

  it('given a result that names what was won ("did the owner win his appeal yesterday?"), the sports signpost leaves it alone', () => {
    const { index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    const decision = matchOwn(index, 'did the owner win his appeal yesterday') as { decision: { offTopicId?: string } };
    expect(decision.decision.offTopicId).not.toBe('sport-fixtures');
  });

  it('given every dev question the knowledge answers, no signpost pattern takes one the phrases leave alone', () => {
    const { kb, index } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    // A signpost's patterns stand aside where one of its "unless" patterns (a fair question beside the shape) matches.
    const patterns = kb.offTopic.flatMap((o) => (o.patterns ?? []).map((p) => ({ p, unless: o.unless ?? [] })));
    expect(patterns.length).toBeGreaterThan(0);
    const takes = (text: string) => patterns.some(({ p, unless }) => p.test(text) && !unless.some((u) => u.test(text)));
    const questions = answerableQuestions(DEV_FILES);
    expect(questions.length).toBeGreaterThan(5000);
    // A question the signposts' phrases already decline ("can you tell me if our nomination will
    // succeed?") is not the patterns' doing.
    const phrasesOnly = { ...index, offTopic: index.offTopic.map((o) => ({ ...o, patterns: [] })) };
    const taken = questions
      .filter((q) => takes(normalizeText(q)))
      .filter((q) => matchOwn(phrasesOnly, q).decision.status !== 'fallback' || !(matchOwn(phrasesOnly, q).decision as { offTopicId?: string }).offTopicId);
    expect(taken).toEqual([]);
  });
});
