// Works out a sum an answer states per unit, for the number of units the question gives: after
// "capped at £100 per council-tax dwelling", "we've got 640 council tax dwellings, what's the max?"
// is shown £64,000 beside the answer, so the asker need not do the sum (or get it wrong). The sum
// goes just after "In short", in the short first reply; the sentence that frames it is the
// entry's own (knowledge front matter `perUnit`), so staff word it and keep it conditional.
import type { Entry } from '../kb/model.js';
import type { Reply } from '../types.js';

/**
 * More units than any English parish has: a number this big counts something else (people,
 * pounds). A bound on sense, not a tuned value.
 */
const MOST_UNITS = 1_000_000;
/** Characters before a unit phrase that can hold its number ("1,000,000 " and a little more). */
const NUMBER_ROOM = 16;
/**
 * Characters either side of a loose unit's number read for a cue that makes it the asker's own:
 * "we've got about 420 houses", "a parish of 1,200 homes". A phrase's length plus a word or
 * two between, not a tuned value.
 */
const CUE_ROOM = 24;

/** The units a question gives for an entry with an amount per unit, if it gives any. */
export function unitsFor(entry: Entry | undefined, question: string): number | undefined {
  const per = entry?.perUnit;
  if (!per) return undefined;
  return unitsGiven(question, per.units) ?? (per.looseUnits && per.ownCues ? unitsGiven(question, per.looseUnits, per.ownCues, per.otherCues) : undefined);
}

/**
 * The answer with the sum worked out for the units the question gives or, failing that, the units
 * given earlier in the thread for the same entry (`earlier`): "so what's the most we'd get?" after
 * "we've got about 420 houses in the parish".
 */
export function withPerUnitFigure(reply: Reply, entry: Entry | undefined, question: string, earlier?: number): Reply {
  return withUnitsWorkedOut(reply, entry, unitsFor(entry, question) ?? earlier);
}

/** The answer with the sum worked out for `count` units (unchanged without a count or an amount per unit). */
export function withUnitsWorkedOut(reply: Reply, entry: Entry | undefined, count: number | undefined): Reply {
  const per = entry?.perUnit;
  if (!per || count === undefined) return reply;
  const say = (n: number) => n.toLocaleString('en-GB');
  const body = per.says.replaceAll('{count}', say(count)).replaceAll('{total}', `£${say(count * per.amount)}`);
  const inShort = reply.sections.findIndex((s) => /^in short$/i.test(s.heading ?? ''));
  const at = inShort >= 0 ? inShort + 1 : Math.min(1, reply.sections.length);
  return { ...reply, sections: [...reply.sections.slice(0, at), { heading: per.heading, body }, ...reply.sections.slice(at)] };
}

/**
 * The number written just before one of the unit phrases ("640 council tax dwellings", "1,200
 * households"). With `cues`, only a number with one of them close by counts, and none of `not`.
 */
export function unitsGiven(question: string, units: readonly string[], cues?: readonly string[], not: readonly string[] = []): number | undefined {
  const text = plain(question);
  const said = cues?.map(plain);
  const other = not.map(plain);
  // Longest phrase first, so "council tax dwellings" is read before "dwellings".
  for (const unit of [...units].map(plain).sort((a, b) => b.length - a.length)) {
    let from = text.indexOf(unit);
    while (from >= 0) {
      // Only the few characters before the phrase are read: a number is never longer, and a
      // search anchored at the end of a long question would otherwise rescan it.
      const number = /(?:^|[^\d,.£])(\d{1,3}(?:,\d{3})+|\d+) ?$/.exec(text.slice(Math.max(0, from - NUMBER_ROOM), from));
      const n = number ? Number(number[1].replaceAll(',', '')) : NaN;
      const end = from + unit.length;
      const start = from - (number ? number[0].length : 0);
      const own = !said || (said.some((cue) => nearby(text, cue, start, end)) && !other.some((cue) => nearby(text, cue, start, end)));
      if (Number.isInteger(n) && n > 0 && n < MOST_UNITS && endsWord(text, end) && own) return n;
      from = text.indexOf(unit, from + 1);
    }
  }
  return undefined;
}

/** Lower case, hyphens and runs of spaces as one space: "Council-Tax  dwellings" reads as "council tax dwellings". */
function plain(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[-\s]+/g, ' ');
}

/** A cue as whole words just before `start` or just after `end` (a word or two between). */
function nearby(text: string, cue: string, start: number, end: number): boolean {
  const words = (s: string) => ` ${s.replace(/[^a-z0-9' ]+/g, ' ').replace(/ +/g, ' ').trim()} `;
  return words(text.slice(Math.max(0, start - CUE_ROOM), start)).includes(` ${cue} `) || words(text.slice(end, end + CUE_ROOM)).includes(` ${cue} `);
}

function endsWord(text: string, at: number): boolean {
  return at >= text.length || !/[a-z0-9]/.test(text[at]);
}
