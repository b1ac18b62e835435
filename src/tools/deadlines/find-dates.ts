// Finds the dates in a question with chrono-node's British English parser (day before month:
// "03/06/2026" is 3 June), relative to the day the question arrived, and says what it assumed
// for anything the person left out (the year, the month, an approximate "last month").
import { createRequire } from 'node:module';
import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import { addDays, addMonths, addYears, isValid } from './dates-lib.js';
import { saysAny } from './asks-about-time.js';
import { fromLocalDate, toLocalDate, type CalendarDate } from './calendar-date.js';

/** One assumption made while reading a date; `phrase` names a phrase in knowledge/periods.yaml. */
export interface DateAssumption {
  phrase: 'yearAssumed' | 'yearAssumedFuture' | 'dayAssumed' | 'monthOnly' | 'monthOnlyToday' | 'relative' | 'approximate' | 'numeric';
  text: string;
  date: CalendarDate;
}

export interface FoundDate {
  date: CalendarDate;
  /** The words that gave the date, as typed. */
  text: string;
  /** Where those words start in the question. */
  index: number;
  assumptions: DateAssumption[];
  /** Only roughly known ("last month", "five years ago", "March 2021"). */
  approximate: boolean;
  /** Its clause speaks of it as still to come ("if we kick off on 12 January"). */
  ahead?: boolean;
  /**
   * A month without a day ("in October") could be any day of it: the last day it could be (the
   * month's last, or today when the month is this one and the event has happened). Every date
   * then becomes a range, so a window that may still be open is never called passed.
   */
  latest?: CalendarDate;
}

// chrono has no parser for a bare day of the month ("we heard on the 3rd"), so one is added
// through its extension API; it yields only the day, and the month is settled below.
// The parser is built on first use, from the English locale alone: the package root loads every
// language chrono knows, and loading even English at start-up is a cost every start would pay for
// a tool most questions never reach.
let parser: Chrono | undefined;
function dateParser(): Chrono {
  if (!parser) {
    const en = createRequire(import.meta.url)('chrono-node/en') as { GB: Chrono };
    parser = en.GB.clone();
    parser.parsers.push({ pattern: () => /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/i, extract: (_context, match) => ({ day: Number(match[1]) }) });
  }
  return parser;
}

// Every date chrono can read has a digit or one of these words in it; text with none of them is
// not handed to the parser at all ("last" and "next" need a day, week, month or year to make a
// date, so they are not on the list). Over-matching ("market" holds "mar") only costs a parse.
const MAY_HOLD_A_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|day|week|fortnight|month|year|ago|noon|midnight|morning|evening|afternoon/i;

/**
 * `aheadCues`: words that put a date still to come ("if we kick off on 12 January"); a date in
 * their clause that gives no year is taken in the next such day, not the last.
 */
export function findDates(text: string, today: CalendarDate, aheadCues: readonly string[] = []): FoundDate[] {
  if (!MAY_HOLD_A_DATE.test(text)) return [];
  // Noon, so the reference sits safely inside the day whatever the process's time zone.
  const reference = toLocalDate(today);
  reference.setHours(12);
  return dateParser().parse(withoutNonYears(text), reference).flatMap((r) => {
    const start = r.start;
    if (!start.isCertain('day') && !start.isCertain('month') && !start.isCertain('weekday') && !r.tags().has('result/relativeDate')) return [];
    const parsed = new Date(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1);
    if (!isValid(parsed) || !isADate(r, fromLocalDate(parsed), today)) return [];
    return [settle(r, fromLocalDate(parsed), today, looksAhead(text, r.index, aheadCues))];
  });
}

/**
 * A share ("58%", "58 per cent"), two digits after a comma that follows a month ("19 nov, 58%
 * yes", "3 june, 40 people came") and two digits after a month that count ("on 1 dec 12 people
 * came") are never a year: the parser would read "19 nov, 58" as 1958. They are crossed out,
 * character for character, so every date keeps its place in the text.
 */
function withoutNonYears(text: string): string {
  const crossOut = (m: string) => 'x'.repeat(m.length);
  return text
    .replace(/\b\d{1,3}(?:\.\d+)?(?=\s*(?:%|per ?cent\b|percent\b))/gi, crossOut)
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,[ \t]*\d{2}(?!\d)/gi, (m) => m.replace(/\d{2}$/, crossOut))
    .replace(COUNT_AFTER_MONTH, (m) => m.replace(/\d{2}$/, crossOut));
}

/** Two digits after a month that count people or things ("on 1 dec 12 people came", "3 sept 21 members"). */
const COUNT_AFTER_MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{2}(?=[ \t]+(people|ppl|folk|members|signatures|signatories|names|residents|households|houses|homes|votes|voters|families|volunteers|trustees|councillors|shareholders|pledges|supporters|objections|responses|letters|of)\b)/gi;

function settle(r: ParsedResult, parsed: CalendarDate, today: CalendarDate, ahead: boolean): FoundDate {
  // A crossed-out share or count may leave spaces and its comma at the end of the date's words.
  const text = r.text.replace(/[\s,]+$/, '');
  const start = r.start;
  const assumptions: DateAssumption[] = [];
  let date = parsed;
  let approximate = false;
  let latest: CalendarDate | undefined;
  let endOfMonth = false;
  const relative = r.tags().has('result/relativeDate') || r.tags().has('casualReference/yesterday') || r.tags().has('casualReference/today') || start.isCertain('weekday');
  if (relative) {
    approximate = (!start.isCertain('day') && !start.isCertain('weekday')) || /\b(week|weeks|month|months|year|years)\b/i.test(text);
    assumptions.push({ phrase: approximate ? 'approximate' : 'relative', text: text, date });
  } else {
    // "The end of October" is read by the parser as the 31st, as if that day were known; a notice
    // that came a week earlier ends its window a week earlier, so it is a month without a day too.
    // ("The end of the month" names no month: it is left as it was.)
    endOfMonth = start.isCertain('day') && /^end of (?!the month|this month|next month|last month)/i.test(text.trim());
    if (endOfMonth) date = `${date.slice(0, 7)}-01`;
    if (!start.isCertain('month')) {
      // A bare day of the month: the most recent such day.
      if (date > today) date = fromLocalDate(addMonths(toLocalDate(date), -1));
      assumptions.push({ phrase: 'dayAssumed', text: text, date });
    } else if (!start.isCertain('year')) {
      // chrono picks the nearest year; the events these periods run from have usually happened,
      // so take the most recent one and say so, unless the question puts the day still to come.
      const thisYear = fromLocalDate(new Date(Number(today.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
      if (ahead) date = thisYear < today ? fromLocalDate(addYears(toLocalDate(thisYear), 1)) : thisYear;
      else date = thisYear > today ? fromLocalDate(addYears(toLocalDate(thisYear), -1)) : thisYear;
      assumptions.push({ phrase: ahead ? 'yearAssumedFuture' : 'yearAssumed', text: text, date });
    }
    if (!start.isCertain('day') || endOfMonth) {
      approximate = true;
      latest = lastPossibleDay(date, today, ahead);
      assumptions.push({ phrase: latest === date ? 'monthOnlyToday' : 'monthOnly', text: text, date });
    }
    if (r.tags().has('parser/SlashDateFormatParser') && isAmbiguousNumeric(start)) assumptions.push({ phrase: 'numeric', text: text, date });
  }
  return { date, text, index: r.index, assumptions, approximate, ...(ahead ? { ahead } : {}), ...(latest && latest !== date ? { latest } : {}) };
}

/** The last day of the month `first` begins; no later than today for something already done. */
export function lastPossibleDay(first: CalendarDate, today: CalendarDate, ahead: boolean): CalendarDate {
  const last = fromLocalDate(addDays(addMonths(toLocalDate(first), 1), -1));
  return !ahead && first <= today && last > today ? today : last;
}

/**
 * Whether chrono's result names a day something happened, rather than a duration or a vague
 * time: "now" ("what now?"), a bare year ("last year"), and relative times still to come ("after
 * 2 months", "in 3 weeks", "next month") say how long or roughly when, not on which day.
 */
function isADate(r: ParsedResult, date: CalendarDate, today: CalendarDate): boolean {
  if (r.tags().has('casualReference/now') || /^(right )?now$/i.test(r.text.trim())) return false;
  const relative = r.tags().has('result/relativeDate');
  if (relative && !r.start.isCertain('month') && !r.start.isCertain('day') && !/\b(years?|yrs?)\s+ago\b/i.test(r.text)) return false;
  if (relative && date > today) return false;
  // "The week before it got listed", "a day after the notice": counted from another event the
  // question names, not from today, so not a day this question can pin down.
  if (relative && /\b(before|after)\s*$/i.test(r.text)) return false;
  return true;
}

/** "03/06/2026" could be read either way by someone used to month-first dates. */
function isAmbiguousNumeric(start: ParsedComponents): boolean {
  const day = start.get('day') ?? 0;
  const month = start.get('month') ?? 0;
  return day <= 12 && month <= 12 && day !== month;
}

/**
 * Whether the words leading up to the date in its sentence speak of it as still to come ("if we
 * kick off on 12 January"). Only what comes before counts: in "they got it on 9 Nov, so when will
 * we hear?" the future is the reply's, not the date's.
 */
function looksAhead(text: string, index: number, cues: readonly string[]): boolean {
  if (!cues.length) return false;
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'), before.lastIndexOf(';')) + 1;
  return saysAny(before.slice(start), cues);
}
