// The counting rules themselves, checked as properties over many start dates and lengths
// rather than a few examples.
import { describe, expect, it } from '@jest/globals';
import { addDays, addMonths, differenceInCalendarDays, getDate, lastDayOfMonth, parseISO } from 'date-fns';
import fc from 'fast-check';
import { fromLocalDate } from '../../../src/tools/deadlines/calendar-date.js';
import { periodEnd } from '../../../src/tools/deadlines/period-end.js';

const startDates = fc.date({ min: new Date(2012, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true }).map((d) => fromLocalDate(new Date(d.getFullYear(), d.getMonth(), d.getDate())));
const days = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));

describe('periods counted in days and weeks', () => {
  it('given "beginning with" a day, the period holds exactly length days counting that day', () => {
    fc.assert(fc.property(startDates, fc.integer({ min: 1, max: 60 }), (start, n) => {
      expect(days(start, periodEnd(start, n, 'weeks', 'beginning-with').end)).toBe(7 * n - 1);
      expect(days(start, periodEnd(start, n, 'days', 'beginning-with').end)).toBe(n - 1);
    }));
  });

  it('given "after" a day, counting starts the next day, so it ends length days later', () => {
    fc.assert(fc.property(startDates, fc.integer({ min: 1, max: 60 }), (start, n) => {
      expect(days(start, periodEnd(start, n, 'weeks', 'after').end)).toBe(7 * n);
      expect(days(start, periodEnd(start, n, 'days', 'after').end)).toBe(n);
    }));
  });

  it('given "beginning with the day after", it ends where "after" does', () => {
    fc.assert(fc.property(startDates, fc.integer({ min: 1, max: 60 }), (start, n) => {
      expect(periodEnd(start, n, 'weeks', 'beginning-with-day-after').end).toBe(periodEnd(start, n, 'weeks', 'after').end);
    }));
  });
});

describe('periods counted in months and years', () => {
  it('given "beginning with" a day whose date exists in the last month, it ends the day before that date', () => {
    fc.assert(fc.property(startDates, fc.integer({ min: 1, max: 72 }), (start, n) => {
      const s = parseISO(start);
      const corresponding = addMonths(s, n);
      fc.pre(getDate(corresponding) === getDate(s));
      const result = periodEnd(start, n, 'months', 'beginning-with');
      expect(result).toEqual({ end: fromLocalDate(addDays(corresponding, -1)), monthEndAdjusted: false });
    }));
  });

  it('given a start date the last month lacks (31st, 30th, 29 February), it ends on that month\'s last day and says so', () => {
    fc.assert(fc.property(startDates, fc.integer({ min: 1, max: 72 }), fc.constantFrom('beginning-with', 'after') as fc.Arbitrary<'beginning-with' | 'after'>, (start, n, counting) => {
      const s = parseISO(start);
      const target = new Date(s.getFullYear(), s.getMonth() + n, 1);
      fc.pre(getDate(s) > getDate(lastDayOfMonth(target)));
      expect(periodEnd(start, n, 'months', counting)).toEqual({ end: fromLocalDate(lastDayOfMonth(target)), monthEndAdjusted: true });
    }));
  });

  it('given "after" a day, it ends on the corresponding date (Dodds v Walker)', () => {
    expect(periodEnd('2026-09-30', 4, 'months', 'after')).toEqual({ end: '2027-01-30', monthEndAdjusted: false });
    expect(periodEnd('2026-10-31', 4, 'months', 'after')).toEqual({ end: '2027-02-28', monthEndAdjusted: true });
  });

  it('given years, it counts them as twelve calendar months', () => {
    fc.assert(fc.property(startDates, fc.integer({ min: 1, max: 10 }), (start, n) => {
      expect(periodEnd(start, n, 'years', 'beginning-with')).toEqual(periodEnd(start, n * 12, 'months', 'beginning-with'));
    }));
  });
});
