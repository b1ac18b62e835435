// The last day of a statutory period, by its counting rule (see knowledge/periods.yaml).
// Days and weeks: "beginning with" day D ends on D + length - 1; "after" D ends on D + length.
// Months and years (calendar months, Interpretation Act 1978 Sch 1): "beginning with" D ends the
// day before the same date in the last month; "after" D ends on that same date (Dodds v Walker
// [1981] 1 WLR 1027). Where the last month has no such date, the period ends on that month's
// last day; `monthEndAdjusted` says so, because the reply must flag it as unconfirmed.
import { addDays, addMonths, addWeeks, getDate } from './dates-lib.js';
import { fromLocalDate, toLocalDate, type CalendarDate } from './calendar-date.js';
import type { CountingRule, PeriodUnit } from './periods-model.js';

export interface PeriodEnd {
  /** The last day of the period; it ends at the end of this day. */
  end: CalendarDate;
  /** The corresponding date did not exist in the last month, so the month's last day was used. */
  monthEndAdjusted: boolean;
}

export function periodEnd(start: CalendarDate, length: number, unit: PeriodUnit, counting: CountingRule): PeriodEnd {
  // "Beginning with the day after D" is "beginning with" D + 1.
  const first = counting === 'beginning-with-day-after' ? addDays(toLocalDate(start), 1) : toLocalDate(start);
  const inclusive = counting !== 'after';
  if (unit === 'days' || unit === 'weeks') {
    const added = unit === 'days' ? addDays(first, length) : addWeeks(first, length);
    return { end: fromLocalDate(inclusive ? addDays(added, -1) : added), monthEndAdjusted: false };
  }
  const months = unit === 'years' ? length * 12 : length;
  // date-fns clamps a missing date to the month's last day (31 Aug + 6 months = 28/29 Feb).
  const corresponding = addMonths(first, months);
  const missing = getDate(corresponding) !== getDate(first);
  if (missing) return { end: fromLocalDate(corresponding), monthEndAdjusted: true };
  return { end: fromLocalDate(inclusive ? addDays(corresponding, -1) : corresponding), monthEndAdjusted: false };
}
