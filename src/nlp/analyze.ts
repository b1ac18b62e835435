// The per-question pipeline: normalise -> tokenise -> correct typos -> nations -> synonyms ->
// drop stop words -> stem. Pure and allocation-light: everything it consults is prebuilt.
import type { Jurisdiction } from '../types.js';
import { askedSentence, clauses } from './focus.js';
import { detectJurisdictions, NATION_WORDS } from './jurisdiction.js';
import { stem } from './natural.js';
import { normalizeText, tokenizeNormalised } from './normalize.js';
import { readPubNames } from './pub-names.js';
import { STOP_STEMS, STOPWORDS } from './stopwords.js';
import { applySynonyms, type SynonymTable } from './synonyms.js';
import type { TypoCorrector } from './typos.js';

export interface Lexicon {
  synonyms: SynonymTable;
  typos?: TypoCorrector;
}

export interface Analysis {
  /** Lower-case text with markup removed, for patterns. */
  normalised: string;
  /** Words after typo correction and synonym rewriting, stop words included. */
  words: string[];
  /** Stemmed content terms, in order, duplicates kept. */
  terms: string[];
  nations: Jurisdiction[];
  corrections: { from: string; to: string }[];
  /** Every word as typed (no corrections, stop words kept), stemmed: for off-topic phrases. */
  rawStems: string[];
  /** Content terms of the sentence asked, when the text has several sentences (focus.ts). */
  focus?: string[];
  /** Stems of words capitalised inside a sentence ("the Red Lion in Bishops Castle"): names. */
  names?: Set<string>;
  /**
   * Positions in `terms` where a new clause starts (focus.ts `clauses`). Two words either side of a
   * full stop or a comma are not a phrase: "...might get sold off. How do we get it listed" has no
   * "off list".
   */
  breaks?: Set<number>;
}

export function analyze(typed: string, lexicon: Lexicon): Analysis {
  const text = readPubNames(typed);
  // Places are read once from the whole message: "our" in one clause tells the situation of all.
  const places = placeWords(text);
  const { normalised, nations, corrections, tokens, englandPlaces, words } = readWords(text, lexicon, places);
  const asked = askedSentence(text);
  // The asked sentence only needs its terms: no names, no sentence of its own to look for.
  const focus = asked === undefined ? undefined : toTerms(readWords(asked, lexicon, places).words);
  const terms = toTerms(words);
  // Sums, years and counts are the asker's circumstances ("we raised 180k of the 350k", "shut
  // since 2009"): set aside like names where the knowledge never uses them.
  // An English county or city is a place however it is typed ("is it suffolk county council?").
  const names = new Set([...namesIn(text, places), ...[...englandPlaces].map(stem), ...terms.filter((t) => NUMBER.test(t))]);
  const breaks = clauseBreaks(text, lexicon, places, terms.length - nationWords(nations).length);
  return { normalised, words, terms, nations, corrections, rawStems: tokens.map(stem), ...(focus ? { focus } : {}), ...(names.size ? { names } : {}), ...(breaks ? { breaks } : {}) };
}

/** The words a question's devolved nations add at the end of its words (readWords). */
function nationWords(nations: Jurisdiction[]): string[] {
  return nations.filter((n) => n !== 'england').flatMap((n) => NATION_WORDS[n]);
}

/**
 * Where each clause after the first starts among the terms, read clause by clause. A synonym or a
 * correction could in principle read differently across a break; if the clauses' terms do not add
 * up to the whole text's, no breaks are claimed rather than wrong ones.
 */
function clauseBreaks(text: string, lexicon: Lexicon, places: ReadonlySet<string>, ownTerms: number): Set<number> | undefined {
  const parts = clauses(text);
  if (parts.length < 2) return undefined;
  const breaks = new Set<number>();
  let at = 0;
  for (const part of parts) {
    const { words, nations } = readWords(part, lexicon, places);
    const n = toTerms(words).length - nationWords(nations).length;
    if (at > 0 && n > 0) breaks.add(at);
    at += n;
  }
  return at === ownTerms && breaks.size ? breaks : undefined;
}

/**
 * Normalised, typo-corrected, nation-tagged words after synonyms. `places`: the message's place
 * words (`placeWords`), never read as misspellings.
 */
function readWords(text: string, lexicon: Lexicon, places: ReadonlySet<string>) {
  const normalised = normalizeText(text);
  const { nations, placeTokens, englandTokens } = detectJurisdictions(normalised);
  const corrections: Analysis['corrections'] = [];
  const corrected: string[] = [];
  const tokens = tokenizeNormalised(normalised);
  // A name is not a misspelling: "east hendred" is not "east hundred".
  for (const token of tokens) {
    if (placeTokens.has(token)) continue;
    const fix = STOPWORDS.has(token) || places.has(token) ? null : lexicon.typos?.correct(token) ?? null;
    if (fix) corrections.push({ from: token, to: fix });
    corrected.push(fix ?? token);
  }
  for (const nation of nations) if (nation !== 'england') corrected.push(...NATION_WORDS[nation]);
  return { normalised, nations, corrections, tokens, englandPlaces: englandTokens, words: applySynonyms(corrected, lexicon.synonyms) };
}

/** A term that is a number alone. */
const NUMBER = /^\d+$/;

/** Words that introduce a place ("in thornbury", "near tewkesbury", "from skegness"). */
const PLACE_BEFORE = new Set(['in', 'near', 'nr', 'at', 'from', 'outside']);
/** Words of someone speaking for a group. */
const GROUP_WORDS = new Set(['we', 'our', 'us', "we're", "we've", 'ours']);
/** Words a place comes before ("bury council", "brighton borough"). */
const PLACE_AFTER = new Set(['council', 'borough', 'district']);
/** Small words that begin English place names ("much wenlock", "much hadham"): the name follows. */
const PLACE_PREFIX = new Set(['much']);

/**
 * Words that may name a pub, a place or a person: written with a capital inside a sentence (not
 * after . ! ? or a line break; capitals alone, "ACV", "CIC", are abbreviations), and the places
 * of `placeWords`. The matcher sets one aside only when the knowledge never uses it ("in writing"
 * is not a place).
 */
function namesIn(text: string, places: ReadonlySet<string>): Set<string> {
  const out = new Set([...places].map(stem));
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/);
    for (let i = 1; i < words.length; i++) {
      const word = /^[A-Z][a-z]{2,}/.exec(words[i])?.[0];
      if (word && words[i - 1] && !/[.!?]$/.test(words[i - 1])) out.add(stem(word.toLowerCase()));
    }
  }
  return out;
}

/**
 * Words where a place is named, however typed: the one or two after "in", "near" or "at" and the
 * one before "council" ("our shop in east hendred", "bury council"), lower-cased and unstemmed.
 * They are not read as misspellings either: "hendred" is not "hundred".
 */
function placeWords(text: string): Set<string> {
  const out = new Set<string>();
  const plain = text.toLowerCase().split(/[^a-z']+/).filter(Boolean);
  // Only where someone tells their own group's situation ("our cafe in skegness"): in a bare
  // question, the word after "in" is as likely a subject of its own ("CIC in medicine").
  if (!plain.some((w) => GROUP_WORDS.has(w))) return out;
  const candidate = (w: string | undefined) => w !== undefined && w.length > 2 && !STOPWORDS.has(w) && !PLACE_BEFORE.has(w);
  for (let i = 0; i < plain.length; i++) {
    if (PLACE_BEFORE.has(plain[i])) {
      const first = PLACE_PREFIX.has(plain[i + 1]) ? i + 2 : i + 1;
      if (candidate(plain[first])) {
        out.add(plain[first]);
        if (candidate(plain[first + 1])) out.add(plain[first + 1]);
      }
    }
    if (PLACE_AFTER.has(plain[i]) && i > 0 && candidate(plain[i - 1])) out.add(plain[i - 1]);
  }
  return out;
}

/** Content terms of already-rewritten words. */
export function toTerms(words: string[]): string[] {
  const terms: string[] = [];
  for (const w of words) {
    if (STOPWORDS.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
    const s = stem(w);
    if (!STOP_STEMS.has(s)) terms.push(s);
  }
  return terms;
}
