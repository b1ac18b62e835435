// One computed date as a line of the reply: the date, how far away it is, what it means, and
// the rule and provision it comes from. The short reply's line leaves out what it means.
import { fromLocalDate, longDate, shortDate, toLocalDate, type CalendarDate } from './calendar-date.js';
import { addDays } from './dates-lib.js';
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
export function ruleText(data: PeriodsData, c: ComputedDate, start: CalendarDate, withLink: boolean): string {
  const { period } = c;
  const unit = period.length === 1 ? period.unit.slice(0, -1) : period.unit;
  const provision = withLink ? `[${period.provision}](${period.url})` : period.provision;
  return fill(data.phrases.rule, { length: period.length, unit, counting: fill(data.counting[period.counting], { start: shortDate(start) }), provision });
}

/** The short reply's line: the date, how far away, and the rule and provision it comes from. */
export function shortDateLine(data: PeriodsData, c: ComputedDate, start: CalendarDate): string {
  return `- **${c.period.label}: ${longDate(c.date)}** (${statusText(data, c.daysLeft)}). ${ruleText(data, c, start, true)}.`;
}

/**
 * What a date means, in the period's own words. While the date is still to come, a period's
 * `meaningAhead` may say it better: its {dayAfter} is the first day after the period, so "the
 * owner may sell after this day" also names the day he may ("from Monday 14 December 2026"),
 * which "6 weeks from 2 November" leaves people counting one way or the other. A date already
 * passed needs no such day.
 */
export function meaningOf(c: ComputedDate): string {
  const ahead = c.daysLeft >= 0 ? c.period.meaningAhead : undefined;
  return ahead ? fill(ahead, { dayAfter: longDate(fromLocalDate(addDays(toLocalDate(c.date), 1))) }) : c.period.meaning;
}

/** The whole line (plain text, JSON, "More detail"): also what the date means and how it was settled. */
export function dateLine(data: PeriodsData, c: ComputedDate, start: CalendarDate): string {
  const notes = [meaningOf(c), `${ruleText(data, c, start, true)}.`];
  if (c.periodEndedOn) notes.push(fill(data.phrases.rolledOver, { date: longDate(c.periodEndedOn) }));
  if (c.monthEndAdjusted) notes.push(data.months.explain);
  if (c.beyondHolidayList) notes.push(fill(data.phrases.holidaysUnknown, { year: data.workingDays.coveredUntil, date: longDate(c.date) }));
  return `- **${c.period.label}: ${longDate(c.date)}** (${statusText(data, c.daysLeft)}). ${notes.join(' ')}`;
}
