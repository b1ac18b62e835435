// The computed dates still to come, as an iCalendar attachment.
import { createHash } from 'node:crypto';
import type { Attachment } from '../../types.js';
import { writeIcs } from '../ical/write-ics.js';
import { shortDate, type CalendarDate } from './calendar-date.js';
import type { ComputedDate } from './compute-dates.js';
import { meaningOf, ruleText } from './describe-date.js';
import { fill } from './fill.js';
import type { PeriodsData } from './periods-model.js';

export interface LatestCounts {
  /** The last day the event could have been. */
  start: CalendarDate;
  dates: ComputedDate[];
}

/**
 * `latest`: when only the month is known, each period counted from its last possible day. The
 * calendar then holds the earliest day each period could end, when that is still to come (a
 * window that may or may not have closed is left to the reply, which says to ask the council
 * now), and its description says the real day may be later.
 */
export function deadlineCalendar(data: PeriodsData, eventId: string, start: CalendarDate, dates: ComputedDate[], stamp: Date, latest?: LatestCounts): Attachment | undefined {
  const upcoming = dates.flatMap((d) => {
    const last = latest?.dates.find((l) => l.period === d.period);
    return d.daysLeft >= 0 ? [{ ...d, range: last && last.date !== d.date ? { from: d.date, to: last.date } : undefined }] : [];
  });
  if (upcoming.length === 0) return undefined;
  const content = writeIcs({
    productId: '-//Community Rights Advisor//Deadlines//EN',
    stamp,
    events: upcoming.map((d) => ({
      // The same event, start and period always give the same UID, so re-importing updates.
      uid: `${createHash('sha256').update(`${eventId}|${start}|${d.period.id}`).digest('hex').slice(0, 24)}@community-rights-advisor`,
      date: d.date,
      summary: fill(data.phrases.calendarEvent, { label: d.period.label }),
      description: [
        fill(data.phrases.calendarDescription, { rule: ruleText(data, d, start, false, latest?.start), meaning: meaningOf(d, d.range !== undefined) }),
        ...(d.range ? [fill(data.phrases.calendarRange, { from: shortDate(d.range.from), to: shortDate(d.range.to) })] : []),
      ].join(' '),
      url: d.period.url,
    })),
  });
  return { filename: `deadlines-${eventId}-${start}.ics`, contentType: 'text/calendar', content };
}
