// The natural functions the matcher uses, behind one small module so the library can be swapped.
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import naturalStopwords from 'natural/lib/natural/util/stopwords.js';

// Stemming is most of the cost of building the index; the same words recur across entries and
// questions, so a bounded cache makes reloads several times faster.
const stemCache = new Map<string, string>();
/** No English word is longer; a longer token (a pasted hash, "aaaa...") is kept as it is, unstemmed. */
const MAX_STEMMED_LENGTH = 40;
/** Names the stemmer would fold into an everyday word: "Locality", the national network for
 *  community organisations, would become "local", a word nearly every entry uses. */
const KEPT_WHOLE: ReadonlySet<string> = new Set(['locality']);
export const stem = (token: string): string => {
  if (token.length > MAX_STEMMED_LENGTH || KEPT_WHOLE.has(token)) return token;
  let s = stemCache.get(token);
  if (s === undefined) {
    if (stemCache.size > 50_000) stemCache.clear();
    s = porter.stem(token);
    stemCache.set(token, s);
  }
  return s;
};
export const jaroWinklerSimilarity = (a: string, b: string): number => jaroWinkler(a, b);
export const editDistance = (a: string, b: string): number => levenshtein.DamerauLevenshteinDistance(a, b, { restricted: true });
export const englishStopwords: readonly string[] = naturalStopwords.words;
