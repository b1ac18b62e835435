// The statutory periods the deadline calculator knows, as loaded from knowledge/periods.yaml.
import type { Source } from '../../types.js';

export type PeriodUnit = 'days' | 'weeks' | 'months' | 'years';

/**
 * How a statute counts its period, taken from its wording:
 * - beginning-with: "the six weeks beginning with the date on which ..." (the start day is day 1)
 * - after: "after ...", "within ... of ...", "from ..." (counting starts the next day)
 * - beginning-with-day-after: "the period of 6 weeks beginning with the day after ..."
 */
export type CountingRule = 'beginning-with' | 'after' | 'beginning-with-day-after';

export const COUNTING_RULES: readonly CountingRule[] = ['beginning-with', 'after', 'beginning-with-day-after'];
export const PERIOD_UNITS: readonly PeriodUnit[] = ['days', 'weeks', 'months', 'years'];

/** Something that starts a clock, such as the council receiving the owner's notice. */
export interface ClockEvent {
  id: string;
  /** Completes "I've taken 3 June as the day ...". */
  describe: string;
  /** A short label for buttons and calendar entries. */
  short: string;
  /** ISO date the rules started; an earlier date gets a "these rules did not apply" reply. */
  since?: string;
  /** The knowledge entry that explains the event's periods. */
  entry?: string;
  /**
   * Other entries that each explain one of its periods (the full moratorium, the protected
   * period). Asked "when does that end?" right after the dates, one of them gets the dates again.
   */
  explainedAlsoBy: string[];
  /** Words people use for the event; lower case. */
  cues: string[];
  whenAllPassed: string;
  /** Said under "What I assumed" when a date is taken for this event (what else it could be). */
  note?: string;
  /** Events always offered as buttons beside this one, because its cues could mean them too. */
  alsoOffer: string[];
}

/**
 * Something people date that starts no clock, though it is easily taken for an event that does
 * (a pub going on the market is not the council receiving the owner's notice). A date tied to
 * it gets no dates: the reply says which event starts the clock and how to find its date.
 */
export interface NoClockEvent {
  id: string;
  /** A short label for buttons. */
  short: string;
  /** The event that really starts the clocks people mean. */
  clockEvent: string;
  /** The knowledge entry that explains what starts the clock. */
  entry?: string;
  cues: string[];
  /** The reply's title, explanation and how to find the real date; {date} is the date given. */
  title: string;
  explain: string;
  findDateHeading: string;
  findDate: string;
  /** Said in a dates reply that counted from another date in the same question. */
  notCounted: string;
  /**
   * Say so only when the question asks about time: "the shop shut in 2015, will the new law help?"
   * needs no note that closing starts no clock, as an answer or in place of one; "it shut in March
   * and is being sold, what are our deadlines?" does.
   */
  onlyWhenTimeAsked?: boolean;
  /**
   * It ends the clock of `clockEvent`: once a nomination is refused, the council's deadline for
   * deciding it is past, so a nomination dated earlier in the same question starts nothing worth
   * counting ("we nominated it in September; on 28 November they refused our nomination").
   */
  endsClock?: boolean;
  sources: Source[];
}

export interface StatutoryPeriod {
  id: string;
  event: string;
  label: string;
  length: number;
  unit: PeriodUnit;
  counting: CountingRule;
  wording: string;
  provision: string;
  url: string;
  meaning: string;
  /**
   * What the date means while it is still to come, when that says more: it may name {dayAfter},
   * the first day after the period ("from Monday 14 December the owner may sell").
   */
  meaningAhead?: string;
  /** The rules move a deadline that falls on a weekend or holiday to the next working day. */
  rollover: boolean;
  rolloverSource?: Source;
  caveat?: string;
}

export interface PeriodPhrases {
  [name: string]: string;
}

export interface PeriodsData {
  reviewed: string;
  phrases: PeriodPhrases;
  counting: Record<CountingRule, string>;
  months: { explain: string; caveat: string; sources: Source[] };
  workingDays: { source: Source; coveredUntil: number; holidays: Set<string> };
  matching: { negations: string[]; wordsReferringBack: number; namedPeriodWords: number; clauseBreaks: string[]; timeQuestions: string[]; dateQuestions: string[]; aheadCues: string[]; documentCues: string[]; checkQuestions: string[]; corrections: string[]; replacedDate: string[] };
  events: ClockEvent[];
  noClock: NoClockEvent[];
  periods: StatutoryPeriod[];
}

/** The phrase names replies use; the checker requires every one. */
export const PERIOD_PHRASES = [
  'title', 'heading', 'eventAssumed', 'otherEvent', 'yearAssumed', 'yearAssumedFuture', 'dayAssumed', 'monthOnly', 'monthOnlyToday', 'relative',
  'approximate', 'numeric', 'future', 'futureMonth', 'beforeScheme', 'allPassed', 'findTheDay', 'between', 'rangeStart', 'rangeAhead', 'rangePassed', 'range', 'mayBeOpen', 'passedDays', 'passedOneDay', 'today', 'daysLeft', 'oneDayLeft',
  'rule', 'rolledOver', 'holidaysUnknown', 'assumedHeading', 'checkHeading', 'confirm', 'calendar', 'calendarTerminal', 'calendarEvent', 'calendarDescription', 'calendarRange', 'checkedInTime', 'checkedLate',
] as const;
