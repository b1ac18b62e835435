// Whether worked-out dates alone answer a message when the matcher found no answer for it: a
// message that only gives a date ("the owner's notice reached the council on 3 June") wants the
// dates; a question about time ("is there a deadline?") too. A question about something else
// ("what are our options now?") is not answered by dates, so it is left to be declined.
// The words are data: `matching.timeQuestions` in knowledge/periods.yaml.

export function datesAnswerAlone(text: string, timeQuestions: readonly string[]): boolean {
  return !text.includes('?') || asksAboutTime(text, timeQuestions);
}

/** Whether the message asks about time at all ("when does it end", "how long", "deadline"). */
export function asksAboutTime(text: string, timeQuestions: readonly string[]): boolean {
  // A contraction keeps its question word: "when's that up?" asks "when".
  const lower = ` ${text.toLowerCase().replace(/[‘’]/g, "'").replace(/'(s|re|ll|d|ve)\b/g, ' $1').replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `;
  return timeQuestions.some((w) => lower.includes(` ${w} `));
}
