// Whether worked-out dates alone answer a message when the matcher found no answer for it: a
// message that only gives a date ("the owner's notice reached the council on 3 June") wants the
// dates; a question about time ("is there a deadline?") too. A question about something else
// ("what are our options now?") is not answered by dates, so it is left to be declined.
// The words are data: `matching.timeQuestions` in knowledge/periods.yaml.
import { sentences } from '../../nlp/focus.js';

export function datesAnswerAlone(text: string, timeQuestions: readonly string[]): boolean {
  return !text.includes('?') || asksAboutTime(askedPart(text), timeQuestions);
}

/**
 * The sentences of a message that ask something (those with a "?", split as focus.ts splits
 * them): in a story ("When I put it up for sale the group triggered the moratorium ... Is there
 * any way to get that back?") the "when" tells what happened; only the question asks about time.
 */
function askedPart(text: string): string {
  return sentences(text).filter((s) => s.includes('?')).join(' ');
}

/** Whether the message asks about time at all ("when does it end", "how long", "deadline"). */
export function asksAboutTime(text: string, timeQuestions: readonly string[]): boolean {
  return saysAny(text, timeQuestions);
}

/** Whether the text says any of the phrases, as whole words, read the same way on both sides. */
export function saysAny(text: string, phrases: readonly string[]): boolean {
  const said = wordsOf(text);
  return phrases.some((p) => said.includes(wordsOf(p)));
}

/** Whether `text` ends with one of the phrases as whole words ("the letter is dated" ends with "dated"). */
export function endsWithAny(text: string, phrases: readonly string[]): boolean {
  const said = wordsOf(text);
  return phrases.some((p) => said.endsWith(wordsOf(p)));
}

// A contraction keeps its word: "when's that up?" asks "when", and "we'll" is "we ll" on both sides.
function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/[‘’]/g, "'").replace(/'(s|re|ll|d|ve)\b/g, ' $1').replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()} `;
}
