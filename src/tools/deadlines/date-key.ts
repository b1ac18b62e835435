// How the day counted from travels in button ids and conversation state: "2026-06-03", or
// "2026-10" when only the month was given, so a button, "More detail" or a later question of
// time works the dates out as the same range instead of from the month's first day as if certain.
import { DATE_KEY, shortDate, type CalendarDate } from './calendar-date.js';
import { monthOf } from './describe-date.js';
import { lastPossibleDay, type FoundDate } from './find-dates.js';

export function dateKey(found: FoundDate): string {
  return found.latest ? found.date.slice(0, 7) : found.date;
}

/** The date a key stands for, as if read from a question again today; undefined when malformed. */
export function foundFromKey(key: string, today: CalendarDate): FoundDate | undefined {
  if (!DATE_KEY.test(key) || Number.isNaN(Date.parse(key))) return undefined;
  if (key.length === 10) return { date: key, text: key, index: 0, assumptions: [], approximate: false };
  const date = `${key}-01`;
  const latest = lastPossibleDay(date, today, date > today);
  const phrase = latest === date ? 'monthOnlyToday' : 'monthOnly';
  return { date, text: key, index: 0, assumptions: [{ phrase, text: key, date }], approximate: true, ...(latest !== date ? { latest } : {}) };
}

/** "3 June 2026", or "October 2026" when only the month is known: for labels and plain mentions. */
export function dateLabel(found: FoundDate): string {
  return found.latest ? monthOf(found.date) : shortDate(found.date);
}
