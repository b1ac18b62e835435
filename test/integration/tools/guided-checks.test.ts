// Guided checks through the advisor on the shipped knowledge, with its progress in a real lowdb
// file: typed numbers and labels, buttons, cancel, start again, a question mid-check and resume,
// and a restart in the middle of a check.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdvisor, createMemoryLogger, KnowledgeHolder, openLowdbStore, toPlainText, type FullAdvisor, type Question, type Reply, type Store } from '../../../src/index.js';
import { KNOWLEDGE_DIR } from '../core/support/shipped-advisor.js';

const knowledge = KnowledgeHolder.open(KNOWLEDGE_DIR);
const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(file?: string): Promise<{ advisor: FullAdvisor; file: string }> {
  const path = file ?? join(dirs[dirs.push(mkdtempSync(join(tmpdir(), 'checks-'))) - 1], 'advisor.json');
  const store = await openLowdbStore(path, createMemoryLogger());
  stores.push(store);
  return { advisor: createAdvisor({ knowledge, store, logger: createMemoryLogger(), config: { hashSalt: 'test', staff: [], retentionDays: 90 } }), file: path };
}

const THREAD = 'cli:test:checks';
const question = (text: string, receivedAt = new Date()): Question => ({ text, platform: 'cli', user: { id: 'volunteer' }, channel: { id: 'terminal', isDirect: true }, threadId: THREAD, receivedAt });
const say = (advisor: FullAdvisor, text: string, receivedAt?: Date) => advisor.ask(question(text, receivedAt));
const press = async (advisor: FullAdvisor, reply: Reply, label: string) => {
  const f = reply.followUps.find((x) => x.label === label);
  if (!f) throw new Error(`no button "${label}" in ${JSON.stringify(reply.followUps.map((x) => x.label))}`);
  return (await advisor.act({ type: 'followUp', entryId: f.entryId, question: question('') }))!;
};

describe('guided checks through the advisor', () => {
  it('given "check eligibility", it lists the checks; choosing one asks its first question with the options as follow-ups', async () => {
    const { advisor } = await open();
    const menu = await say(advisor, 'check eligibility');
    expect(menu.followUps.map((f) => f.label)).toEqual(expect.arrayContaining(['Can our group trigger the moratorium?', 'Can our group nominate a building or land?', 'Is this sale caught by the moratorium?', 'Can this building be listed?']));
    const first = await press(advisor, menu, 'Can our group trigger the moratorium?');
    expect(first.kind).toBe('clarify');
    expect(toPlainText(first)).toContain('What kind of group are you?');
    expect(first.followUps.map((f) => f.label)).toContain('An informal or unincorporated group (not a charity)');
  });

  it('given an unincorporated group that is not a charity, typed by number, the trigger check says it cannot and names who can', async () => {
    const { advisor } = await open();
    const step = await say(advisor, 'check if our group can trigger the moratorium');
    const number = step.followUps.findIndex((f) => f.label.startsWith('An informal or unincorporated group')) + 1;
    const verdict = await say(advisor, String(number));
    expect(verdict.kind).toBe('answer');
    expect(verdict.title).toBe('No: an informal group cannot trigger the moratorium');
    const text = toPlainText(verdict);
    expect(text).toMatch(/parish council/);
    expect(text).toMatch(/charity/);
    expect(text).toMatch(/community benefit society/);
    expect(text).toMatch(/community interest company|CIC/);
    expect(verdict.sources.map((s) => s.url)).toContain('https://www.legislation.gov.uk/uksi/2012/2421/regulation/12/made');
    expect(verdict.notice).toMatch(/not legal advice/);
  });

  it('given a registered charity with a local connection, typed by label, the trigger check says it can', async () => {
    const { advisor } = await open();
    await say(advisor, 'check if our group can trigger the moratorium');
    const next = await say(advisor, 'A charity (registered or not)');
    expect(toPlainText(next)).toContain("Are the group's activities wholly or partly about the council's area");
    const verdict = await say(advisor, 'yes');
    expect(verdict.title).toBe('Yes: your group can ask to be treated as a potential bidder');
    expect(toPlainText(verdict)).toContain('Your answers');
  });

  it('given "cancel" mid-check, the check stops and a number typed next is not taken as a choice', async () => {
    const { advisor } = await open();
    await say(advisor, 'check if our group can nominate');
    expect(toPlainText(await say(advisor, 'cancel'))).toContain("I've stopped the check");
    const after = await say(advisor, '2');
    expect(after.kind).not.toBe('clarify');
    expect(toPlainText(after)).not.toContain('What kind of group are you?');
  });

  it('given "start again" mid-check, it goes back to the first question with no answers kept', async () => {
    const { advisor } = await open();
    await say(advisor, 'check if our group can nominate');
    await say(advisor, 'An informal or unincorporated group (not a charity)');
    const restarted = await say(advisor, 'start again');
    expect(toPlainText(restarted)).toContain('Question 1');
    expect(toPlainText(restarted)).toContain('What kind of group are you?');
  });

  it('given a question typed mid-check, it is answered, the check waits, and "resume" brings back the same question', async () => {
    const { advisor } = await open();
    await say(advisor, 'check if our group can nominate');
    const members = await say(advisor, 'informal');
    expect(toPlainText(members)).toContain('at least 21 members');
    const answer = await say(advisor, 'how long does an ACV listing last?');
    expect(answer.kind).toBe('answer');
    expect(toPlainText(answer)).toMatch(/\b(five|5) years\b/i);
    expect(answer.followUps[0]).toEqual({ label: 'Resume the check', entryId: 'check-resume' });
    const resumed = await press(advisor, answer, 'Resume the check');
    expect(toPlainText(resumed)).toContain('at least 21 members');
    expect(toPlainText(await say(advisor, 'No, fewer than 21'))).toContain('informal group needs at least 21 local members');
  });

  it('given a word that fits no option, it asks again; a short question with a question mark is answered instead', async () => {
    const { advisor } = await open();
    await say(advisor, 'check if our group can nominate');
    const nudge = await say(advisor, 'banana');
    expect(toPlainText(nudge)).toContain("I didn't catch which option you meant");
    expect(toPlainText(nudge)).toContain('What kind of group are you?');
    const answered = await say(advisor, "what's an ACV?");
    expect(answered.kind).toBe('answer');
    expect(answered.followUps[0].entryId).toBe('check-resume');
  });

  it('given an earlier step\'s button pressed again, it changes that answer and carries on from there', async () => {
    const { advisor } = await open();
    const first = await say(advisor, 'check if our group can trigger the moratorium');
    await press(advisor, first, 'A charity (registered or not)');
    const changed = await press(advisor, first, 'An informal or unincorporated group (not a charity)');
    expect(changed.title).toBe('No: an informal group cannot trigger the moratorium');
  });

  it('given a restart of the bot in the middle of a check, the check carries on from the saved conversation', async () => {
    const first = await open();
    await say(first.advisor, 'check if our group can trigger the moratorium');
    await say(first.advisor, 'charity');
    // As a real shutdown does: what the recorder holds is written before the store closes.
    expect(await first.advisor.flush(5000)).toBe(true);
    await stores.splice(0)[0].close();
    const second = await open(first.file);
    expect((await say(second.advisor, 'yes')).title).toBe('Yes: your group can ask to be treated as a potential bidder');
  });

  it('given a check left for an hour, after its topic has expired, a typed number still picks from its step', async () => {
    const { advisor } = await open();
    const start = new Date();
    await say(advisor, 'check if our group can trigger the moratorium', start);
    const later = new Date(start.getTime() + 60 * 60_000);
    expect(toPlainText(await say(advisor, '2', later))).toContain("Are the group's activities wholly or partly about the council's area");
  });

  it('given a verdict, the short reply is the verdict, why and what to do next; "more" (typed or pressed) shows the answers it rests on', async () => {
    const { advisor } = await open();
    await say(advisor, 'check if our group can trigger the moratorium');
    await say(advisor, 'A charity (registered or not)');
    const verdict = await say(advisor, 'yes');
    expect(verdict.sections.filter((x) => !x.detail).map((x) => x.heading)).toEqual(['Why', 'What to do next']);
    expect(verdict.sections.filter((x) => x.detail).map((x) => x.heading)).toEqual(['Your answers']);
    const more = verdict.actions.find((a) => a.type === 'more')!;
    const typed = await say(advisor, 'more');
    expect(typed.sections.map((x) => x.heading)).toEqual(['Your answers']);
    expect(toPlainText(typed)).toContain('What kind of group are you? A charity (registered or not)');
    const pressed = (await advisor.act({ type: 'more', entryId: more.entryId, question: question('') }))!;
    expect(pressed.sections).toEqual(typed.sections);
  });

  it('given a dated question, "more" shows each date in full and offers the answer given with the dates for the rest of it', async () => {
    const { advisor } = await open();
    const dated = await say(advisor, 'the owner of the listed village shop gave notice of intention to sell on 1 March 2026, what happens now');
    expect(dated.entryId).toBe('acv-owner-notice-to-sell');
    const shown = await say(advisor, 'more');
    const detail = toPlainText(shown);
    expect(detail).toContain('If none arrives, the owner may sell');
    expect(detail).not.toContain('Listing alone changes nothing day to day.');
    const more = dated.actions.find((a) => a.type === 'more')!;
    expect(toPlainText((await advisor.act({ type: 'more', entryId: more.entryId, question: question('') }))!)).toBe(detail);
    const rest = shown.followUps[0]!;
    expect(rest).toEqual({ label: 'What must the owner do before selling a listed asset?', entryId: 'acv-owner-notice-to-sell' });
    expect(toPlainText((await advisor.act({ type: 'followUp', entryId: rest.entryId, question: question('') }))!)).toContain('Listing alone changes nothing day to day.');
  });

  it('given an answer on who can nominate, it offers "Check your group", which starts the nominate check', async () => {
    const { advisor } = await open();
    const answer = await say(advisor, 'who can nominate an acv');
    expect(answer.entryId).toBe('acv-who-can-nominate');
    expect(answer.followUps[0]).toEqual({ label: 'Check your group', entryId: 'check--can-nominate' });
    expect(toPlainText(await press(advisor, answer, 'Check your group'))).toContain('What kind of group are you?');
  });

  it('given a sale question answered "caught", it points to the deadline calculator, which then works from a typed date', async () => {
    const { advisor } = await open();
    await say(advisor, 'check if a sale is caught');
    for (const choice of ['Yes, it is listed', 'Selling the freehold with vacant possession', 'Anyone else']) await say(advisor, choice);
    const verdict = await say(advisor, 'An ordinary sale or lease');
    expect(verdict.title).toBe('Yes: this sale is caught by the moratorium');
    const dates = await say(advisor, "the owner's notice reached the council on 3 June 2026");
    expect(toPlainText(dates)).toContain('Interim moratorium ends: Tuesday 14 July 2026');
  });
});
