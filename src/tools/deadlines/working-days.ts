// Moves a deadline that falls on a non-working day to the next working day, for rules that say
// so (GRC Rules 2009, rule 12(2)): weekends and the holidays listed in knowledge/periods.yaml.
import { addDays, isWeekend } from './dates-lib.js';
import { fromLocalDate, toLocalDate, type CalendarDate } from './calendar-date.js';

export interface WorkingDayResult {
  date: CalendarDate;
  /** The date moved off a weekend or holiday. */
  moved: boolean;
  /** A day checked lies after the last year the holiday list covers. */
  beyondHolidayList: boolean;
}

export function nextWorkingDay(date: CalendarDate, holidays: ReadonlySet<string>, coveredUntil: number): WorkingDayResult {
  let d = toLocalDate(date);
  let moved = false;
  let beyondHolidayList = false;
  for (;;) {
    const iso = fromLocalDate(d);
    if (Number(iso.slice(0, 4)) > coveredUntil) beyondHolidayList = true;
    if (!isWeekend(d) && !holidays.has(iso)) return { date: iso, moved, beyondHolidayList };
    d = addDays(d, 1);
    moved = true;
  }
}
