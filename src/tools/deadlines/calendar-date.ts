// Calendar dates as "YYYY-MM-DD" strings: statutory periods count whole days in England, so a
// date here has no time or zone. Arithmetic goes through date-fns on local-midnight Dates,
// which is safe across clock changes because date-fns moves by calendar fields, not hours.
import { differenceInCalendarDays, format, parseISO } from './dates-lib.js';

/** An ISO calendar date, "2026-06-03". */
export type CalendarDate = string;

/**
 * How the day counted from travels in button ids and conversation state: a day (YYYY-MM-DD), or a
 * month (YYYY-MM) when only the month is known (see date-key.ts). Here, so that reading an id or a
 * stored state does not load the date parser.
 */
export const DATE_KEY = /^\d{4}-\d{2}(-\d{2})?$/;

export function toLocalDate(iso: CalendarDate): Date {
  return parseISO(iso);
}

export function fromLocalDate(d: Date): CalendarDate {
  return format(d, 'yyyy-MM-dd');
}

// Made on first use: building a time-zone formatter costs several milliseconds of every start.
let london: Intl.DateTimeFormat | undefined;

/** The date in England at an instant: a question sent at 00:30 BST on 3 June is about 3 June. */
export function londonDate(instant: Date): CalendarDate {
  london ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
  return london.format(instant);
}

/** "Tuesday 14 July 2026". */
export function longDate(iso: CalendarDate): string {
  return format(toLocalDate(iso), 'EEEE d MMMM yyyy');
}

/** "14 July 2026". */
export function shortDate(iso: CalendarDate): string {
  return format(toLocalDate(iso), 'd MMMM yyyy');
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}
