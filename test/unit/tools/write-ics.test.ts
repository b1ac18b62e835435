// The calendar file, read back by an independent RFC 5545 parser (ical.js), plus the byte-level
// rules a parser forgives but calendar apps do not: CRLF, 75-octet folding, escaping.
import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { escapeText, fold, writeIcs } from '../../../src/tools/ical/write-ics.js';

const LONG = 'Counted as 6 weeks beginning with 3 June 2026 (that day counts as day 1): Localism Act 2011, s.95(6); confirm with the council — “quoted” — 💷 and a backslash \\ too.\nSecond line.';

const file = writeIcs({
  productId: '-//Community Rights Advisor//Deadlines//EN',
  stamp: new Date('2026-06-20T10:15:30.123Z'),
  events: [
    { uid: 'abc@community-rights-advisor', date: '2026-07-14', summary: 'Interim moratorium ends', description: LONG, url: 'https://www.legislation.gov.uk/ukpga/2011/20/section/95' },
    { uid: 'def@community-rights-advisor', date: '2028-02-29', summary: 'Protected period ends; check, please', description: 'Leap day' },
  ],
});

describe('writing an iCalendar file', () => {
  it('given events, an independent parser reads back every field unchanged', () => {
    const calendar = new ICAL.Component(ICAL.parse(file));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual(['abc@community-rights-advisor', 'def@community-rights-advisor']);
    expect(events.map((e) => e.summary)).toEqual(['Interim moratorium ends', 'Protected period ends; check, please']);
    expect(events[0].description).toBe(LONG);
    expect(events.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.toString()])).toEqual([
      [true, '2026-07-14', '2026-07-15'],
      [true, '2028-02-29', '2028-03-01'],
    ]);
    const stamp = calendar.getAllSubcomponents('vevent')[0].getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe('2026-06-20T10:15:30.000Z');
  });

  it('given any content, every line ends in CRLF and no line is longer than 75 octets', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('given a long line with multi-byte characters, folding never splits a character and unfolds to the original', () => {
    const line = `DESCRIPTION:${'é'.repeat(50)}💷${'x'.repeat(100)}`;
    const folded = fold(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const piece of folded.split('\r\n')) {
      expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
    }
  });

  it('given text with the characters RFC 5545 reserves, it escapes them', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('given all-day events, it writes DTSTART and DTEND as dates, with a UID and DTSTAMP on each', () => {
    const events = file.split('BEGIN:VEVENT').slice(1);
    for (const e of events) {
      expect(e).toMatch(/\r\nUID:[^\r]+\r\n/);
      expect(e).toMatch(/\r\nDTSTAMP:20260620T101530Z\r\n/);
      expect(e).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
      expect(e).toMatch(/\r\nDTEND;VALUE=DATE:\d{8}\r\n/);
    }
  });
});
