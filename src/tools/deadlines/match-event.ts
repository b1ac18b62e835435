// Decides which event a date belongs to: "the owner's notice reached the council on 3 June"
// is about the owner's notice. Only cues in the same sentence as the date count, nearest first,
// so a date about something else ("we formed our CIC on 3 June") never starts a clock.
import type { FoundDate } from './find-dates.js';
import type { ClockEvent } from './periods-model.js';

/** Anything a date can be tied to by its cues: an event that starts a clock, or one that starts none. */
export type CuedEvent = Pick<ClockEvent, 'id' | 'cues'>;

export interface DatedEvent {
  found: FoundDate;
  /** Event ids whose cues are near the date, nearest first; the first is the one used. */
  events: string[];
}

/** How dates are tied to events; from the `matching` section of knowledge/periods.yaml. */
export interface MatchingRules {
  /** Words that turn a cue into its opposite just before it ("nobody told the council"). */
  negations: string[];
  /** A sentence with at most this many words besides its date refers back to the event. */
  wordsReferringBack: number;
  /** Words that start a clause of its own ("but"): a cue claims a date across one only when its own side has none. */
  clauseBreaks?: string[];
}

interface CueHit {
  event: string;
  start: number;
  end: number;
}

/**
 * Whether any event's cue appears in the text at all: without one no date can start a clock, so
 * the date parser need not run (most questions give no date).
 */
export function mentionsAnEvent(text: string, events: readonly CuedEvent[]): boolean {
  const lower = text.toLowerCase().replace(/[‘’]/g, "'");
  return events.some((e) => e.cues.some((cue) => lower.search(cuePattern(cue)) >= 0));
}

export function matchEvents(text: string, dates: FoundDate[], events: readonly CuedEvent[], rules: MatchingRules): DatedEvent[] {
  const lower = text.toLowerCase().replace(/[‘’]/g, "'");
  const hits = findCues(lower, events, rules.negations);
  const years = yearsAlone(lower, dates);
  const breaks = clauseBreakPattern(rules.clauseBreaks ?? []);
  const out: DatedEvent[] = [];
  for (const found of dates) {
    const sentence = sentenceAround(lower, found.index);
    // A cue belongs to the date nearest it: in "sold in February, but listed in April" the listing
    // is April's, and February starts no clock.
    const aside = bracketsAround(lower, found.index);
    // Only the sentence's own dates compete for its cues: in "refused on 2 March. We nominated it
    // again on 20 May." the second sentence's cue is 20 May's, though 2 March ends nearer to it.
    // A year on its own ("listed since 2024") dates nothing the calculator can count from, but it
    // still claims the cue beside it: in "emailed today - it's been listed since 2024" the listing
    // is 2024's, not today's. A year in brackets claims only cues in its brackets: in "the shop
    // (acv listed 2023) told the council ... on 9 oct" the notice is still 9 October's.
    const sentenceDates: Spot[] = [...dates, ...years].filter((d) => d.index >= sentence.start && d.index < sentence.end);
    let near = hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end && outsideOtherAsides(bracketsAround(lower, h.start), aside) && nearestDate(lower, h, sentenceDates.filter((d) => !years.includes(d) || inSameAside(lower, d.index, h.start)), breaks) === found);
    // A short sentence that only gives the date refers back: "The owner told the council. That
    // was on 3 June." A longer one is about something else ("She died last month.").
    const otherWords = lower.slice(sentence.start, sentence.end).replace(lower.substr(found.index, found.text.length), ' ').split(/\s+/).filter((w) => /[a-z]/.test(w));
    if (near.length === 0 && dates.length === 1 && otherWords.length <= rules.wordsReferringBack) near = hits;
    const ranked = rankByDistance(near, found.index, found.index + found.text.length);
    if (ranked.length) out.push({ found, events: ranked });
  }
  return out;
}

function findCues(lower: string, events: readonly CuedEvent[], negations: string[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const e of events) {
    for (const cue of e.cues) {
      for (const m of lower.matchAll(cuePattern(cue))) {
        // "nobody told the council" is the opposite of the event.
        const before = lower.slice(Math.max(0, m.index - 24), m.index).trim().split(/\s+/).slice(-2).join(' ');
        if (negations.some((n) => ` ${before} `.includes(` ${n} `))) continue;
        hits.push({ event: e.id, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  // "notice of listing" also contains "listing": the longer phrase says more, so it wins.
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}

/** Where some words stand in the question: a date found, or a year given alone. */
interface Spot {
  index: number;
  text: string;
}

/** Years written on their own ("since 2024", "back in 2019"), outside every date found. */
function yearsAlone(lower: string, dates: readonly FoundDate[]): Spot[] {
  const inDate = (i: number) => dates.some((d) => i >= d.index && i < d.index + d.text.length);
  return [...lower.matchAll(/(?<![\w/£$.,:-])(?:19|20)\d\d(?![\w%/:]|[.,]\d)/g)].filter((m) => !inDate(m.index)).map((m) => ({ index: m.index, text: m[0] }));
}

/**
 * The date a cue belongs to: the nearest on its own side of any clause break, else the nearest.
 * In "passed examination in feb 2026 but the referendum is now set for late jan 2027" the
 * referendum is January's, though February ends nearer to it.
 */
function nearestDate(lower: string, hit: CueHit, dates: readonly Spot[], breaks: RegExp | undefined): Spot | undefined {
  const across = (d: Spot) => breaks !== undefined && breaks.test(d.index < hit.start ? lower.slice(d.index + d.text.length, hit.start) : lower.slice(hit.end, d.index));
  const ownSide = dates.filter((d) => !across(d));
  let best: Spot | undefined;
  let bestDistance = Infinity;
  for (const d of ownSide.length ? ownSide : dates) {
    const distance = distanceBetween(hit, d.index, d.index + d.text.length);
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

/** One whole-word pattern for the clause-break words, or none when there are none. Not global, so test is safe. */
function clauseBreakPattern(words: readonly string[]): RegExp | undefined {
  return words.length ? new RegExp(`(?<![a-z0-9'])(?:${words.map(escape).join('|')})(?![a-z0-9'])`) : undefined;
}

function distanceBetween(h: CueHit, from: number, to: number): number {
  return h.end <= from ? from - h.end : h.start >= to ? h.start - to : 0;
}

/**
 * Words that only point at the thing a cue names: "the council got his notice" is the cue "council
 * got the notice" as surely as "the notice" is. In a cue, any of them stands for all of them.
 */
const DETERMINERS = ['the', 'his', 'her', 'their', 'its', 'a', 'an', 'our', 'my', 'your'];
const DETERMINER = `(?:${DETERMINERS.join('|')})`;
const patterns = new Map<string, RegExp>();

/**
 * The cue as a whole-word pattern, compiled once. It is shared, so it is only used in ways that
 * leave its lastIndex alone (matchAll, search), never with test or exec.
 */
function cuePattern(cue: string): RegExp {
  let re = patterns.get(cue);
  if (!re) {
    // "ie" and "ei" are the commonest slip ("recieved the notice"): either spelling matches.
    // Quick typing drops the determiner too ("told council hes selling"), so it may be left out.
    const words = cue.split(/\s+/).map((w) => (DETERMINERS.includes(w) ? `(?:${DETERMINER}\\s+)?` : `${escape(w).replace(/ie|ei/g, '(?:ie|ei)')}\\s+`));
    re = new RegExp(`(?<![a-z0-9])${words.join('').replace(/\\s\+$/, '')}(?![a-z0-9])`, 'g');
    patterns.set(cue, re);
  }
  return re;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sentenceAround(text: string, index: number): { start: number; end: number } {
  const boundary = /[.!?;\n]\s/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    if (m.index >= index) return { start, end: m.index + 1 };
    start = m.index + 1;
  }
  return { start, end: text.length };
}

/**
 * The bracketed aside a position is in, if any. An aside is about something else: in "listed on
 * 3 March 2025 (we nominated it)" its cue must not claim the date beside it. But it does not end
 * the sentence either: in "the owner (Marlow Taverns) has notified them" the cue after a name in
 * brackets still belongs to the sentence's date, and a date in brackets dates its sentence ("the
 * owner told the council (on 3 June) that he wants to sell").
 */
function bracketsAround(text: string, index: number): { start: number; end: number } | undefined {
  const open = Math.max(text.lastIndexOf('(', index), text.lastIndexOf('[', index));
  if (open < 0) return undefined;
  const close = text.slice(open).search(/[)\]]/);
  return close < 0 || open + close < index ? undefined : { start: open, end: open + close };
}

/** Whether two positions are in the same bracketed aside, or both outside every aside. */
function inSameAside(text: string, a: number, b: number): boolean {
  return bracketsAround(text, a)?.start === bracketsAround(text, b)?.start;
}

/** A cue counts unless it sits in an aside the date is not in. */
function outsideOtherAsides(cue: { start: number } | undefined, date: { start: number } | undefined): boolean {
  return cue === undefined || cue.start === date?.start;
}

function rankByDistance(hits: CueHit[], from: number, to: number): string[] {
  const best = new Map<string, number>();
  for (const h of hits) {
    const distance = distanceBetween(h, from, to);
    best.set(h.event, Math.min(best.get(h.event) ?? Infinity, distance));
  }
  return [...best.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
