// The findings of the second legal audit of the knowledge, one volunteer-style question each: the
// answer must carry the corrected fact and must not repeat the claim the audit found wrong. The
// questions are not copies of any entry's examples, so each one tests the content, not a lookup.
import { describe, it, expect } from '@jest/globals';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, loadKnowledge, toPlainText } from '../../src/index.js';

const KNOWLEDGE_DIR = 'knowledge';
const advisor = createAdvisor({
  knowledge: KnowledgeHolder.open(KNOWLEDGE_DIR),
  store: createMemoryStore(),
  logger: createMemoryLogger(),
  config: { hashSalt: 'audit-test', staff: [], retentionDays: 90 },
});

let thread = 0;
async function answer(text: string): Promise<{ kind: string; text: string }> {
  const reply = await advisor.ask({ text, platform: 'cli', user: { id: 'audit' }, channel: { id: 'c', isDirect: true }, threadId: `audit-${thread++}`, receivedAt: new Date() });
  return { kind: reply.kind, text: `${reply.title ?? ''}\n${toPlainText(reply)}` };
}

// The answer a volunteer lands on: the top-ranked entry's, which the bot gives when it is confident
// enough and otherwise offers first. Whether it is confident enough is the matcher's fitted
// threshold, guarded by question-sets.test.ts; here the content is what is tested.
async function landsOn(text: string): Promise<{ kind: string; text: string }> {
  const x = await advisor.explain({ text, platform: 'cli', user: { id: 'audit' }, channel: { id: 'c', isDirect: true }, threadId: `audit-${thread++}`, receivedAt: new Date() });
  const reply = x.topAnswer ?? x.reply;
  return { kind: reply.kind, text: `${reply.title ?? ''}\n${toPlainText(reply)}` };
}

interface Finding {
  finding: string;
  question: string;
  /** The corrected fact(s): every pattern must appear in the answer. */
  says: RegExp[];
  /** The wording the audit found wrong: none may appear. */
  never: RegExp[];
}

const FINDINGS: Finding[] = [
  {
    finding: 'E1 right to build: regulation 13 membership test',
    question: 'our land trust has 40 members but only 6 of them live in the parish and most of the board live outside, are we allowed to propose a right to build order?',
    says: [/at least 10 members/i, /different (homes|dwelling)/i, /majority of the voting rights|most of the votes/i, /asset lock/i],
    never: [/more than half of its members must live/i, /not re-checked the exact wording of regulation 13/i],
  },
  {
    finding: 'O1 examination: basic conditions after 25 March 2026',
    question: 'which basic conditions will the examiner test our neighbourhood plan against now?',
    says: [/less housing/i, /25 March 2026/],
    never: [/is in general conformity with the strategic policies/i, /transitional rules for plans already under way/i],
  },
  {
    finding: 'O2 plan contents: the "no less housing" test replaced general conformity',
    question: 'could our neighbourhood plan allocate fewer homes than the district local plan proposes for the parish?',
    says: [/less housing/i, /section 38B|s\.38B/],
    never: [/must be in general conformity with them/i, /cannot plan for less development than the strategic policies/i],
  },
  {
    finding: 'O3 neighbourhood planning overview: same superseded test',
    question: 'what is neighbourhood planning all about and who does it',
    says: [/less housing/i],
    never: [/must fit the strategic policies of the council's local plan/i],
  },
  {
    finding: 'U1 2026 changes: what section 99 changed, and no transitional rule for neighbourhood plans',
    question: 'what exactly did section 99 of the levelling up act change for neighbourhood plans?',
    says: [/less housing/i, /no transitional rule/i],
    never: [/with saving and transitional rules for work already under way/i],
  },
  {
    finding: 'U2 2026 right to buy: commencement mechanism hedged',
    question: 'has the government switched the community right to buy on yet or are we still stuck with the old rules?',
    says: [/we understand/i, /could not read the Act's commencement section/i],
    never: [/only starts when the government makes commencement regulations for it/i],
  },
  {
    finding: 'C1 what qualifies: a non-ancillary use need not be the main use',
    question: "our pub's function room is used by local clubs every week though the bar is the main business, can that community use still count for listing?",
    says: [/not just ancillary|not merely secondary/i, /main use/i],
    never: [/if its main use \(not an ancillary/i],
  },
  {
    finding: 'C2 refused nomination: arguing against "ancillary"',
    question: 'the district refused to list our hall because it said the community use was only incidental to the business, how can we argue against that?',
    says: [/does not have to be the main use/i],
    never: [/show that community use is the main use/i],
  },
  {
    finding: 'C3 informal group: an unincorporated charity can ask for the pause',
    question: "our friends group isn't incorporated but our constitution gives us exclusively charitable purposes, so could we make the bidder request ourselves?",
    says: [/charity/i, /whatever its legal form|of any legal form|unincorporated charit/i],
    never: [/An unincorporated group cannot ask for the 6-month pause/i, /unincorporated groups and neighbourhood forums cannot trigger/i],
  },
  {
    finding: 'C4 community interest group: the charity exception',
    question: 'we are a small unincorporated charitable trust with local trustees, can we trigger the moratorium on the pub sale?',
    says: [/unincorporated charity|charity of any legal form|whatever its legal form/i],
    never: [/unincorporated groups and neighbourhood forums cannot trigger/i],
  },
  {
    finding: 'C5 listing length: a caught sale ends the listing, renominating starts a new one',
    question: 'how long does our listing run and can it come to an end before the five years are up?',
    says: [/sold in a sale the rules catch|relevant disposal/i, /new listing|renominate|nominate again/i],
    never: [/drops off the list unless your group nominates it again/i],
  },
  {
    finding: 'C6 owner notice: only sales with vacant possession are caught',
    question: 'what must the brewery do before it sells the listed pub, and does it count if the tenant stays on?',
    says: [/vacant possession/i],
    never: [],
  },
  {
    finding: 'C7 neighbourhood forum: designation is discretionary',
    question: 'if our forum meets every condition in the act, is the council then obliged to designate it?',
    says: [/\bmay\b.*designate|discretion/i, /have regard/i],
    never: [/the council must designate it/i, /draw members from different places and parts of the community\. Designation/i],
  },
  {
    finding: 'acv-who-can-nominate: a parish council and unparished land (regulation 4(2)(b))',
    question: 'the town centre has no parish council, can our neighbouring parish council nominate the old library there?',
    says: [/shares a boundary with/i],
    never: [],
  },
  {
    finding: 'np-area-designation: automatic whole-parish designation has a condition (regulation 5A(1)(c))',
    question: 'our parish council is applying for the whole parish as its neighbourhood area, will the district just designate it?',
    says: [/extends outside it/i],
    never: [],
  },
  {
    finding: 'crtb-2026-what-changed: absence of evidence is not proof',
    question: 'what did the 2026 devolution act do to assets of community value?',
    says: [/as far as we know/i],
    never: [/No official source yet shows these changes are in force, so/i],
  },
  {
    finding: 'acv-what-it-does-not-do: the 2026 right described, not asserted',
    question: 'does getting the pub listed give our group any right of first refusal?',
    says: [/as described by the government and commentators/i],
    never: [/The English Devolution and Community Empowerment Act 2026 creates a Community Right to Buy/i],
  },
  {
    finding: 'acv-owner-review-appeal: the 28 days come from tribunal rule 22',
    question: 'after the council upholds the listing on review, how long does the owner have to go to the tribunal?',
    says: [/28 days/, /rule 22/i],
    never: [],
  },
];

describe('the corrections from the second legal audit', () => {
  it.each(FINDINGS.map((f) => [f.finding, f] as const))('%s', async (_name, f) => {
    const { kind, text } = await landsOn(f.question);
    const missing = f.says.filter((re) => !re.test(text)).map(String);
    const wrong = f.never.filter((re) => re.test(text)).map(String);
    expect({ kind, missing, wrong }).toEqual({ kind: 'answer', missing: [], wrong: [] });
  });
});

describe('off-topic signposts no longer swallow community-rights questions (audit section 6)', () => {
  it.each([
    'would listing the pub as an ACV take away the owner\'s permitted development rights to demolish it?',
    'could the buyer just buy shares in a company that owns the pub so the moratorium never applies?',
    'is vat or stamp duty added when our community benefit society buys the village shop?',
    'the owners are getting a divorce and one is transferring the pub to the other, is that caught by the moratorium?',
    'do all 21 of our members have to be registered to vote in the district?',
    'the pub owner is in debt and the bank is repossessing it, what happens to the listing?',
  ])('given "%s", it does not send the asker away as off-topic', async (question) => {
    const reply = await advisor.explain({ text: question, platform: 'cli', user: { id: 'audit' }, channel: { id: 'c', isDirect: true }, threadId: `audit-${thread++}`, receivedAt: new Date() });
    expect({ question, offTopic: reply.reply.kind === 'fallback' && reply.reply.confidence === 0 && /don't cover|isn't something I cover|I can't help/i.test(toPlainText(reply.reply)) }).toEqual({ question, offTopic: false });
  });

  it.each([
    ['does my loft conversion count as permitted development?', /Planning Portal/],
    ['should i buy shares in tesco?', /MoneyHelper/],
    ['how do i fill in my vat return?', /HMRC|gov\.uk/i],
  ])('given the personal question "%s", it still signposts it away', async (question, where) => {
    const { kind, text } = await answer(question);
    expect(kind).toBe('fallback');
    expect(text).toMatch(where);
  });
});

describe('law-change awareness (audit section 5)', () => {
  const { kb } = loadKnowledge(KNOWLEDGE_DIR);

  it('given a question on whether the 2026 right has started, the answer says when that was last checked against the legislation', async () => {
    const { text } = await answer('is the new community right to buy actually in force now?');
    expect(text).toMatch(/Last checked against the legislation on \d{1,2} [A-Z][a-z]+ 20\d\d/);
  });

  it('given a question on a fund\'s status, the answer says when that was last checked against the scheme\'s own pages', async () => {
    const { text } = await answer('is the community ownership fund open for applications again?');
    expect(text).toMatch(/Last checked against the scheme's own pages on \d{1,2} [A-Z][a-z]+ 20\d\d/);
  });

  it('every 2026 right to buy entry, and every entry on the changed basic conditions, carries a law note', () => {
    const watched = (id: string) => kb!.byId.get(id)?.watch?.kind;
    const crtb = kb!.entries.filter((e) => e.topic === 'right-to-buy-2026');
    expect(crtb.length).toBeGreaterThanOrEqual(6);
    for (const e of crtb) expect([e.id, watched(e.id)]).toEqual([e.id, 'law']);
    for (const id of ['np-examination', 'np-what-plan-can-do', 'np-2026-changes']) expect([id, watched(id)]).toEqual([id, 'law']);
  });
});

describe('source links (audit section 4)', () => {
  const { kb } = loadKnowledge(KNOWLEDGE_DIR);
  const sources = kb!.entries.flatMap((e) => e.sources.map((s) => ({ id: e.id, topic: e.topic, url: s.url })));

  it('no source is on a staging, infrastructure or mail host', () => {
    expect(sources.filter((s) => /\/\/(mail\.|[^/]*\.pp\.tqinfra\.|staging\.|test\.)/.test(s.url))).toEqual([]);
  });

  it('right to bid, neighbourhood planning and right to build entries cite provisions, not contents, chapter or as-made pages', () => {
    // A whole short schedule of regulations is a specific provision; a whole schedule of the
    // planning Act (4B, 4C) is not: the claims sit in its paragraphs.
    const generic = sources.filter((s) => ['right-to-bid', 'neighbourhood-planning', 'right-to-build'].includes(s.topic))
      .filter((s) => /legislation\.gov\.uk/.test(s.url) && /\/(contents|chapter\/\d+|part\/\d+)$|\/made$|\/ukpga\/1990\/8\/schedule\/4[BC]$/.test(s.url));
    expect(generic).toEqual([]);
  });
});
