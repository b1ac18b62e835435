// Who the question is about. Community rights are used by groups ("can we...", "our pub"); a
// question only about the asker ("I was unfairly dismissed", "my house purchase", "my garage")
// is far more often one the advisor does not cover. On the dev questions, 46% of those to decline
// speak only of "I" or "my", against 1% of those it answers.

/** The question speaks of "I"/"my" and never of "we"/"our"/"us". */
export function asksForThemselves(normalised: string): boolean {
  return /\b(i|my|myself)\b/.test(normalised) && !/\b(we|our|ours|us|ourselves)\b/.test(normalised);
}
