// Corrects misspelt words against the knowledge's own vocabulary ("moratorum" -> "moratorium").
// Conservative on purpose: a correctly spelt off-topic word ("passport") must not be bent into
// an on-topic one, so only close, same-initial words within a small edit distance qualify.
import { editDistance, jaroWinklerSimilarity } from './natural.js';

const MIN_LENGTH = 4;
const MIN_SIMILARITY = 0.88;
/** Short words are easily one letter from a different real word (click/clock), so ask for more. */
const MIN_SIMILARITY_SHORT = 0.93;
/** A letter left out or doubled (typingSlip, lengths differing) is corrected at this lower
 *  similarity: the slip near the start ("asets", "comittee") costs more similarity than later.
 *  A vowel swapped is not: in short words it is mostly another real word (bell/bill, ship/shop). */
const MIN_SIMILARITY_SLIP = 0.85;
const CACHE_LIMIT = 5000;

export class TypoCorrector {
  private readonly byInitial = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  /**
   * @param vocabulary words a misspelling may be corrected to (the words questions are matched on)
   * @param known further correctly spelt words (answer text, off-topic phrases) that are never
   *   "corrected", so "employer" is not bent into "employees"
   * @param stemOf stemmer; a word whose stem is already known is an inflection, not a typo
   */
  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    private readonly known: ReadonlySet<string> = new Set(),
    private readonly stemOf?: (w: string) => string,
    private readonly knownStems: ReadonlySet<string> = new Set(),
    /** Misspellings found in the knowledge's own example questions, and what they stand for. */
    private readonly misspellings: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const word of vocabulary) {
      if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
      const list = this.byInitial.get(word[0]) ?? [];
      list.push(word);
      this.byInitial.set(word[0], list);
    }
  }

  /** The vocabulary word this token was probably meant to be, or null when it is known or too far. */
  correct(token: string): string | null {
    const listed = this.misspellings.get(token);
    if (listed) return listed;
    if (this.vocabulary.has(token) || this.known.has(token) || token.length < MIN_LENGTH || !/^[a-z]+$/.test(token)) return null;
    if (this.stemOf && this.knownStems.has(this.stemOf(token))) return null;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    const best = plainForm(token, (w) => this.vocabulary.has(w) || (this.stemOf !== undefined && this.knownStems.has(this.stemOf(w)))) ?? this.closest(token);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, best);
    return best;
  }

  /** The vocabulary word within a small edit distance and close enough in spelling, or null. */
  private closest(token: string): string | null {
    const maxEdits = token.length >= 8 ? 2 : 1;
    const minSimilarity = token.length <= 5 ? MIN_SIMILARITY_SHORT : MIN_SIMILARITY;
    let best: string | null = null;
    let bestScore = 0;
    for (const word of this.byInitial.get(token[0]) ?? []) {
      if (Math.abs(word.length - token.length) > maxEdits) continue;
      const similarity = jaroWinklerSimilarity(token, word);
      if (similarity <= bestScore) continue;
      if (similarity < minSimilarity && !(similarity >= MIN_SIMILARITY_SLIP && word.length !== token.length && typingSlip(token, word))) continue;
      if (editDistance(token, word) <= maxEdits) {
        best = word;
        bestScore = similarity;
      }
    }
    return best;
  }
}

/**
 * The plain word behind a superlative or an "-able" word the knowledge never uses ("fastest" -> "fast",
 * "latest" -> "late", "easiest" -> "easy", "biggest" -> "big"). The stemmer leaves "-est" alone,
 * so "what's the fastest thing we can do" read "fastest" as an unknown, rare word that counted
 * against every entry. Words made with "-able" or "-ible" read the same way ("listable" -> "list",
 * "saleable" -> "sale"), where the corrector had taken "listable" for a slip of "liable". Only a
 * plain form of four letters or more that the knowledge uses counts, so "forest" does not become
 * "for" and "capable" never "cap".
 */
export function plainForm(token: string, isKnown: (word: string) => boolean): string | null {
  const m = /^([a-z]{3,})(?:est|able|ible)$/.exec(token);
  if (!m) return null;
  const root = m[1];
  const forms = [root, `${root}e`, root.endsWith('i') ? `${root.slice(0, -1)}y` : '', /([^aeiou])\1$/.test(root) ? root.slice(0, -1) : ''];
  return forms.find((f) => f.length >= 4 && isKnown(f)) ?? null;
}

/**
 * Words of the example questions that are misspellings of words the titles, keywords and synonyms
 * use ("neighbourhod", "comunity"). Editors write typos into examples on purpose, to show how
 * people type; left in the vocabulary they would stop the same typo in a question from being
 * corrected, and the question would miss the entry's defining concept.
 */
export function exampleMisspellings(exampleWords: Iterable<string>, clean: TypoCorrector): Map<string, string> {
  const out = new Map<string, string>();
  for (const word of exampleWords) {
    const fix = clean.correct(word);
    if (fix && word.length >= MIN_TYPO_LENGTH && typingSlip(word, fix)) out.set(word, fix);
  }
  return out;
}

/** Short words one letter from a knowledge word are mostly real words ("kids", "sort", "black"). */
export const MIN_TYPO_LENGTH = 6;
const VOWELS = new Set('aeiou');

/**
 * One slip of the kind people make typing: a letter left out or doubled, two letters swapped, or
 * one vowel for another ("planing", "buisness", "challange"). A consonant swapped for another
 * usually makes a different real word ("heating" and "hearing"), so it does not count.
 */
export function typingSlip(typed: string, meant: string): boolean {
  if (typed.length === meant.length) {
    const diff: number[] = [];
    for (let i = 0; i < typed.length && diff.length <= 2; i++) if (typed[i] !== meant[i]) diff.push(i);
    if (diff.length === 1) return VOWELS.has(typed[diff[0]]) && VOWELS.has(meant[diff[0]]);
    return diff.length === 2 && diff[1] === diff[0] + 1 && typed[diff[0]] === meant[diff[1]] && typed[diff[1]] === meant[diff[0]];
  }
  const [long, short] = typed.length > meant.length ? [typed, meant] : [meant, typed];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}
