// Facts a volunteer is likely to need, each stated in the entry they land on, with the provision or
// page it comes from. Checked on the entry itself rather than through the matcher, so a change in
import { answerReply } from '../../src/reply/compose.js';
// ranking cannot hide a missing fact, and a fact removed from its entry fails here by name.
import { describe, it, expect } from '@jest/globals';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, loadKnowledge, toPlainText } from '../../src/index.js';

const KNOWLEDGE_DIR = 'knowledge';
const { kb } = loadKnowledge(KNOWLEDGE_DIR);

interface Fact {
  /** The volunteer's need, in their words. */
  need: string;
  entry: string;
  /** Every pattern must appear in the entry's title or answer. */
  says: RegExp[];
  /** A source of the entry must contain this address fragment. */
  cites: string;
}

const FACTS: Fact[] = [
  // right to bid
  { need: 'which law and regulations set up the right to bid, and since when', entry: 'acv-what-is', says: [/sections 87 to 108/, /21 September 2012/, /never brought into force/i], cites: 'uksi/2012/2421/regulation/1' },
  { need: 'what a neighbouring council is, for local connection', entry: 'acv-who-can-nominate', says: [/boundary touches/i], cites: 'uksi/2012/2421/regulation/1' },
  { need: 'who may nominate, asked together with whether a place qualifies ("we are a CIC, can we nominate the field?")', entry: 'acv-what-qualifies', says: [/community interest company/, /\*\*21 or more\*\*/, /local connection/], cites: 'uksi/2012/2421/regulation/5' },
  { need: 'where a refused nomination is recorded', entry: 'acv-nomination-refused', says: [/list of unsuccessful nominations/i, /5 years/], cites: 'ukpga/2011/20/section/93' },
  { need: 'whether the group can appeal when the owner wins the review', entry: 'acv-owner-review-appeal', says: [/no right of appeal/i, /judicial review/i], cites: 'ukpga/2011/20/section/92' },
  { need: 'whether the council tells the nominating group about the owner\'s notice', entry: 'acv-owner-notice-to-sell', says: [/nominating group/i, /s\.97\(3\)/], cites: 'ukpga/2011/20/section/97' },
  { need: 'who can answer the owner\'s notice by asking to bid, and that a neighbourhood forum cannot', entry: 'acv-owner-notice-to-sell', says: [/community interest group/i, /neighbourhood forum or an informal group cannot/i], cites: 'uksi/2012/2421/regulation/12' },
  { need: 'whether the council passes the bidder request to the owner', entry: 'acv-interim-moratorium-6-weeks', says: [/on to the owner/i], cites: 'ukpga/2011/20/section/98' },
  { need: 'whether heads of terms on a sale stop the moratorium applying', entry: 'acv-which-sales-are-caught', says: [/heads of terms/i, /until contracts are exchanged/i], cites: 'ukpga/2011/20/section/96' },
  { need: 'whether a council can be made to transfer a building cheaply', entry: 'cat-best-consideration', says: [/It is the council's discretion: no right to a transfer/], cites: 'ukpga/1972/70/section/123' },
  { need: 'whether a change of trustees is a caught sale', entry: 'acv-which-sales-are-caught', says: [/trustees/i, /partners/i, /option/i], cites: 'ukpga/2011/20/section/95' },
  { need: 'whether listing freezes a sale straight away', entry: 'acv-what-it-does-not-do', says: [/no freeze/i, /tells the council/i], cites: 'ukpga/2011/20/section/95' },
  { need: 'how long a group has to ask to bid and how long the sale is then paused, from what listing does', entry: 'acv-what-it-does-not-do', says: [/6 weeks\*{0,2} from the owner's notice/i, /6 months\*{0,2} in all/i], cites: 'ukpga/2011/20/section/95' },
  { need: 'whether the owner can still sell to the group after the pause', entry: 'acv-protected-period-18-months', says: [/any point in the 18 months/i], cites: 'uksi/2012/2421/regulation/13' },
  { need: 'whether a hotel can be listed', entry: 'acv-exclusions', says: [/hotel/i, /partly-residential exception/i], cites: 'uksi/2012/2421/schedule/1' },
  { need: 'which councils keep the lists, and whether there is a national list', entry: 'acv-find-the-list', says: [/no single national list/i, /s\.106/], cites: 'ukpga/2011/20/section/106' },
  { need: 'how many assets have been listed, and what is listed most', entry: 'acv-how-many-listed', says: [/2,600/, /269/, /3,000/, /pubs/i, /2%/], cites: 'sportandrecreation.org.uk' },
  { need: 'who can trigger the full moratorium, from its own answer', entry: 'acv-full-moratorium-6-months', says: [/own parish/i], cites: 'ukpga/2011/20/section/95' },
  { need: 'whether a council can claim compensation', entry: 'acv-compensation', says: [/cannot claim/i], cites: 'uksi/2012/2421/regulation/15' },
  { need: 'who pays compensation when a town or parish council nominated', entry: 'acv-compensation', says: [/council that listed it/, /not from the community group or parish council/], cites: 'uksi/2012/2421' },
  // 2026 right to buy
  { need: 'what else the 2026 Act does', entry: 'crtb-2026-what-changed', says: [/strategic authorities/i, /neighbourhood governance/i, /Local Audit Office/, /upwards-only rent reviews/i, /supplementary vote/i], cites: 'ukpga/2026/23' },
  { need: 'whether any regulations under the 2026 Act touch ACVs', entry: 'crtb-in-force-yet', says: [/SI 2026\/519/, /4 June 2026/, /combined authorities/i], cites: 'uksi/2026/519' },
  { need: 'what happens if the money is not raised in time', entry: 'crtb-moratorium-12-months', says: [/not obliged/i, /anyone at any price/i], cites: 'ukpga/2026/23' },
  // neighbourhood planning
  { need: 'whether the council must tell the parish about planning applications', entry: 'np-after-referendum', says: [/notify/i, /later policy wins/i], cites: 'ukpga/2017/20/section/2' },
  { need: 'what a neighbourhood priorities statement is and whether one can be made', entry: 'np-2026-changes', says: [/lighter-touch alternative/i, /not yet available/i], cites: 'uksi/2026/169/regulation/3' },
  { need: 'what the examiner can recommend and when the council must consult', entry: 'np-examination', says: [/modifications/i, /consult/i, /no transitional rule/i], cites: 'ukpga/1990/8/schedule/4B/paragraph/8' },
  { need: 'whether national policy or a newer local plan can override a made plan', entry: 'np-modify-plan', says: [/later one prevails/i, /national development management policies/i], cites: 'ukpga/2004/5/section/38' },
  // other nations
  { need: 'whether the 2026 right to buy reaches Northern Ireland', entry: 'northern-ireland-community-rights', says: [/England\*\* only|England only/], cites: 'gov.uk' },
  { need: 'whether England has anything like Scotland\'s asset transfer right', entry: 'scotland-community-rights', says: [/England has no equivalent/i, /23 January 2017/, /six months before applying/i], cites: 'ssi/2016/357' },
  { need: 'whether neighbourhood plans exist in Wales', entry: 'wales-community-rights', says: [/only in \*\*England\*\*/], cites: 'legislation.gov.uk' },
  // asset transfer and right to challenge
  { need: 'the legal term for the price a council must get', entry: 'cat-best-consideration', says: [/best consideration/i, /£2 million/], cites: 'ukpga/1972/70/section/123' },
  { need: 'whether a short lease the council offers (7 years or less) is long enough for funders', entry: 'cat-best-consideration', says: [/7 years or less/, /25 years or more/], cites: 'ukpga/1972/70/section/123' },
  { need: 'whether the council can change an expression of interest without agreement', entry: 'rtc-eoi-contents', says: [/your group agrees/i, /withdraw/i], cites: 'ukpga/2011/20/section/84' },
  { need: 'what an expression of interest contains, from the overview', entry: 'rtc-what-is', says: [/finances/i, /capable/i, /partners or sub-contractors/i], cites: 'uksi/2012/1313' },
  { need: 'whether the Right to Challenge can stop a closure, said in those words', entry: 'rtc-not-for-closures', says: [/cannot\*{0,2} stop a closure/i], cites: 'ukpga/2011/20/section/83' },
  { need: 'whether winning the service contract brings the building with it', entry: 'rtc-procurement', says: [/not\*{0,2} give you the building/i, /community asset transfer/i], cites: 'ukpga/2011/20/section/83' },
  { need: 'what a group can do when the council says no to a transfer', entry: 'cat-how-to-approach', says: [/no appeal/i, /asset of community value/i, /Right to Reclaim Land/], cites: 'ukpga/1972/70/section/123' },
  { need: 'how far below value a council may transfer without asking the government, from the overview', entry: 'cat-what-is', says: [/£2 million or less/, /General Disposal Consent/], cites: 'hansard.parliament.uk/Commons/2007-04-17' },
  { need: 'who can nominate, from the answer on how to nominate', entry: 'acv-nominate', says: [/parish council/i, /voluntary or community body/i], cites: 'ukpga/2011/20/section/89' },
  { need: 'whether listing on its own stops demolition or a change of use', entry: 'acv-pub-planning-permission', says: [/does not by itself prevent a change of use or demolition/], cites: 'uksi/2017/619' },
  { need: 'how many members a right to build organisation needs, and what its constitution must say', entry: 'rtbo-what-is', says: [/10 members who live in the area, in different homes/, /asset lock/i, /statement of community benefit/], cites: 'uksi/2012/637/regulation/13' },
  { need: 'whether a sports ground no longer used can still be listed', entry: 'crtb-sports-grounds', says: [/recent past/, /5 years/, /s\.88\(2\)/], cites: 'ukpga/2011/20/section/88' },
  { need: 'what the new right would give, from the answer on whether it is in force', entry: 'crtb-in-force-yet', says: [/first refusal/, /market value/, /Not as far as we can confirm/], cites: 'ukpga/2026/23' },
  { need: 'whether the grant pool a web page claimed for the new right is real', entry: 'crtb-in-force-yet', says: [/lexlords/, /not been confirmed/], cites: 'ukpga/2026/23' },
  { need: 'whether any money comes with the new right, from the answer on whether it is in force', entry: 'crtb-in-force-yet', says: [/Community Ownership Fund\*\* closed in December 2024/, /no replacement is confirmed/], cites: 'ukpga/2026/23' },
  { need: 'what the council does on the land side once it lists, from the decision answer', entry: 'acv-council-decision', says: [/local land charge/, /restriction/], cites: 'ukpga/2011/20/section/100' },
  { need: 'when the right to challenge started, asked after its timings ("when did it start")', entry: 'rtc-timing', says: [/27 June 2012/], cites: 'uksi/2012/1313/made' },
  // funding and help
  { need: 'whether a share offer can still be paired with the Community Ownership Fund', entry: 'fund-community-shares', says: [/Community Ownership Fund/, /\*\*closed\*\*/], cites: 'community-ownership-fund-round-4' },
  { need: 'what the neighbourhood planning grants offered and when support ended', entry: 'fund-neighbourhood-planning-grants', says: [/£10,000/, /£8,000/, /AECOM/, /Groundwork/, /March 2026/], cites: 'neighbourhoodplanning.org' },
  { need: 'who was in the Community Ownership Fund support consortium', entry: 'fund-community-ownership-fund', says: [/led by \*\*Locality\*\*/, /50% match/, /283 in England/], cites: 'gov.uk' },
  { need: 'what a community group can use instead of the PWLB', entry: 'fund-pwlb', says: [/Key Fund/, /Better Society Capital/, /community shares/i], cites: 'dmo.gov.uk' },
  { need: 'whether the Community Ownership Fund could top up a loan instead, asked alongside the PWLB', entry: 'fund-pwlb', says: [/Community Ownership Fund/, /closed in December 2024/], cites: 'community-ownership-fund-prospectus' },
  { need: 'whether the rule on using any surplus locally applies to a charity', entry: 'acv-who-can-nominate', says: [/does not apply to charities or community interest companies/i], cites: 'uksi/2012/2421/regulation/4' },
  { need: 'when the Neighbourhood Planning Act 2017 became law and what it changed', entry: 'np-after-referendum', says: [/27 April 2017/, /s\.1/, /s\.2/, /s\.3/], cites: 'ukpga/2017/20/section/3' },
  { need: 'what a neighbourhood plan may contain since March 2026, asked about the basic conditions', entry: 'np-basic-conditions-after-march-2026', says: [/amount, type, location and timing/i], cites: 'ukpga/2023/55/section/98' },
  { need: 'who campaigned for the Community Right to Buy', entry: 'crtb-2026-what-changed', says: [/Locality, among others, campaigned/], cites: 'locality.org.uk/what-is-community-right-to-buy' },
  { need: 'whether Locality still gives neighbourhood plan grants', entry: 'help-locality-my-community', says: [/\*\*ended\*\* in 2025/, /support consortium/i], cites: 'mycommunity.org.uk' },
];

describe('facts a volunteer needs are stated in the entry they land on', () => {
  it.each(FACTS.map((f) => [`${f.entry}: ${f.need}`, f] as const))('%s', (_name, f) => {
    const entry = kb!.byId.get(f.entry);
    expect(entry).toBeDefined();
    const text = [entry!.title, ...entry!.sections.map((s) => `${s.heading ?? ''}\n${s.body}`)].join('\n');
    const missing = f.says.filter((re) => !re.test(text)).map(String);
    const cited = entry!.sources.some((s) => s.url.includes(f.cites));
    expect({ missing, cited }).toEqual({ missing: [], cited: true });
  });
});

describe('every answer, as sent, fits one Discord embed', () => {
  // An embed description holds 4,096 characters; the answer text plus its law or funding note,
  // sources and footer must stay under 4,000 so nothing is cut or split mid-answer.
  const advisor = createAdvisor({
    knowledge: KnowledgeHolder.open(KNOWLEDGE_DIR),
    store: createMemoryStore(),
    logger: createMemoryLogger(),
    config: { hashSalt: 'coverage-test', staff: [], retentionDays: 90 },
  });
  let thread = 0;

  it.each(kb!.entries.map((e) => [e.id, e] as const))('%s', async (_id, entry) => {
    const x = await advisor.explain({ text: entry.questions[0], platform: 'cli', user: { id: 'coverage' }, channel: { id: 'c', isDirect: true }, threadId: `coverage-${thread++}`, receivedAt: new Date() });
    expect(x.reply.entryId).toBe(entry.id);
    expect(toPlainText(x.reply).length).toBeLessThanOrEqual(4000);
  });

  // A question naming another nation gets the England answer with a note that it is about
  // England: the longest nation name must fit as well.
  it.each(kb!.entries.filter((e) => !e.jurisdictions.includes('northern-ireland')).map((e) => [e.id, e] as const))('%s, with the note that it is about England', (_id, entry) => {
    expect(toPlainText(answerReply(kb!, entry, 0.9, ['northern-ireland'])).length).toBeLessThanOrEqual(4000);
  });
});
