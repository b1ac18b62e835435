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

export function withPerUnitFigure(reply: Reply, entry: Entry | undefined, question: string): Reply {
  const per = entry?.perUnit;
  if (!per) return reply;
  const count = unitsGiven(question, per.units);
  if (count === undefined) return reply;
  const say = (n: number) => n.toLocaleString('en-GB');
  const body = per.says.replaceAll('{count}', say(count)).replaceAll('{total}', `£${say(count * per.amount)}`);
  const inShort = reply.sections.findIndex((s) => /^in short$/i.test(s.heading ?? ''));
  const at = inShort >= 0 ? inShort + 1 : Math.min(1, reply.sections.length);
  return { ...reply, sections: [...reply.sections.slice(0, at), { heading: per.heading, body }, ...reply.sections.slice(at)] };
}

/** The number written just before one of the unit phrases ("640 council tax dwellings", "1,200 households"). */
export function unitsGiven(question: string, units: readonly string[]): number | undefined {
  const text = plain(question);
  // Longest phrase first, so "council tax dwellings" is read before "dwellings".
  for (const unit of [...units].map(plain).sort((a, b) => b.length - a.length)) {
    let from = text.indexOf(unit);
    while (from >= 0) {
      // Only the few characters before the phrase are read: a number is never longer, and a
      // search anchored at the end of a long question would otherwise rescan it.
      const number = /(?:^|[^\d,.£])(\d{1,3}(?:,\d{3})+|\d+) ?$/.exec(text.slice(Math.max(0, from - NUMBER_ROOM), from));
      const n = number ? Number(number[1].replaceAll(',', '')) : NaN;
      if (Number.isInteger(n) && n > 0 && n < MOST_UNITS && endsWord(text, from + unit.length)) return n;
      from = text.indexOf(unit, from + 1);
    }
  }
  return undefined;
}

/** Lower case, hyphens and runs of spaces as one space: "Council-Tax  dwellings" reads as "council tax dwellings". */
function plain(s: string): string {
  return s.toLowerCase().replace(/[-\s]+/g, ' ');
}

function endsWord(text: string, at: number): boolean {
  return at >= text.length || !/[a-z0-9]/.test(text[at]);
}
