// The findings of the third legal audit of the knowledge (a fresh sample: the coverage-gap entries,
// the funding, getting-help and about entries the second audit skipped, and the facts added since),
// one volunteer-style question each. Each question is asked of the real advisor over the shipped
// knowledge; the answer it lands on must carry the corrected fact or source and must not repeat
// what the audit found wrong, so each test fails on the entry as it was before the fix.
import { describe, it, expect } from '@jest/globals';
import { createAdvisor, createMemoryLogger, createMemoryStore, KnowledgeHolder, loadKnowledge, toPlainText } from '../../src/index.js';
import type { Reply } from '../../src/index.js';

const KNOWLEDGE_DIR = 'knowledge';
const advisor = createAdvisor({
  knowledge: KnowledgeHolder.open(KNOWLEDGE_DIR),
  store: createMemoryStore(),
  logger: createMemoryLogger(),
  config: { hashSalt: 'audit-3-test', staff: [], retentionDays: 90 },
});

let thread = 0;
// The answer a volunteer lands on: the top-ranked entry's (see audit-corrections.test.ts).
async function landsOn(text: string): Promise<Reply> {
  const x = await advisor.explain({ text, platform: 'cli', user: { id: 'audit3' }, channel: { id: 'c', isDirect: true }, threadId: `audit3-${thread++}`, receivedAt: new Date() });
  return x.topAnswer ?? x.reply;
}

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

describe('the corrections from the third legal audit', () => {
  it('given a group asking how long it has to take the council to court, it gives the 6-week limit for planning decisions, not "at most three months"', async () => {
    // CPR 54.5(5): a judicial review of a decision under the planning Acts must be filed within
    // 6 weeks; TCPA 1990 s.61N sets 6 weeks for neighbourhood plan decisions. "At most three
    // months" is the general rule and lets a group miss a planning deadline.
    const reply = await landsOn('do we need a solicitor to take the council to judicial review, and how long have we got?');
    const text = `${reply.title ?? ''}\n${toPlainText(reply)}`;
    expect({ entry: reply.entryId, sixWeeksForPlanning: /6 weeks for planning decisions|planning decision[^.]{0,160}6 weeks/i.test(text), threeMonthsOnly: /at most three months, and you must act promptly/i.test(text) })
      .toEqual({ entry: 'help-solicitor', sixWeeksForPlanning: true, threeMonthsOnly: false });
    expect(reply.sources.map((s) => s.url)).toContain('https://www.legislation.gov.uk/ukpga/1990/8/section/61N');
  });

  it('given someone asking the deadline to challenge the council making the neighbourhood plan, it gives the s.61N(1) 6 weeks from that decision, not "check with a solicitor"', async () => {
    // s.61N(1) (applied to plans by PCPA 2004 s.38C) sets 6 weeks from publication of the decision
    // to make or refuse the plan; the entry used to leave it as "as far as we can tell".
    const reply = await landsOn('what is the deadline to challenge the council decision to make our neighbourhood plan in court?');
    const text = toPlainText(reply);
    expect({ entry: reply.entryId, settled: /section 61N\(1\)/.test(text), hedged: /as far as we can tell/i.test(text) }).toEqual({ entry: 'np-legal-challenge', settled: true, hedged: false });
  });

  it('given a group asking what buying a community pub costs, the figures are sourced to Plunkett itself, with any document-site copy labelled as a copy', async () => {
    const reply = await landsOn('roughly how much does it cost a village to buy its pub, and how much of that comes from community shares?');
    const hosts = reply.sources.map((s) => host(s.url));
    const unlabelledCopies = reply.sources.filter((s) => host(s.url) === 'vdocuments.net' && !/copy/i.test(s.title));
    expect({ entry: reply.entryId, citesPlunkett: hosts.includes('plunkett.co.uk'), unlabelledCopies })
      .toEqual({ entry: expect.stringMatching(/^fund-(overview-buying-a-building|plunkett|community-shares)$/), citesPlunkett: true, unlabelledCopies: [] });
  });

  it('given a group asking whether Better Society Capital can fund it, the sources are the investor\'s own pages, not a copy of an encyclopaedia article', async () => {
    const reply = await landsOn('could better society capital put money straight into our community pub project?');
    expect({ entry: reply.entryId, mirrors: reply.sources.filter((s) => host(s.url) === 'wikimili.com') })
      .toEqual({ entry: 'fund-better-society-capital', mirrors: [] });
  });
});

describe('source hosts across the knowledge (third audit, link rules)', () => {
  const { kb } = loadKnowledge(KNOWLEDGE_DIR);
  const sources = kb!.entries.flatMap((e) => e.sources.map((s) => ({ id: e.id, title: s.title, url: s.url })));

  it('no source is a copy of an encyclopaedia article on a mirror site', () => {
    expect(sources.filter((s) => host(s.url) === 'wikimili.com')).toEqual([]);
  });

  it('a report copied on a document-sharing site is labelled as a copy, so a reader knows it is not the publisher\'s page', () => {
    const copies = sources.filter((s) => ['vdocuments.net', 'docslib.org', 'pdfslide.net', 'fdocuments.net', 'readkong.com'].includes(host(s.url)));
    expect(copies.filter((c) => !/copy/i.test(c.title))).toEqual([]);
  });
});
