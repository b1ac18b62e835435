// Reads what a follow-up changes: the facet values its words signal ("turned down" -> outcome
// refused, "how long" -> aspect time), whether it moves a stage on ("what happens next?"), and how
// much else it says. Words are compared stemmed, so "refuses" matches the signal "refuse".
import type { FacetVocabulary } from '../kb/model.js';
import { detectJurisdictions } from '../nlp/jurisdiction.js';
import { stem } from '../nlp/natural.js';
import { normalizeText, tokenizeNormalised } from '../nlp/normalize.js';
import { STOPWORDS } from '../nlp/stopwords.js';
import type { Jurisdiction } from '../types.js';
import { buildPhraseTable, findSpans, spansWithin, type PhraseTable } from './phrase-spans.js';

/**
 * Not topic words, though the matcher keeps them (England is no place name to the jurisdiction
 * detector; "after" and "under" change a question's meaning but name nothing new, and "back" ("how do
 * we get it back on?") names nothing either; nor does "get" ("who gets told when they decide?"
 * asks who the council tells, not about something new); nor does a
 * negative typed without its apostrophe, "so we cant insist on a transfer?". normalizeText writes
 * out "dont", "isnt" and the like; "cant", "wont" and "aint" it leaves, as words in their own right).
 * "Done" says the asker has acted ("ok done, what then?"), not what the question is about. Nor do
 * words that judge what was just said ("is that a good enough reason to refuse?", "is that fair?",
 * "is it valid?"): they weigh the answer, they do not move to another subject.
 */
const NOT_TOPICAL = new Set(['england', 'english', 'after', 'before', 'under', 'over', 'back', 'get', 'gets', 'got', 'getting', 'cant', 'wont', 'aint', 'done', 'good', 'enough', 'fair', 'valid', 'proper', 'legit', 'okay']);

type SignalTag = { facet: string; value: string } | { facet: string; next: true } | { facet: string; plain: true };

export interface SignalTables {
  signals: PhraseTable<SignalTag>;
  cues: PhraseTable<true>;
  freshCues: PhraseTable<true>;
  asideCues: PhraseTable<true>;
  notPointing: PhraseTable<true>;
  referring: ReadonlySet<string>;
  asker: ReadonlySet<string>;
  group: ReadonlySet<string>;
  advisor: ReadonlySet<string>;
  helper: ReadonlySet<string>;
}

export interface FacetSignals {
  /** facet -> the values the question names. */
  values: Map<string, Set<string>>;
  /** Facets the question moves on to their next value. */
  next: Set<string>;
  nations: Jurisdiction[];
  /** Content words (stemmed) that are neither signals, place names nor pointers back. */
  residual: string[];
  /** Places in England (stemmed) the asker says they are in ("we're in kent"): their case, not a word the knowledge lacks. */
  ownPlaces: ReadonlySet<string>;
  /** Content words (stemmed) that signal a facet value ("price", "refused"): words the matcher can use too. */
  valueWords: string[];
  /** Starts like a continuation ("and...", "what about...") or points back ("that", "there"). */
  continues: boolean;
  /** Opens with a continuation cue ("and...", "what if...", "what about..."). */
  cued: boolean;
  /** Points back at what was discussed ("it", "that", "there"), not just opening with "and". */
  pointsBack: boolean;
  /** How many words the message has: a fragment ("to anyone?") only makes sense as a follow-up. */
  length: number;
  /** Opens like a question in its own right ("what is...", "what's a..."). */
  asksAnew: boolean;
  /** Speaks of the asker's own case ("what if we were...", "our area..."). */
  aboutAsker: boolean;
  /** Speaks as a group ("can we get it listed again?"): the community's side of the question. */
  asGroup: boolean;
  /** Speaks to the advisor itself ("who are you?", "are you a person?"). */
  toAdvisor: boolean;
  /** Asks for someone to turn to ("who", "anyone", "an organisation"). */
  forSomeone: boolean;
  /** Announces a change of subject ("unrelated but...", "off topic, is..."). */
  aside: boolean;
  /**
   * Names something only as missing ("and without the order?", "what's the cap without a plan?"):
   * it asks the conversation's question of the case that lacks it, not about that thing.
   */
  without: boolean;
}

/** The conversation's word lists (conversation.yaml) the signals are read with. */
export interface SignalWords {
  cues: string[];
  freshCues: string[];
  asideCues?: string[];
  notPointing?: string[];
  referring: string[];
  asker?: string[];
  group?: string[];
  advisor?: string[];
  helper?: string[];
}

export function buildSignalTables(vocabulary: FacetVocabulary, words: SignalWords): SignalTables {
  const { cues, freshCues, asideCues = [], notPointing = [], referring, asker = [], group = [], advisor = [], helper = [] } = words;
  const phrases: { tokens: string[]; tag: SignalTag }[] = [];
  for (const f of vocabulary.facets) {
    for (const v of f.values) for (const s of v.signals) phrases.push({ tokens: stems(s), tag: { facet: f.name, value: v.value } });
    for (const s of f.next) phrases.push({ tokens: stems(s), tag: { facet: f.name, next: true } });
    for (const s of f.not ?? []) phrases.push({ tokens: stems(s), tag: { facet: f.name, plain: true } });
  }
  return {
    signals: buildPhraseTable(phrases),
    cues: buildPhraseTable(cues.map((c) => ({ tokens: stems(c), tag: true as const }))),
    freshCues: buildPhraseTable(freshCues.map((c) => ({ tokens: stems(c), tag: true as const }))),
    asideCues: buildPhraseTable(asideCues.map((c) => ({ tokens: stems(c), tag: true as const }))),
    notPointing: buildPhraseTable(notPointing.map((c) => ({ tokens: stems(c), tag: true as const }))),
    referring: new Set(referring.flatMap(plainWords)),
    asker: new Set(asker.flatMap(plainWords)),
    group: new Set(group.flatMap(plainWords)),
    advisor: new Set(advisor.flatMap(plainWords)),
    helper: new Set(helper.flatMap(plainWords)),
  };
}

export function readSignals(text: string, tables: SignalTables): FacetSignals {
  const normalised = normalizeText(text);
  const { nations, placeTokens, englandTokens } = detectJurisdictions(normalised);
  const words = tokenizeNormalised(normalised);
  const tokens = words.map(stem);
  const values = new Map<string, Set<string>>();
  const next = new Set<string>();
  const covered = new Set<number>();
  const valueWords: string[] = [];
  // Phrases of two facets may share a word ("can't raise the money": missed, and the moratorium's stage).
  const spans = findSpans(tokens, tables.signals, (a, b) => a.facet !== b.facet).flatMap((span) =>
    // A look-alike ("grade II listed"): its words stay plain words for its facet, and no value of
    // that facet is signalled; another facet's phrase inside it still counts ("vote" in "how many
    // have to vote yes" is the referendum, though no outcome is asked).
    'plain' in span.tag ? spansWithin(tokens, tables.signals, span, (tag) => !('plain' in tag) && tag.facet !== span.tag.facet) : [span],
  );
  for (const span of spans) {
    if ('plain' in span.tag) continue;
    for (let i = span.start; i < span.end; i++) {
      covered.add(i);
      if (!('next' in span.tag) && !STOPWORDS.has(words[i])) valueWords.push(tokens[i]);
    }
    if ('next' in span.tag) next.add(span.tag.facet);
    else values.set(span.tag.facet, (values.get(span.tag.facet) ?? new Set()).add(span.tag.value));
  }
  const cue = findSpans(tokens, tables.cues).find((s) => s.start === 0);
  if (cue) for (let i = cue.start; i < cue.end; i++) covered.add(i);
  // "What's the duty on a keg these days?": a pointer in a phrase of time points at no answer, and
  // the phrase says nothing of its own.
  const idiom = new Set<number>();
  for (const span of findSpans(tokens, tables.notPointing)) for (let i = span.start; i < span.end; i++) idiom.add(i);
  let pointsBack = false;
  const residual: string[] = [];
  const aboutAsker = words.some((w) => tables.asker.has(w));
  // A place in England the asker says they are in ("we're in kent") tells their case; one named
  // otherwise ("the time in new york", "good pubs near york") is what the question is about.
  const ownPlaces = new Set(aboutAsker ? [...englandTokens].map(stem) : []);
  words.forEach((w, i) => {
    if (idiom.has(i)) return;
    if (tables.referring.has(w)) pointsBack = true;
    if (covered.has(i) || placeTokens.has(w) || NOT_TOPICAL.has(w) || STOPWORDS.has(w) || tables.referring.has(w) || w.length < 2) return;
    residual.push(tokens[i]);
  });
  const asksAnew = findSpans(tokens, tables.freshCues).some((s) => s.start === 0);
  const asGroup = words.some((w) => tables.group.has(w));
  // "What would you do?" asks the advisor for the how of the topic: a facet's phrase is not
  // speaking to the advisor about itself.
  const toAdvisor = words.some((w, i) => tables.advisor.has(w) && !covered.has(i));
  const forSomeone = words.some((w) => tables.helper.has(w));
  const aside = findSpans(tokens, tables.asideCues).length > 0;
  const without = words.includes('without');
  return { values, next, nations, residual, ownPlaces, valueWords, continues: Boolean(cue) || pointsBack, cued: Boolean(cue), pointsBack, length: words.length, asksAnew, aboutAsker, asGroup, toAdvisor, forSomeone, aside, without };
}

function stems(phrase: string): string[] {
  return plainWords(phrase).map(stem);
}

/**
 * Pointers and persons are closed lists of short words, compared as written: stemmed, "used",
 * "uses" and "using" would read as "us", so "the shop used to sell bread" would speak of the asker.
 */
function plainWords(phrase: string): string[] {
  return tokenizeNormalised(normalizeText(phrase));
}
