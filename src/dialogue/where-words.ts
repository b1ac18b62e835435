// Where the asker's place stands ("the hotel on the seafront", "the chapel by the river", "the
// field behind the school") describes their case, not another subject. The word after one of
// conversation.yaml's `whereWords` is read that way: in a follow-up it is never a word the
// knowledge lacks, so it does not carry the question off the conversation's topic. So are the
// few words before a word a place's name comes before (`placeNouns`: "just over the boundary in
// Great Haddon parish"): the name of the asker's place, not words of another subject.
import { stem } from '../nlp/natural.js';

/** `whereWords` split into their words, once per version of the knowledge (the dialogue index keeps them). */
export function wherePhrases(whereWords: readonly string[]): string[][] {
  return whereWords.map((p) => p.toLowerCase().split(/\s+/).filter(Boolean)).filter((p) => p.length > 0);
}

/** The stems of the words that follow one of the phrases in the text. */
export function whereStems(text: string, phrases: readonly (readonly string[])[]): Set<string> {
  const words = wordsOf(text);
  const found = new Set<string>();
  words.forEach((_, i) => {
    for (const phrase of phrases) {
      const next = words[i + phrase.length];
      if (next && phrase.every((w, k) => words[i + k] === w)) found.add(stem(next));
    }
  });
  return found;
}

/** The stems of up to `most` words before each of the nouns ("sutton st james" before "parish"). */
export function placeNameStems(text: string, nouns: readonly string[], most: number): Set<string> {
  const words = wordsOf(text);
  const wanted = new Set(nouns.map((n) => n.toLowerCase()));
  const found = new Set<string>();
  words.forEach((w, i) => {
    if (!wanted.has(w)) return;
    for (let k = Math.max(0, i - most); k < i; k++) found.add(stem(words[k]));
  });
  return found;
}

/** The text's words in lower case, apostrophes kept ("hall's"). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}
