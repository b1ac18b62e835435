// The third legal audit's findings on the deadline data and guided checks (P1, P2, K1, K2, P3),
// each as the behaviour a volunteer sees: the advisor on the shipped knowledge, with its
// conversation state in a real lowdb file. Dated questions are asked on a fixed day, so the
// expected dates are the ones the statute gives for that day.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdvisor, createMemoryLogger, KnowledgeHolder, openLowdbStore, toPlainText, type FullAdvisor, type Question, type Reply, type Store } from '../../../src/index.js';
import { KNOWLEDGE_DIR } from '../core/support/shipped-advisor.js';

const knowledge = KnowledgeHolder.open(KNOWLEDGE_DIR);
const AT = new Date('2026-06-10T12:00:00Z');
const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(): Promise<FullAdvisor> {
  const dir = dirs[dirs.push(mkdtempSync(join(tmpdir(), 'audit-3-tools-'))) - 1];
  const store = await openLowdbStore(join(dir, 'advisor.json'), createMemoryLogger());
  stores.push(store);
  return createAdvisor({ knowledge, store, logger: createMemoryLogger(), config: { hashSalt: 'test', staff: [], retentionDays: 90 } });
}

let thread = 0;
const question = (text: string, threadId: string): Question => ({ text, platform: 'cli', user: { id: 'volunteer' }, channel: { id: 'terminal', isDirect: true }, threadId, receivedAt: AT });
/** A fresh conversation: `say` asks in it, `press` presses a button of a reply in it. */
function conversation(advisor: FullAdvisor) {
  const threadId = `cli:audit-3:${thread++}`;
  return {
    say: (text: string) => advisor.ask(question(text, threadId)),
    async press(reply: Reply, label: string | RegExp) {
      const f = reply.followUps.find((x) => (typeof label === 'string' ? x.label === label : label.test(x.label)));
      if (!f) throw new Error(`no button "${String(label)}" in ${JSON.stringify(reply.followUps.map((x) => x.label))}`);
      return (await advisor.act({ type: 'followUp', entryId: f.entryId, question: question('', threadId) }))!;
    },
  };
}

const INTERVENTION = 'Last day to ask the Secretary of State to intervene';

describe('P1: the two neighbourhood-plan decisions start different clocks', () => {
  it.each([
    'The council made the plan on 3 June 2026. What is the deadline to challenge it?',
    'Our neighbourhood plan was made on 3 June 2026, how long does anyone have to challenge it?',
    'The district adopted the plan on 3 June 2026, when is the deadline?',
  ])('given "%s", it gives the s.61N(1) court window from the decision to make the plan, and no intervention date', async (q) => {
    const reply = await conversation(await open()).say(q);
    const text = toPlainText(reply);
    expect(text).toContain("I've taken 3 June 2026 as the day the council published its decision to make (or refuse to make) the neighbourhood plan");
    expect(text).toContain('Last day to file a court challenge to the decision to make or refuse the plan (judicial review): Wednesday 15 July 2026');
    expect(text).toContain('s.61N(1)');
    expect(text).not.toContain(INTERVENTION);
  });

  it("given the council's decision on the examiner's report was published on a date, it gives the s.61N(2) court window and the reg 31A(4) intervention date", async () => {
    const reply = await conversation(await open()).say("The council published its decision on the examiner's report on 3 June 2026. When is the deadline?");
    const text = toPlainText(reply);
    expect(text).toContain("Last day to file a court challenge to the decision on the examiner's report (judicial review): Wednesday 15 July 2026");
    expect(text).toContain('s.61N(2)');
    expect(text).toContain(`${INTERVENTION} (some cases only): Wednesday 15 July 2026`);
    expect(text).toContain('reg 31A(4)');
  });

  it('given the referendum shortened to "ref" with its date, it works out when the council should make the plan', async () => {
    const text = toPlainText(await conversation(await open()).say('ref was 2 June 2026 and it passed, when does the council have to make it?'));
    expect(text).toMatch(/Council should make the plan by: \w+ \d+ July 2026/);
  });

  it('given only "decision statement", it reads it as the decision on the examiner\'s report, says so, and offers the decision to make the plan, which gives the court window alone', async () => {
    const chat = conversation(await open());
    const reply = await chat.say('The council published the decision statement on 3 June 2026. When is the deadline?');
    const text = toPlainText(reply);
    expect(text).toContain("I've taken 3 June 2026 as the day the council published its decision on the examiner's report (the decision statement under regulation 18(2))");
    expect(text).toMatch(/also published when the council decides to make \(or refuse to make\) the plan .*regulation 19/);
    const other = await chat.press(reply, 'The council published its decision to make or refuse the plan: 3 June 2026');
    const otherText = toPlainText(other);
    expect(otherText).toContain('Last day to file a court challenge to the decision to make or refuse the plan (judicial review): Wednesday 15 July 2026');
    expect(otherText).not.toContain(INTERVENTION);
  });
});

describe('P2: going on the market starts no clock', () => {
  it.each([
    'The pub went on the market on 3 June 2026. When does our 6 week window close?',
    'Our local was put up for sale on 3 June 2026, how long have we got?',
    'The village shop has been up for sale since 3 June 2026.',
    'The Red Lion came on the market on 3 June 2026 - what are our deadlines?',
  ])('given only the marketing date ("%s"), it works out no dates, says the clocks run from the council\'s receipt of the owner\'s notice (s.95(6)) and how to find that date', async (q) => {
    const reply = await conversation(await open()).say(q);
    const text = toPlainText(reply);
    // Six weeks, six months and eighteen months beginning with 3 June 2026 would end on these days.
    for (const wrong of ['14 July 2026', '2 December 2026', '2 December 2027', 'Interim moratorium ends', 'Your dates']) expect(text).not.toContain(wrong);
    expect(reply.attachments ?? []).toEqual([]);
    expect(text).toContain("the day the council received the owner's written notice that they want to sell (Localism Act 2011, s.95(6)), not from the marketing");
    expect(text).toMatch(/list of assets of community value/);
    expect(text).toMatch(/ask the council's community rights team/);
    expect(reply.sources.map((s) => s.url)).toContain('https://www.legislation.gov.uk/ukpga/2011/20/section/97');
    expect(reply.notice).toMatch(/not legal advice/);
  });

  it('given the notice date and the marketing date, it counts from the notice and says the marketing date starts no clock', async () => {
    const reply = await conversation(await open()).say("The owner's notice reached the council on 1 June 2026 and the pub went on the market on 3 June 2026. When does our window close?");
    const text = toPlainText(reply);
    expect(text).toContain('Interim moratorium ends: Sunday 12 July 2026');
    expect(text).toContain('I did not count from 3 June 2026, when it went on the market: that starts no clock.');
  });

  it('given the notice date alone, it still gives the dates', async () => {
    const text = toPlainText(await conversation(await open()).say("The owner's notice reached the council on 3 June 2026. When does our window close?"));
    expect(text).toContain('Interim moratorium ends: Tuesday 14 July 2026');
  });

  it('given only a marketing date and then "how long have we got?", the follow-up stays on selling a listed asset', async () => {
    const chat = conversation(await open());
    await chat.say('it went up for sale on 3 june');
    const next = await chat.say('how long have we got?');
    expect({ kind: next.kind, entry: next.entryId }).toEqual({ kind: 'answer', entry: expect.stringMatching(/^acv-/) });
  });
});

describe('a refused nomination starts no clock', () => {
  it('given the day the council refused the nomination and a question of time, it counts no decision date from it and gives the judicial review time limit', async () => {
    const text = toPlainText(await conversation(await open()).say('The council refused our nomination of the cricket ground on 12 May 2026. How long have we got to challenge it?'));
    for (const wrong of ["Council's decision due", 'Your dates']) expect(text).not.toContain(wrong);
    expect(text).toContain('A refusal on 12 May 2026 does not start the clock');
    expect(text).toMatch(/judicial review[^.]*promptly and in any event within 3 months/);
  });

  it('given the day the council refused the nomination and a question about something else, it answers that question and works out no dates', async () => {
    const reply = await conversation(await open()).say('The council refused our nomination of the cricket ground on 12 May 2026 because it is allocated for housing. Can we appeal to the tribunal?');
    const text = toPlainText(reply);
    expect(reply.entryId).toBe('acv-nomination-refused');
    for (const wrong of ["Council's decision due", 'Your dates', 'does not start the clock']) expect(text).not.toContain(wrong);
  });

  it('given the day the nomination was sent, it still works out the decision date', async () => {
    const text = toPlainText(await conversation(await open()).say('We sent our nomination on 12 May 2026. When must the council decide?'));
    expect(text).toContain("Council's decision due");
  });
});

describe('a place closing starts no clock either', () => {
  it('given the day it closed beside talk of selling and a question of time, it works out no dates and says the clocks run from the council\'s receipt of the owner\'s notice', async () => {
    const text = toPlainText(await conversation(await open()).say('The Plough shut in March 2026 and the brewery has decided to sell. What are our deadlines?'));
    for (const wrong of ['Interim moratorium ends', 'Your dates']) expect(text).not.toContain(wrong);
    expect(text).toContain('A place closing starts none of the Right to Bid periods');
    expect(text).toContain("the day the council received the owner's written notice that they want to sell (Localism Act 2011, s.95(6))");
  });

  it('given the day it closed beside talk of selling and a question about something else, it answers that question and works out no dates', async () => {
    const reply = await conversation(await open()).say('Our village shop closed in May 2026 after the owner retired and she wants to sell. Can a closed shop still be listed as an acv?');
    const text = toPlainText(reply);
    expect(reply.kind).toBe('answer');
    for (const wrong of ['Interim moratorium ends', 'Your dates', 'does not start the clock']) expect(text).not.toContain(wrong);
  });

  it('given the day it closed and a question the note does not answer, it gives no note in place of an answer', async () => {
    const text = toPlainText(await conversation(await open()).say('the plough has been shut since march and a few of us want to save it, can we nominate it ourselves or do we need to be something official'));
    expect(text).not.toContain('does not start the clock');
  });

  it('given the Right to Challenge window closed on a date, it still works out that clock', async () => {
    const text = toPlainText(await conversation(await open()).say('The expression of interest window closed in June 2026. When must the council decide?'));
    expect(text).not.toContain('A place closing starts none of the Right to Bid periods');
    expect(text).toContain('Your dates');
  });
});

describe('K1 and K2: the guided checks state the tests the law sets', () => {
  it("given a pub whose function room local clubs use every week, the listing check asks about a real, not merely ancillary, use (not the main use) and finds it listable", async () => {
    const chat = conversation(await open());
    let step = await chat.press(await chat.say('check eligibility'), 'Can this building be listed?');
    step = await chat.press(step, 'England');
    step = await chat.press(step, 'Partly (for example a pub with a flat above)');
    step = await chat.press(step, 'No');
    const useNow = toPlainText(step);
    expect(useNow).not.toMatch(/main use now/i);
    expect(useNow).toMatch(/not merely a side \(ancillary\) one/);
    expect(useNow).toMatch(/need not be the main use: a pub's function room used every week by local clubs can count/);
    step = await chat.press(step, 'Yes');
    const verdict = await chat.press(step, 'Yes');
    expect(verdict.title).toBe('Yes, it looks listable: the council decides');
    const text = toPlainText(verdict);
    expect(text).not.toMatch(/main use furthers/);
    expect(text).toContain('an actual current use of it that is not an ancillary use furthers the social wellbeing or social interests');
    expect(text).toContain('section 88(1)(a)');
  });

  it('given a sale to a community interest group, the sale check does not answer a bare "No": it is allowed only once the owner has notified the council in writing', async () => {
    const chat = conversation(await open());
    let step = await chat.press(await chat.say('check eligibility'), 'Is this sale caught by the moratorium?');
    step = await chat.press(step, 'Yes, it is listed');
    step = await chat.press(step, 'Selling the freehold with vacant possession');
    const verdict = await chat.press(step, 'A community interest group (such as a local charity or CBS)');
    expect(verdict.title).not.toMatch(/^No\b/);
    expect(verdict.title).toBe('Allowed, but only once the owner has notified the council in writing');
    const text = toPlainText(verdict);
    expect(text).toContain('section 95(2), Condition A');
    expect(text).toContain('regulation 13(1)');
    expect(knowledge.current.kb.checks!.checks.find((c) => c.id === 'sale-caught')!.outcomes.get('to-community-group')!.verdict).toBe('maybe');
  });
});

describe('P3: the month-end example is named for what it is', () => {
  it('given a period whose last month has no matching date, the source for the month-end rule names the Scottish insolvency rules and says they are only an example from another field', async () => {
    const reply = await conversation(await open()).say("The owner's notice reached the council on 31 August 2025.");
    expect(toPlainText(reply)).toContain('Full moratorium ends (if a group asked in time): Saturday 28 February 2026');
    const example = reply.sources.find((s) => s.url.includes('/uksi/2018/1082/'));
    expect(example?.title).toContain('Insolvency (Scotland) (Company Voluntary Arrangements and Administration) Rules 2018 (SI 2018/1082), rule 1.4');
    expect(example?.title).toMatch(/in another field, cited as an example, not as the rule for these periods/);
  });
});
