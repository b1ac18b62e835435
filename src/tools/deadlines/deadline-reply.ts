// The reply to a dated question: every date that follows from the event, with its rule and
// provision, what was assumed in reading the question, what is uncertain, the line telling
// people to confirm with the council, the not-legal-advice notice and a calendar file.
import type { FollowUp, Reply, Source } from '../../types.js';
import { encodeToolId } from '../tool-ids.js';
import { daysFrom, shortDate, type CalendarDate } from './calendar-date.js';
import type { ComputedDate } from './compute-dates.js';
import { dateKey, dateLabel } from './date-key.js';
import { deadlineCalendar } from './deadline-calendar.js';
import { dateLine, monthOf, shortDateLine, startText, type LatestCount } from './describe-date.js';
import { fill } from './fill.js';
import type { FoundDate } from './find-dates.js';
import type { ClockEvent, PeriodsData } from './periods-model.js';

export interface DeadlineReplyInput {
  data: PeriodsData;
  event: ClockEvent;
  found: FoundDate;
  /** Other events the date might belong to, offered as buttons. */
  alternatives: ClockEvent[];
  dates: ComputedDate[];
  /** When only the month is known: the same periods counted from its last possible day. */
  latestDates?: ComputedDate[];
  today: CalendarDate;
  /** The general-information notice from phrases.yaml. */
  notice: string;
  stamp: Date;
  /** Title of the knowledge entry that explains the event, for a follow-up button. */
  entryTitle?: string;
  /** Asked at the terminal, which cannot attach the calendar. */
  terminal?: boolean;
  /** Other dates in the question that were not counted from, and why ("it went on the market"). */
  notCounted?: string[];
  /** A day the asker checks against the dates ("was the 17th even in time?"). */
  checked?: FoundDate;
}

export function deadlineReply(input: DeadlineReplyInput): Reply {
  const { data, event, found, dates, today } = input;
  const p = data.phrases;
  const start = found.date;
  // "3 June 2026", or "a day in October 2026" when only the month is known.
  const from = startText(data, start, found.latest);
  const lead: string[] = [];
  if (event.since && start < event.since) {
    return { kind: 'answer', title: fill(p.title, { date: shortDate(start) }), sections: [{ body: fill(p.beforeScheme, { date: shortDate(start), since: shortDate(event.since) }) }], sources: sourcesOf(input), followUps: followUps(input), actions: [], notice: input.notice, ...(event.entry ? { entryId: event.entry } : {}) };
  }
  // Only the month known ("set for late Jan 2027"): the 1st is not the day assumed, the month is.
  if (start > today) lead.push(found.latest && found.latest !== start ? fill(p.futureMonth, { month: monthOf(start) }) : fill(p.future, { date: shortDate(start) }));
  // A start known only by its month gives a range of deadlines, so no day is said to be in time.
  if (input.checked && dates[0] && !found.latest) lead.push(checkedLine(data, input.checked, dates[0]));
  const latestOf = (d: ComputedDate): LatestCount | undefined => {
    const date = input.latestDates?.find((l) => l.period === d.period);
    return date && found.latest ? { start: found.latest, date } : undefined;
  };
  // Only the month known: passed means passed even counted from its last possible day.
  const lastOf = (d: ComputedDate) => latestOf(d)?.date ?? d;
  if (dates.every((d) => lastOf(d).daysLeft < 0)) lead.push(`${p.allPassed} ${event.whenAllPassed}`);
  else if (dates.some((d) => d.daysLeft < 0 && lastOf(d).daysLeft >= 0)) lead.push(p.findTheDay);

  const assumed = [fill(p.eventAssumed, { date: from, event: event.describe })];
  for (const a of found.assumptions) assumed.push(fill(p[a.phrase], { text: a.text, date: shortDate(a.date), ...(found.latest ? { latest: shortDate(found.latest) } : {}) }));
  if (event.note) assumed.push(event.note);
  assumed.push(...(input.notCounted ?? []));
  if (input.alternatives.length) assumed.push(fill(p.otherEvent, { date: shortDate(start) }));

  const calendar = deadlineCalendar(data, event.id, start, dates, input.stamp, found.latest && input.latestDates ? { start: found.latest, dates: input.latestDates } : undefined);
  const caveats = [...new Set(dates.flatMap((d) => (d.period.caveat ? [d.period.caveat] : [])))];
  // A range's last day may rest on the month-end rule too; its caveat is left to the earliest
  // dates, as the exact day must come from the council anyway (and the reply stays short).
  if (dates.some((d) => d.monthEndAdjusted)) caveats.push(data.months.caveat);
  const check = [p.confirm, ...caveats, ...(calendar ? [input.terminal ? p.calendarTerminal : p.calendar] : [])];

  // Short answer first: chat shows each date with its rule and provision, what was assumed and
  // what to check; "More detail" (and plain text) has each date's full line, with what it means.
  return {
    kind: 'answer',
    title: fill(p.title, { date: from }),
    sections: [
      { heading: p.heading, body: [...lead, ...dates.map((d) => shortDateLine(data, d, start, latestOf(d)))].join('\n'), brief: true },
      { heading: p.heading, body: [...lead, ...dates.map((d) => dateLine(data, d, start, latestOf(d)))].join('\n'), detail: true },
      { heading: p.assumedHeading, body: assumed.map((a) => `- ${a}`).join('\n') },
      { heading: p.checkHeading, body: check.map((c) => `- ${c}`).join('\n') },
    ],
    sources: sourcesOf(input),
    followUps: followUps(input),
    actions: [],
    notice: input.notice,
    ...(event.entry ? { entryId: event.entry } : {}),
    ...(calendar ? { attachments: [calendar] } : {}),
  };
}

/**
 * How a day the asker checks compares with the first deadline, the one a "were we in time?" is
 * nearly always about (the request to bid, the owner's review, the council's timetable).
 */
function checkedLine(data: PeriodsData, checked: FoundDate, first: ComputedDate): string {
  const late = daysFrom(first.date, checked.date);
  const filled = { checked: shortDate(checked.date), label: first.period.label, date: shortDate(first.date), n: String(late) };
  return fill(late > 0 ? data.phrases.checkedLate : data.phrases.checkedInTime, filled);
}

function sourcesOf({ data, dates }: DeadlineReplyInput): Source[] {
  const all: Source[] = dates.map((d) => ({ title: d.period.provision, url: d.period.url }));
  for (const d of dates) if (d.period.rolloverSource) all.push(d.period.rolloverSource, data.workingDays.source);
  if (dates.some((d) => d.monthEndAdjusted)) all.push(...data.months.sources);
  return all.filter((s, i) => all.findIndex((o) => o.url === s.url && o.title === s.title) === i);
}

function followUps({ event, found, alternatives, entryTitle }: DeadlineReplyInput): FollowUp[] {
  const out: FollowUp[] = alternatives.map((a) => ({ label: `${a.short}: ${dateLabel(found)}`, entryId: encodeToolId({ tool: 'deadline', event: a.id, date: dateKey(found) }) }));
  if (event.entry && entryTitle) out.push({ label: entryTitle, entryId: event.entry });
  return out;
}
