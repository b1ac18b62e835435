// Checks that a period's counting rule and length agree with the statute's own words, so an
// edit to one without the other is caught by the knowledge checker.
import type { CountingRule, PeriodUnit } from './periods-model.js';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

function numberWords(n: number): string[] {
  const words = [String(n)];
  if (n < NUMBER_WORDS.length) words.push(NUMBER_WORDS[n]);
  else if (n < 40) {
    const tens = n < 30 ? 'twenty' : 'thirty';
    words.push(n % 10 === 0 ? tens : `${tens}-${NUMBER_WORDS[n % 10]}`, `${tens} ${NUMBER_WORDS[n % 10]}`);
  }
  return words;
}

/** Why the wording does not fit the rule and length, or undefined when it does. */
export function wordingMismatch(wording: string, counting: CountingRule, length: number, unit: PeriodUnit): string | undefined {
  const w = ` ${wording.toLowerCase().replace(/\s+/g, ' ')} `;
  const dayAfter = /beginning (with the day (immediately )?(after|following)|immediately after)/.test(w);
  const beginningWith = w.includes('beginning with') || w.includes('beginning immediately');
  if (counting === 'beginning-with' && (!beginningWith || dayAfter)) return 'counting is "beginning-with", but the wording does not say "beginning with" the day itself.';
  if (counting === 'beginning-with-day-after' && !dayAfter) return 'counting is "beginning-with-day-after", but the wording does not say "beginning with the day after" (or "immediately following").';
  if (counting === 'after' && (beginningWith || !/ (after|of|from) /.test(w))) return 'counting is "after", but the wording does not count "after", "of" or "from" the day.';
  const singular = unit.slice(0, -1);
  const mentionsLength = numberWords(length).some((n) => w.includes(` ${n} ${unit} `) || w.includes(` ${n} ${singular} `) || w.includes(` ${n} ${unit},`));
  if (!mentionsLength) return `length is ${length} ${unit}, but the wording does not mention ${length} ${unit}.`;
  return undefined;
}
