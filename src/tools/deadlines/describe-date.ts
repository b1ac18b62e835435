// One computed date as a line of the reply: the date, how far away it is, what it means, and
// the rule and provision it comes from. The short reply's line leaves out what it means.
import { fromLocalDate, longDate, shortDate, toLocalDate, type CalendarDate } from './calendar-date.js';
import { addDays, format } from './dates-lib.js';
import type { ComputedDate } from './compute-dates.js';
import { fill } from './fill.js';
import type { PeriodsData } from './periods-model.js';

export function statusText(data: PeriodsData, daysLeft: number): string {
  const p = data.phrases;
  if (daysLeft < -1) return fill(p.passedDays, { n: -daysLeft });
  if (daysLeft === -1) return p.passedOneDay;
  if (daysLeft === 0) return p.today;
  if (daysLeft === 1) return p.oneDayLeft;
  return fill(p.daysLeft, { n: daysLeft });
}

/** "6 weeks beginning with 3 June 2026 (that day counts as day 1) (Localism Act 2011, s.95(6))". */
export function ruleText(data: PeriodsData, c: ComputedDate, start: CalendarDate, withLink: boolean, latestStart?: CalendarDate): string {
  const { period } = c;
  const unit = period.length === 1 ? period.unit.slice(0, -1) : period.unit;
  const provision = withLink ? `[${period.provision}](${period.url})` : period.provision;
  return fill(data.phrases.rule, { length: period.length, unit, counting: fill(data.counting[period.counting], { start: startText(data, start, latestStart) }), provision });
}

/** "3 June 2026", or "a day in October 2026" when only the month is known. */
export function startText(data: PeriodsData, start: CalendarDate, latestStart?: CalendarDate): string {
  return latestStart && latestStart !== start ? fill(data.phrases.rangeStart, { month: monthOf(start) }) : shortDate(start);
}

/**
 * The same period counted from the last day the event could have been, when only its month is
 * known: the date becomes a range. A window that has closed if the event was on the 1st may still
 * be open if it was on the 31st, and the line says so instead of calling it passed.
 */
export interface LatestCount {
  start: CalendarDate;
  date: ComputedDate;
}

/** "Wednesday 11 November 2026", or "between 11 November 2026 and 11 December 2026" when only the month is known. */
function whenText(data: PeriodsData, c: ComputedDate, latest?: LatestCount): string {
  if (!latest || latest.date.date === c.date) return longDate(c.date);
  return fill(data.phrases.between, { from: shortDate(c.date), to: shortDate(latest.date.date) });
}

function rangeStatusText(data: PeriodsData, c: ComputedDate, start: CalendarDate, latest?: LatestCount): string {
  if (!latest || latest.date.date === c.date) return statusText(data, c.daysLeft);
  const [early, late] = [c.daysLeft, latest.date.daysLeft];
  if (early < 0 && late >= 0) return fill(data.phrases.mayBeOpen, { late: statusText(data, late), latest: shortDate(latest.start), date: shortDate(start) });
  if (early > 0) return fill(data.phrases.rangeAhead, { n: early, m: late });
  if (late < -1) return fill(data.phrases.rangePassed, { n: -late, m: -early });
  return fill(data.phrases.range, { early: statusText(data, early), late: statusText(data, late) });
}

/** "October 2026". */
export function monthOf(date: CalendarDate): string {
  return format(toLocalDate(date), 'MMMM yyyy');
}

/** The short reply's line: the date, how far away, and the rule and provision it comes from. */
export function shortDateLine(data: PeriodsData, c: ComputedDate, start: CalendarDate, latest?: LatestCount): string {
  return `- **${c.period.label}: ${whenText(data, c, latest)}** (${rangeStatusText(data, c, start, latest)}). ${ruleText(data, c, start, true, latest?.start)}.`;
}

/**
 * What a date means, in the period's own words. While the date is still to come, a period's
 * `meaningAhead` may say it better: its {dayAfter} is the first day after the period, so "the
 * owner may sell after this day" also names the day he may ("from Monday 14 December 2026"),
 * which "6 weeks from 2 November" leaves people counting one way or the other. A date already
 * passed needs no such day.
 */
export function meaningOf(c: ComputedDate, range = false): string {
  // A range has no single day after it to name.
  const ahead = c.daysLeft >= 0 && !range ? c.period.meaningAhead : undefined;
  return ahead ? fill(ahead, { dayAfter: longDate(fromLocalDate(addDays(toLocalDate(c.date), 1))) }) : c.period.meaning;
}

/** The whole line (plain text, JSON, "More detail"): also what the date means and how it was settled. */
export function dateLine(data: PeriodsData, c: ComputedDate, start: CalendarDate, latest?: LatestCount): string {
  const range = latest !== undefined && latest.date.date !== c.date;
  const notes = [meaningOf(c, range), `${ruleText(data, c, start, true, latest?.start)}.`];
  if (c.periodEndedOn) notes.push(fill(data.phrases.rolledOver, { date: longDate(c.periodEndedOn) }));
  if (c.monthEndAdjusted) notes.push(data.months.explain);
  if (c.beyondHolidayList) notes.push(fill(data.phrases.holidaysUnknown, { year: data.workingDays.coveredUntil, date: longDate(c.date) }));
  return `- **${c.period.label}: ${whenText(data, c, latest)}** (${rangeStatusText(data, c, start, latest)}). ${notes.join(' ')}`;
}
