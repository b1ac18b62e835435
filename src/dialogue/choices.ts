// Typing a choice instead of pressing its button: "2", "#2", "2." or the label itself picks the
// second choice the last reply offered, whatever offered it (related topics, "did you mean",
// nearest topics, a guided check's options). "more" asks for the rest of the last answer.
import type { OfferedChoice } from './conversation-state.js';


/** The choice a message picks, or undefined when it is not a pick. */
export function pickChoice<T extends OfferedChoice & { label: string }>(text: string, offered: readonly T[] | undefined): T | undefined {
  if (!offered?.length) return undefined;
  const number = /^\s*(?:#|no\.?\s*|number\s+|option\s+)?(\d{1,2})\s*[.)]?\s*$/i.exec(text);
  if (number) return offered[Number(number[1]) - 1];
  const typed = comparable(text);
  if (!typed) return undefined;
  return offered.find((c) => comparable(c.label) === typed);
}

/** Whether the whole message asks for more of the last answer ("more", "tell me more"). */
export function asksForMore(text: string, moreWords: readonly string[]): boolean {
  const typed = comparable(text);
  return typed !== '' && moreWords.some((w) => comparable(w) === typed);
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
