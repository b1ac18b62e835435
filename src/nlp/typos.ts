// Corrects misspelt words against the knowledge's own vocabulary ("moratorum" -> "moratorium").
// Conservative on purpose: a correctly spelt off-topic word ("passport") must not be bent into
// an on-topic one, so only close, same-initial words within a small edit distance qualify.
import { editDistance, jaroWinklerSimilarity } from './natural.js';

const MIN_LENGTH = 4;
const MIN_SIMILARITY = 0.88;
/** Short words are easily one letter from a different real word (click/clock), so ask for more. */
const MIN_SIMILARITY_SHORT = 0.93;
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
    if (this.vocabulary.has(token) || this.known.has(token) || token.length < MIN_LENGTH || !/^[a-z]+$/.test(token)) return null;
    if (this.stemOf && this.knownStems.has(this.stemOf(token))) return null;
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached;
    const maxEdits = token.length >= 8 ? 2 : 1;
    const minSimilarity = token.length <= 5 ? MIN_SIMILARITY_SHORT : MIN_SIMILARITY;
    let best: string | null = null;
    let bestScore = 0;
    for (const word of this.byInitial.get(token[0]) ?? []) {
      if (Math.abs(word.length - token.length) > maxEdits) continue;
      const similarity = jaroWinklerSimilarity(token, word);
      if (similarity < minSimilarity || similarity <= bestScore) continue;
      if (editDistance(token, word) <= maxEdits) {
        best = word;
        bestScore = similarity;
      }
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token, best);
    return best;
  }
}
