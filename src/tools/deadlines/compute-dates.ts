// Works out every period that runs from one event on one date, with how far each end is from
// today. Pure: the same event, date and today always give the same answer.
import { daysFrom, type CalendarDate } from './calendar-date.js';
import { periodEnd } from './period-end.js';
import type { PeriodsData, StatutoryPeriod } from './periods-model.js';
import { nextWorkingDay } from './working-days.js';

export interface ComputedDate {
  period: StatutoryPeriod;
  /** The deadline: the period's last day, moved to a working day where the rules say so. */
  date: CalendarDate;
  /** Where the period itself ended, when the deadline was moved off a weekend or holiday. */
  periodEndedOn?: CalendarDate;
  monthEndAdjusted: boolean;
  beyondHolidayList: boolean;
  /** Days from today to the deadline; negative once it has passed. */
  daysLeft: number;
}

export function computeDates(data: PeriodsData, eventId: string, start: CalendarDate, today: CalendarDate): ComputedDate[] {
  return data.periods
    .filter((p) => p.event === eventId)
    .map((period) => {
      const { end, monthEndAdjusted } = periodEnd(start, period.length, period.unit, period.counting);
      let date = end;
      let periodEndedOn: CalendarDate | undefined;
      let beyondHolidayList = false;
      if (period.rollover) {
        const working = nextWorkingDay(end, data.workingDays.holidays, data.workingDays.coveredUntil);
        date = working.date;
        beyondHolidayList = working.beyondHolidayList;
        if (working.moved) periodEndedOn = end;
      }
      return { period, date, ...(periodEndedOn ? { periodEndedOn } : {}), monthEndAdjusted, beyondHolidayList, daysLeft: daysFrom(today, date) };
    })
    // Earliest first: the order in which they will matter.
    .sort((a, b) => a.date.localeCompare(b.date));
}
