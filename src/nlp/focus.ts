// The sentence a long message actually asks. People explain their situation first ("We're a
// residents' group in Bristol... The pub went up for sale last week...") and ask last; the matcher
// also scores that sentence on its own, so the story's words do not outvote the question's.

/** A sentence that opens as a question does, typed without its question mark ("who gets to nominate"). */
const OPENS_AS_QUESTION = /^(who|whos|what|whats|when|where|which|why|how|can|could|do|does|is|are|will|would|should|must|any|anyone)\b/i;

/** Whether a sentence opens as a question does ("who...", "can we..."), not as a fragment ("Next step?"). */
export function opensAsQuestion(sentence: string): boolean {
  return OPENS_AS_QUESTION.test(sentence);
}

/**
 * The last sentence with a question mark (else the last sentence), when the text has several.
 * A last sentence that opens as a question is the question even without its mark: people add a
 * second question as they hit send ("can we get it listed?? who actually gets to nominate").
 */
export function askedSentence(text: string): string | undefined {
  const parts = sentences(text);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1];
  if (opensAsQuestion(last)) return last;
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i].includes('?')) return parts[i];
  return last;
}

/** The text's sentences, split after . ? ! and at line breaks. */
export function sentences(text: string): string[] {
  // Each split point is one punctuation mark followed by a run of spaces, or a run of line
  // breaks: both are scanned once, so this is linear in the text.
  return text.split(/(?<=[.?!])\s+|\n+/).map((p) => p.trim()).filter(Boolean);
}

/**
 * The text's clauses: split at sentence ends, commas, semicolons, colons, brackets and spaced
 * dashes, never inside a number ("£2.5m", "6,000"). Words either side of such a mark are not one
 * phrase: "say the pub gets listed, how long does it stay" has no "listed how long".
 */
export function clauses(text: string): string[] {
  // Each alternative starts with a different character class and consumes at least one character,
  // and the lookarounds are single characters: linear in the text.
  return text.split(/(?:(?<!\d)[,.](?!\d)|[;:!?()])+\s*|\s+[-\u2013\u2014]+\s+|\n+/).map((p) => p.trim()).filter(Boolean);
}
