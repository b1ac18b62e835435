// The computed dates still to come, as an iCalendar attachment.
import { createHash } from 'node:crypto';
import type { Attachment } from '../../types.js';
import { writeIcs } from '../ical/write-ics.js';
import type { CalendarDate } from './calendar-date.js';
import type { ComputedDate } from './compute-dates.js';
import { meaningOf, ruleText } from './describe-date.js';
import { fill } from './fill.js';
import type { PeriodsData } from './periods-model.js';

export function deadlineCalendar(data: PeriodsData, eventId: string, start: CalendarDate, dates: ComputedDate[], stamp: Date): Attachment | undefined {
  const upcoming = dates.filter((d) => d.daysLeft >= 0);
  if (upcoming.length === 0) return undefined;
  const content = writeIcs({
    productId: '-//Community Rights Advisor//Deadlines//EN',
    stamp,
    events: upcoming.map((d) => ({
      // The same event, start and period always give the same UID, so re-importing updates.
      uid: `${createHash('sha256').update(`${eventId}|${start}|${d.period.id}`).digest('hex').slice(0, 24)}@community-rights-advisor`,
      date: d.date,
      summary: fill(data.phrases.calendarEvent, { label: d.period.label }),
      description: fill(data.phrases.calendarDescription, { rule: ruleText(data, d, start, false), meaning: meaningOf(d) }),
      url: d.period.url,
    })),
  });
  return { filename: `deadlines-${eventId}-${start}.ics`, contentType: 'text/calendar', content };
}
