// The deadline calculator as one room of the advisor: a question that gives a date for an event
// with statutory time limits gets those limits worked out, and so does a follow-up that asks when
// and gives a date, in a thread about one such event. Anything else is left to the matcher
// (undefined), so a date about something unrelated never turns into a deadline.
import type { Reply } from '../../types.js';
import { asksAboutTime, endsWithAny, saysAny } from './asks-about-time.js';
import { londonDate, shortDate, type CalendarDate } from './calendar-date.js';
import { computeDates } from './compute-dates.js';
import { dateKey, dateLabel, foundFromKey } from './date-key.js';
import { decodeToolId, encodeToolId } from '../tool-ids.js';
import { deadlineReply } from './deadline-reply.js';
import { fill } from './fill.js';
import { findDates, type FoundDate } from './find-dates.js';
import { matchEvents, mentionsAnEvent } from './match-event.js';
import { noClockReply } from './no-clock-reply.js';
import type { NoClockEvent, PeriodsData } from './periods-model.js';

/** A day given by the calendar (a number or a month), not by words like "tomorrow". */
const CALENDAR_DAY = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

export interface DeadlineContext {
  data: PeriodsData;
  notice: string;
  /** The title of a knowledge entry, for the "read more" follow-up. */
  entryTitle(id: string): string | undefined;
  /** Asked at the terminal, which cannot attach the calendar. */
  terminal?: boolean;
}

export interface DatedReply {
  reply: Reply;
  /** The date was only roughly given ("two years ago"), so it is context more than the point. */
  approximate: boolean;
  /** The event counted from, and its date (YYYY-MM-DD). */
  event: string;
  date: string;
}

/**
 * The reply for a dated question, or undefined when the question has no dated event.
 * `implied`: the clock event the thread is about, when the question is a follow-up in it. A
 * follow-up that gives one date and no event of its own ("they got ours on 2 Nov, so when should
 * we hear?") is dated for that event when it asks about time. One that only states a date is
 * left alone: it is more often telling the case than asking for its dates.
 * `own`: the clock event whose entry answers the question. A date given as a letter's own date
 * ("the letter is dated 20 Oct") is dated for it, asked about time or not: the letter and the
 * answer are two readings of the same clock ("the council has listed my pub, the letter is dated
 * 20 Oct 2026; how do I challenge it?" counts the owner's review from the listing letter).
 * `inThread`: the question follows earlier ones in the same conversation.
 */
export function answerDates(text: string, receivedAt: Date, ctx: DeadlineContext, implied?: string, own?: string, inThread = false): DatedReply | undefined {
  const { events, noClock } = ctx.data;
  const cued = [...events, ...noClock];
  const mentioned = mentionsAnEvent(text, cued);
  // The thread's clock is dated only by a question about time, so without a cue of its own a
  // question that does not ask one is not handed to the date parser at all.
  const { timeQuestions } = ctx.data.matching;
  // A first question can name its clock in one sentence and date it in another ("how long has the
  // council got to decide an ACV nomination? we sent ours on 14 oct"): when its answer explains
  // that very clock, the answer's event is the one the date belongs to, as the thread's would be.
  // Later in a thread, the story has already named what happened, and the follow-up only dates it
  // ("...an acv nomination from a friends group", then "and it landed on 20 october, how long have
  // we got"): the answer's own clock is the one meant, as long as the question asks about time.
  const named = own !== undefined && (inThread || mentionsAnEvent(text, events.filter((e) => e.id === own))) ? own : undefined;
  const clock = implied ?? named;
  const today = londonDate(receivedAt);
  // The day a correction replaces ("not july") is no date given.
  const replaced = (d: FoundDate) => endsWithAny(text.slice(0, d.index), ctx.data.matching.replacedDate);
  let read: FoundDate[] | undefined;
  const datesFound = () => (read ??= findDates(text, today, ctx.data.matching.aheadCues));
  // A correction in a thread ("sorry it was 20 aug not july") asks for the thread's dates again.
  // So does a date set against one it replaces, with or without an apology ("they received it on
  // the 14th, not the 1st"): the asker wants the same dates from the right day.
  const corrects = inThread && (saysAny(text, ctx.data.matching.corrections) || (clock !== undefined && saysAny(text, ctx.data.matching.replacedDate) && replacesADate(datesFound(), replaced)));
  const asksWhen = clock !== undefined && isClock(ctx, clock) && (asksAboutTime(text, timeQuestions) || corrects);
  const { documentCues } = ctx.data.matching;
  const letter = own !== undefined && isClock(ctx, own) && saysAny(text, documentCues) ? own : undefined;
  if (!mentioned && !asksWhen && !letter) return undefined;
  const found = datesFound();
  const dated = mentioned ? matchEvents(text, found, cued, ctx.data.matching).map((d) => (letter ? asLetter(ctx, d, letter, text) : d)) : [];
  if (!dated.length && (asksWhen || letter)) {
    // The question's own words are no date: "what's my last day" reads as yesterday to the parser.
    // A day still to come starts the thread's clock only when the question names it and says it
    // will ("if we kick off on 12 January"): "is it gonna rain tomorrow?" dates nothing.
    const byCalendar = (d: FoundDate) => CALENDAR_DAY.test(d.text) && !d.assumptions.some((a) => a.phrase === 'relative' || a.phrase === 'approximate');
    const given = found.filter((d) => !timeQuestions.includes(d.text.toLowerCase()) && !replaced(d) && (d.date <= today || (d.ahead && byCalendar(d))));
    const one = given.length === 1 ? given[0]! : undefined;
    if (one && letter && endsWithAny(text.slice(0, one.index), documentCues)) dated.push({ found: one, events: [letter] });
    else if (one && asksWhen) dated.push({ found: one, events: [clock!] });
  }
  // A date that starts a clock is the point of the question; a date that starts none ("it went
  // on the market on 1 May") is answered on its own only when no clock is dated.
  // Of several dated events, the latest is where the story stands now ("listed in March 2025 ...
  // the owner notified them on 24 Nov 2026 ... by when?"): its dates come first, the rest as buttons.
  const unclocked = dated.filter((d) => !isClock(ctx, d.events[0]));
  // A clock that a later step in the same story ended ("nominated in September ... refused our
  // nomination on 28 November") has nothing left to count: its deadline is past by the story's own
  // account.
  const ends = (u: (typeof unclocked)[number], event: string) => {
    const noClock = noClockOf(ctx, u.events[0]);
    return noClock?.endsClock === true && noClock.clockEvent === event;
  };
  const endedAt = (event: string) => unclocked.filter((u) => ends(u, event)).map((u) => u.found.date);
  const clocked = dated
    .filter((d) => isClock(ctx, d.events[0]) && !endedAt(d.events[0]).some((end) => end >= d.found.date))
    .sort((a, b) => b.found.date.localeCompare(a.found.date));
  const first = clocked[0] ?? unclocked[0];
  if (!first) return undefined;
  const alternatives = first.events.slice(1).filter((id) => isClock(ctx, id));
  const notCounted = unclocked.map((u) => fill(noClockOf(ctx, u.events[0])!.notCounted, { date: dateLabel(u.found) }));
  const reply = clocked.length
    ? build(ctx, first.events[0], first.found, alternatives, today, receivedAt, notCounted, checkedDay(text, found, first.found.date, ctx.data, dated.map((d) => d.found)))
    : buildNoClock(ctx, noClockOf(ctx, first.events[0])!, first.found, alternatives);
  // Further dated events in the same question are offered as buttons rather than crowding one reply.
  for (const other of clocked.slice(1)) {
    const event = events.find((e) => e.id === other.events[0])!;
    reply.followUps.unshift({ label: `${event.short}: ${other.found.text}`, entryId: encodeToolId({ tool: 'deadline', event: event.id, date: dateKey(other.found) }) });
  }
  return { reply, approximate: first.found.approximate, event: first.events[0], date: dateKey(first.found) };
}

/** Whether the dates found hold one the message replaces ("not the 1st") and one it gives instead. */
function replacesADate(found: readonly FoundDate[], replaced: (d: FoundDate) => boolean): boolean {
  return found.some(replaced) && found.some((d) => !replaced(d));
}

/**
 * A letter's date whose cue names another entry's event ("notice our barn was listed, letter dated
 * 16 Oct", answered on the owner's review) is counted for the answer's own clock first; the
 * cued events stay on offer. A cue for an event of the answer's own entry ("review decision
 * dated 3 Nov") keeps its event.
 */
function asLetter(ctx: DeadlineContext, d: { found: FoundDate; events: string[] }, letter: string, text: string): { found: FoundDate; events: string[] } {
  const entryOf = (id: string) => ctx.data.events.find((e) => e.id === id)?.entry;
  const own = entryOf(letter);
  if (d.events.some((id) => entryOf(id) === own) || !endsWithAny(text.slice(0, d.found.index), ctx.data.matching.documentCues)) return d;
  return { ...d, events: [letter, ...d.events] };
}

/** Whether the question asks if a day was in time (`matching.checkQuestions`: "in time", "too late"). */
export function checksADay(text: string, data: PeriodsData): boolean {
  return saysAny(text, data.matching.checkQuestions);
}

/**
 * The day a question checks against dates counted from `start` ("notice reached them on 9 Oct, our
 * request went in on 17 Nov: were we in time?", or later "was the 17th even in time?"): asked with
 * a check word, the one day named by the calendar, on or after `start`, that is not itself one of
 * the `dated` days. A day before the clock started cannot have been late or early for it.
 */
export function checkedDay(text: string, found: readonly FoundDate[], start: string, data: PeriodsData, dated: readonly FoundDate[] = []): FoundDate | undefined {
  if (!checksADay(text, data)) return undefined;
  const rest = found.filter((d) => !dated.some((e) => e.index === d.index) && d.date >= start && !d.approximate && CALENDAR_DAY.test(d.text));
  return rest.length === 1 ? rest[0] : undefined;
}

/**
 * Recomputes from a "deadline--<event>--<date>" follow-up; undefined when the id is not one.
 * `checked`: a day the asker checks against these dates, said beside them.
 */
export function answerDeadlineFollowUp(id: string, receivedAt: Date, ctx: DeadlineContext, checked?: FoundDate): Reply | undefined {
  const tool = decodeToolId(id);
  const found = tool?.tool === 'deadline' ? foundFromKey(tool.date, londonDate(receivedAt)) : undefined;
  if (tool?.tool !== 'deadline' || !found) return undefined;
  const noClock = noClockOf(ctx, tool.event);
  if (noClock) return buildNoClock(ctx, noClock, found, []);
  if (!isClock(ctx, tool.event)) return undefined;
  return build(ctx, tool.event, found, [], londonDate(receivedAt), receivedAt, [], checked);
}

function build(ctx: DeadlineContext, eventId: string, found: FoundDate, alternativeIds: string[], today: CalendarDate, stamp: Date, notCounted: string[] = [], checked?: FoundDate): Reply {
  const event = ctx.data.events.find((e) => e.id === eventId)!;
  // Events whose cues could mean this one too are always offered, so the reading can be changed.
  const ids = [...new Set([...alternativeIds, ...event.alsoOffer])].filter((id) => id !== event.id);
  const alternatives = ids.flatMap((id) => ctx.data.events.filter((e) => e.id === id));
  const dates = computeDates(ctx.data, event.id, found.date, today);
  const latestDates = found.latest ? computeDates(ctx.data, event.id, found.latest, today) : undefined;
  const entryTitle = event.entry ? ctx.entryTitle(event.entry) : undefined;
  return deadlineReply({ data: ctx.data, event, found, alternatives, dates, latestDates, today, notice: ctx.notice, stamp, entryTitle, terminal: ctx.terminal, notCounted, ...(checked ? { checked } : {}) });
}

function buildNoClock(ctx: DeadlineContext, event: NoClockEvent, found: FoundDate, alternativeIds: string[]): Reply {
  const alternatives = alternativeIds.flatMap((id) => ctx.data.events.filter((e) => e.id === id));
  return noClockReply({ event, found, alternatives, notice: ctx.notice, entryTitle: event.entry ? ctx.entryTitle(event.entry) : undefined });
}

function isClock(ctx: DeadlineContext, id: string | undefined): boolean {
  return ctx.data.events.some((e) => e.id === id);
}

function noClockOf(ctx: DeadlineContext, id: string | undefined): NoClockEvent | undefined {
  return ctx.data.noClock.find((n) => n.id === id);
}
