// The deadline calculator as scripts use it: `npm run ask -- --json` and `--ics FILE`, in a real
// child process. Expected dates are worked out here from the day the test runs, so the test
// means the same thing whatever the date.
import { describe, expect, it } from '@jest/globals';
import { addDays, format } from 'date-fns';
import ICAL from 'ical.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHILD_TIMEOUT_MS, runNpm } from '../core/support/child-process.js';

function askJson(question: string, extra: string[] = []) {
  const run = runNpm(['run', '--silent', 'ask', '--', '--json', ...extra, question]);
  expect(run.status).toBe(0);
  const lines = run.stdout.split('\n').filter((l) => l.trim());
  expect(lines).toHaveLength(1);
  return { result: JSON.parse(lines[0]) as { status: string; entryId: string | null; text: string; sources: { url: string }[]; followUps: { label: string; entryId: string }[] }, stderr: run.stderr };
}

describe('dated questions through npm run ask -- --json', () => {
  it('given a UK numeric date (03/06/2026), it reads 3 June and gives the moratorium dates with their provision', () => {
    const { result } = askJson("The owner's notice reached the council on 03/06/2026. When does our window close?");
    expect(result.status).toBe('answered');
    expect(result.text).toContain('Interim moratorium ends: Tuesday 14 July 2026');
    expect(result.text).toContain('Full moratorium ends (if a group asked in time): Wednesday 2 December 2026');
    expect(result.text).toContain('Protected period ends: Thursday 2 December 2027');
    expect(result.text).toContain('I read "03/06/2026" the UK way, day first: 3 June 2026.');
    expect(result.text).toContain('Confirm every date with the council');
    expect(result.text).toMatch(/not legal advice/);
    expect(result.sources.map((s) => s.url)).toContain('https://www.legislation.gov.uk/ukpga/2011/20/section/95');
  }, CHILD_TIMEOUT_MS);

  it('given no year, it uses the most recent such day and says so', () => {
    const today = new Date();
    const thisYear = new Date(today.getFullYear(), 5, 3) <= today ? today.getFullYear() : today.getFullYear() - 1;
    const { result } = askJson('the council received our nomination on 3 June');
    expect(result.text).toContain(`You didn't say which year, so I used 3 June ${thisYear}, the most recent one.`);
    // Within eight weeks of receipt, counted from the next day: 29 July.
    expect(result.text).toContain(`Council's decision due: ${format(new Date(thisYear, 6, 29), 'EEEE d MMMM yyyy')}`);
    expect(result.text).toContain('ACV Regulations 2012, reg 7');
  }, CHILD_TIMEOUT_MS);

  it('given a dated question the matcher also answers, the reply carries the dates and that answer: its entry, its facts and its sources', () => {
    const { result } = askJson('the owner of the listed village shop gave notice of intention to sell on 1 March 2026, what happens now');
    expect(result.status).toBe('answered');
    expect(result.entryId).toBe('acv-owner-notice-to-sell');
    expect(result.text).toContain('Interim moratorium ends: Saturday 11 April 2026');
    expect(result.text).toMatch(/starts the clock/);
    expect(result.sources.map((s) => s.url)).toContain('https://www.legislation.gov.uk/ukpga/2011/20/section/96');
  }, CHILD_TIMEOUT_MS);
});

describe('npm run ask -- --ics FILE', () => {
  it('given a dated question, it writes a calendar file that an iCalendar parser reads, with every date still to come', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ics-'));
    try {
      const file = join(dir, 'dates.ics');
      const start = addDays(new Date(), 10);
      const { stderr } = askJson(`The owner told the council on ${format(start, 'd MMMM yyyy')} that he wants to sell.`, ['--ics', file]);
      expect(stderr).toContain(`Calendar of the dates written to ${file}`);
      const text = readFileSync(file, 'utf8');
      expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events.map((e) => e.summary)).toEqual(['Interim moratorium ends', 'Full moratorium ends (if a group asked in time)', 'Protected period ends']);
      expect(events[0].startDate.toString()).toBe(format(addDays(start, 41), 'yyyy-MM-dd'));
      expect(events.every((e) => e.startDate.isDate && e.uid.endsWith('@community-rights-advisor'))).toBe(true);
      expect(events[0].description).toContain('Confirm the date with the council');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, CHILD_TIMEOUT_MS);

  it('given --conversation, it writes the calendar of the dates the conversation worked out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ics-'));
    try {
      const file = join(dir, 'chat.ics');
      const chat = join(dir, 'chat.txt');
      writeFileSync(chat, `who can nominate?\nthe council received our nomination on ${format(addDays(new Date(), 2), 'd MMMM yyyy')}\nthanks\n`);
      const run = runNpm(['run', '--silent', 'ask', '--', '--json', '--conversation', chat, '--ics', file]);
      expect(run.status).toBe(0);
      const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      expect(events[0].summary).toBe("Council's decision due");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, CHILD_TIMEOUT_MS);

  it('given only the date the pub went on the market, it writes no calendar and asks for the date the council received the notice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ics-'));
    try {
      const file = join(dir, 'market.ics');
      const { result, stderr } = askJson('The pub went on the market on 3 June 2026. When does our 6 week window close?', ['--ics', file]);
      expect(result.status).toBe('answered');
      expect(result.text).not.toContain('Interim moratorium ends');
      expect(result.text).toContain("the day the council received the owner's written notice that they want to sell (Localism Act 2011, s.95(6)), not from the marketing");
      expect(stderr).toContain('No calendar written');
      expect(() => readFileSync(file)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, CHILD_TIMEOUT_MS);

  it('given a question without dates, it writes no file and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ics-'));
    try {
      const file = join(dir, 'none.ics');
      const { stderr } = askJson('how long does an ACV listing last?', ['--ics', file]);
      expect(stderr).toContain('No calendar written');
      expect(() => readFileSync(file)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, CHILD_TIMEOUT_MS);
});
