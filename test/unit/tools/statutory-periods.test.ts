// Every period in knowledge/periods.yaml, pinned to end dates worked out by hand from its
// statutory wording, including month ends and leap years. A period added without a pin here
// fails the last test, so no period ships without its counting being checked.
import { describe, expect, it } from '@jest/globals';
import { computeDates } from '../../../src/tools/deadlines/compute-dates.js';
import { realPeriods } from './support/real-periods.js';

const data = realPeriods();

/** [period id, event date, expected deadline, why] */
const PINS: [string, string, string, string][] = [
  ['interim-moratorium', '2026-06-03', '2026-07-14', 'six weeks beginning with 3 June 2026 ends at the end of 14 July 2026'],
  ['interim-moratorium', '2028-01-20', '2028-03-01', 'counting through 29 February in a leap year'],
  ['interim-moratorium', '2027-01-20', '2027-03-02', 'the same start in a year that is not a leap year ends a day later'],
  ['full-moratorium', '2026-06-03', '2026-12-02', 'six months beginning with 3 June ends the day before 3 December'],
  ['full-moratorium', '2026-03-01', '2026-08-31', 'beginning with the 1st ends on the last day of the month before'],
  ['full-moratorium', '2026-08-31', '2027-02-28', 'no 31 February: the last day of February'],
  ['full-moratorium', '2027-08-31', '2028-02-29', 'no 31 February in a leap year: 29 February'],
  ['full-moratorium', '2028-02-29', '2028-08-28', 'from 29 February the corresponding date exists in August'],
  ['protected-period', '2026-06-03', '2027-12-02', 'eighteen months beginning with 3 June 2026'],
  ['protected-period', '2026-08-31', '2028-02-29', 'no 31 February 2028: the last day of that leap-year February'],
  ['protected-period', '2027-08-31', '2029-02-28', 'no 31 February 2029: 28 February'],
  ['listing-ends', '2026-06-03', '2031-06-02', 'five years beginning with the date of entry'],
  ['listing-ends', '2024-02-29', '2029-02-28', 'entered on 29 February: no 29 February in 2029, so the 28th'],
  ['listing-ends', '2024-03-01', '2029-02-28', 'entered on 1 March: the day before 1 March 2029'],
  ['listing-ends', '2024-02-28', '2029-02-27', 'entered on 28 February: the day before 28 February 2029'],
  ['nomination-decision', '2026-06-03', '2026-07-29', 'within eight weeks of receipt, counted from the next day'],
  ['review-request', '2026-06-03', '2026-07-28', 'eight weeks beginning with the day notice was given'],
  ['review-decision', '2026-06-03', '2026-07-28', 'eight weeks beginning with the date the request was received'],
  ['tribunal-appeal', '2026-06-03', '2026-07-01', 'within 28 days of the date sent: a Wednesday, a working day'],
  ['tribunal-appeal', '2026-06-06', '2026-07-06', '28 days end on Saturday 4 July, so the next working day, Monday 6 July'],
  ['tribunal-appeal', '2026-11-27', '2026-12-29', 'ends on Christmas Day 2026; 26-27 are a weekend and 28 the Boxing Day substitute'],
  ['compensation-claim', '2026-06-03', '2026-09-02', 'thirteen weeks after the loss, counted from the next day'],
  ['compensation-review-request', '2026-06-03', '2026-07-28', 'eight weeks beginning with the date reasons were given'],
  ['rtc-timetable-notice', '2026-06-03', '2026-07-02', '30 days beginning with the day of receipt'],
  ['rtc-timetable-notice', '2028-02-15', '2028-03-15', '30 days across a leap-year February'],
  ['rtc-timetable-notice-window', '2026-06-03', '2026-07-03', '30 days beginning immediately after the window closed'],
  ['np-presubmission-consultation', '2026-06-03', '2026-07-15', 'not less than six weeks from first publicity, counted from the next day'],
  ['np-submission-consultation', '2026-06-03', '2026-07-15', 'the same rule in regulation 16'],
  ['np-examiner-decision-challenge', '2026-06-03', '2026-07-15', 'six weeks beginning with the day after publication (s.61N(2))'],
  ['np-intervention-request', '2026-06-03', '2026-07-15', 'six weeks beginning with the day after the decision is published'],
  ['np-plan-decision-challenge', '2026-06-03', '2026-07-15', 'six weeks beginning with the day after publication (s.61N(1))'],
  ['np-plan-made', '2026-06-03', '2026-07-29', 'eight weeks beginning with the day after the referendum'],
  ['np-referendum-challenge', '2026-06-03', '2026-07-15', 'six weeks beginning with the day after the result'],
];

function deadlineOf(periodId: string, start: string): string {
  const period = data.periods.find((p) => p.id === periodId);
  if (!period) throw new Error(`no period ${periodId}`);
  const found = computeDates(data, period.event, start, '2026-01-01').find((c) => c.period.id === periodId)!;
  return found.date;
}

describe('the statutory periods in knowledge/periods.yaml', () => {
  it.each(PINS)('given %s from %s, the deadline is %s (%s)', (periodId, start, expected) => {
    expect(deadlineOf(periodId, start)).toBe(expected);
  });

  it('given a month end with no matching date, it flags the date as resting on the unconfirmed month-end rule', () => {
    const event = data.periods.find((p) => p.id === 'full-moratorium')!.event;
    const dates = computeDates(data, event, '2026-08-31', '2026-01-01');
    expect(dates.find((d) => d.period.id === 'full-moratorium')!.monthEndAdjusted).toBe(true);
    expect(computeDates(data, event, '2026-06-03', '2026-01-01').some((d) => d.monthEndAdjusted)).toBe(false);
  });

  it('given every period in the file, each has at least one pinned end date here', () => {
    const pinned = new Set(PINS.map(([id]) => id));
    expect(data.periods.map((p) => p.id).filter((id) => !pinned.has(id))).toEqual([]);
  });
});
