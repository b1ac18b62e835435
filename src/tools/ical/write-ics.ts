// Writes an iCalendar file (RFC 5545) of all-day events, for "add these dates to a calendar".
// CRLF line endings (3.1), lines folded at 75 octets without splitting a character (3.1),
// TEXT values escaped (3.3.11), all-day events as DTSTART;VALUE=DATE with DTEND the next day
// (3.6.1), and a UID and DTSTAMP on every event (3.6.1, both required).
import { addDays, format, parseISO } from '../deadlines/dates-lib.js';

export interface CalendarEvent {
  /** Stable across runs, so importing the same dates twice updates rather than duplicates. */
  uid: string;
  /** The all-day date, "YYYY-MM-DD". */
  date: string;
  summary: string;
  description?: string;
  url?: string;
}

export interface CalendarFile {
  /** Names the product that made the file (PRODID), e.g. "-//Community Rights Advisor//Deadlines//EN". */
  productId: string;
  /** When the file was made; written as DTSTAMP in UTC. */
  stamp: Date;
  events: CalendarEvent[];
}

export function writeIcs(calendar: CalendarFile): string {
  const stamp = calendar.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(calendar.productId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of calendar.events) {
    const day = parseISO(e.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${format(day, 'yyyyMMdd')}`,
      `DTEND;VALUE=DATE:${format(addDays(day, 1), 'yyyyMMdd')}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    // A deadline is a reminder, not a meeting: it should not show the person as busy.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Backslash, semicolon, comma and newline are special in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Splits a content line into pieces of at most 75 octets; continuation lines start with a space. */
export function fold(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; each continuation holds 74 plus its leading space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}
