// Scores the entries a question touches (shares a word with, or matches a pattern rule of)
// and explains why. The score blends:
//  - example similarity: idf-weighted cosine between the question and the entry's closest
//    example question (query-question matching is the strongest signal for FAQ retrieval);
//  - coverage: how much of the question (idf-weighted) the entry's vocabulary explains, so a
//    question full of words the knowledge never uses scores low ("none feature");
//  - BM25 over title, examples and keywords, scaled by what the question could score at best;
//  - keyword and pattern rules written by staff;
//  - overlap with the answer text, and the absolute weight of matched words ("evidence"), so a
//    long question sharing several telling words with an entry is not judged only by the
//    share of its words the entry explains.
// The blend is 0..1 and is used directly as the confidence.
import type { Jurisdiction } from '../types.js';
import type { Analysis } from './analyze.js';
import { NATION_WORDS } from './jurisdiction.js';
import { stem } from './natural.js';
import type { IndexedEntry, SearchIndex } from './search-index.js';

const K1 = 1.2;
const B = 0.5;
const UNKNOWN_CAP = 2;
/** Recall's share grows with question length, up to this; short questions rely on cosine. */
const MAX_RECALL_SHARE = 0.4;
/** Cosine at which a question is, to the matcher, one of the entry's own examples. */
export const EXACT = 0.999;
const BLEND = { example: 0.35, coverage: 0.15, bm25: 0.13, keyword: 0.11, pattern: 0.08, answer: 0.08, evidence: 0.1 } as const;
/** Matched idf weight at which the evidence signal is full: roughly three or four telling words. */
const EVIDENCE_FULL = 10;
/** Score added to entries written for the nation a question names, when it is not England. */
const NATION_BOOST = 0.12;
/** Factor applied to England-only entries when a question names another nation. */
const OTHER_NATION_FACTOR = 0.9;
/** Share of a nation-naming question's other words an entry must cover to count as on topic. */
const MIN_TOPICAL_COVERAGE = 0.34;
/** ...or this much matched weight besides the nation (a chatty question with several topic words). */
const MIN_TOPICAL_WEIGHT = 3;

export interface Candidate {
  entryId: string;
  title: string;
  /** The entry's topic folder and related entries, so near-ties between siblings can be told apart. */
  topic: string;
  related: string[];
  score: number;
  /** Cosine with the closest example, before blending. */
  bestCosine: number;
  parts: { example: number; coverage: number; bm25: number; keyword: number; pattern: number; answer: number; evidence: number; nation: number };
  bestExample?: string;
  keywordsHit: string[];
  patternHit: boolean;
}

export function rankEntries(index: SearchIndex, analysis: Analysis, limit = 5): Candidate[] {
  const terms = [...new Set(analysis.terms)];
  if (terms.length === 0) return [];
  // Words the knowledge never uses count against a match, but people who explain their
  // situation ("we're a residents group in Bristol and...") should not be penalised for every
  // extra word: together, unknown words weigh at most as much as UNKNOWN_CAP rare words.
  const unknownCount = terms.filter((t) => !index.idf.has(t)).length;
  const unknownWeight = index.unknownIdf * Math.min(1, UNKNOWN_CAP / Math.max(1, unknownCount));
  const w = (t: string) => index.idf.get(t) ?? unknownWeight;
  let queryNorm = 0;
  let queryWeight = 0;
  let bm25Ceiling = 0;
  for (const t of terms) {
    queryNorm += w(t) ** 2;
    queryWeight += w(t);
    bm25Ceiling += w(t) * (K1 + 1);
  }
  const termSet = new Set(terms);
  // A short question is matched on cosine alone, or a two-word example such as a title would
  // match every question that happens to contain its words.
  const recallShare = Math.min(MAX_RECALL_SHARE, Math.max(0, (terms.length - 4) * 0.08));
  const weights = new Map(terms.map((t) => [t, w(t)] as const));
  const squared = terms.map((t) => [t, weights.get(t)! ** 2] as const);
  const patternText = [analysis.normalised, analysis.words.join(' ')];
  const wordStems = analysis.words.map(stem);
  const otherNations = analysis.nations.filter((n) => n !== 'england');
  // The nation's own words stand in for place names; a match on them alone says nothing about
  // the topic ("Scottish independence referendum" is not a community-rights question).
  const nationTerms = new Set(otherNations.flatMap((n) => NATION_WORDS[n].map(stem)));
  let topicalWeight = 0;
  for (const t of terms) if (!nationTerms.has(t)) topicalWeight += w(t);

  // Dot products of the question with every example, accumulated through the postings.
  const dots = new Float64Array(index.exampleCount);
  for (const [t, sq] of squared) for (const g of index.postings.get(t) ?? []) dots[g] += sq;

  // Only entries sharing a word with the question can score; the rest are checked for a pattern
  // rule alone, which is cheap, instead of being scored in full.
  const touched = new Set<number>();
  for (const t of terms) for (const i of index.entryPostings.get(t) ?? []) touched.add(i);
  const scored: Candidate[] = [];
  index.entries.forEach((ie, i) => {
    if (touched.has(i) || ie.entry.patterns.some((p) => patternText.some((text) => p.test(text)))) scored.push(score(ie));
  });
  return scored.filter((c) => c.score > 0).sort((a, b) => b.score - a.score).slice(0, limit);

  function score(ie: IndexedEntry): Candidate {
    // The best example decides most; the runner-up adds a little, so an entry with several
    // examples close to the question beats one with a single lucky overlap.
    let best = 0;
    let runnerUp = 0;
    let bestExample: string | undefined;
    for (let k = 0; k < ie.examples.length; k++) {
      const ex = ie.examples[k];
      const dot = dots[ie.firstExample + k];
      // Cosine rewards a question worded like the example; recall (how much of the example the
      // question contains) keeps long, chatty questions from being marked down for their length.
      const cos = dot === 0 ? 0 : (1 - recallShare) * (dot / Math.sqrt(queryNorm * ex.norm)) + recallShare * (dot / ex.norm);
      if (cos > best) {
        runnerUp = best;
        best = cos;
        bestExample = ex.text;
      } else if (cos > runnerUp) runnerUp = cos;
    }
    const example = best >= EXACT ? 1 : 0.8 * best + 0.2 * runnerUp;
    let covered = 0;
    let coveredTopical = 0;
    let bm25 = 0;
    let inAnswer = 0;
    for (const t of terms) {
      const wt = weights.get(t)!;
      if (ie.bodyTerms.has(t)) inAnswer += wt;
      const tf = ie.tf.get(t);
      if (!tf) continue;
      covered += wt;
      if (!nationTerms.has(t)) coveredTopical += wt;
      bm25 += (wt * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * ie.length) / index.avgLength));
    }
    const keywordsHit = ie.keywords.filter((k) => (k.phrase ? containsSequence(wordStems, k.phrase) : k.terms.every((t) => termSet.has(t)))).map((k) => k.text);
    const keyword = keywordsHit.length ? Math.min(1, 0.6 + 0.2 * (keywordsHit.length - 1) + 0.1 * Math.max(...keywordsHit.map((k) => k.split(' ').length - 1))) : 0;
    const patternHit = ie.entry.patterns.some((p) => patternText.some((text) => p.test(text)));
    const parts = {
      example,
      coverage: covered / queryWeight,
      bm25: Math.min(1, bm25 / bm25Ceiling),
      keyword,
      pattern: patternHit ? 1 : 0,
      answer: inAnswer / queryWeight,
      evidence: Math.min(1, covered / EVIDENCE_FULL),
      nation: nationAdjustment(ie.entry.jurisdictions, otherNations),
    };
    let total = BLEND.example * parts.example + BLEND.coverage * parts.coverage + BLEND.bm25 * parts.bm25 + BLEND.keyword * parts.keyword + BLEND.pattern * parts.pattern + BLEND.answer * parts.answer + BLEND.evidence * parts.evidence;
    if (total > 0 && nationTerms.size) {
      const topical = topicalWeight ? coveredTopical / topicalWeight : 0;
      if (topical < MIN_TOPICAL_COVERAGE && coveredTopical < MIN_TOPICAL_WEIGHT) total *= 0.5;
      else total = parts.nation >= 0 ? total + parts.nation : total * OTHER_NATION_FACTOR;
    }
    return { entryId: ie.entry.id, title: ie.entry.title, topic: ie.entry.topic, related: ie.entry.related, score: Math.min(1, total), bestCosine: best, parts, bestExample, keywordsHit, patternHit };
  }
}

/** Positive: a boost for this nation's own entry; negative: an England-only entry for another nation. */
function nationAdjustment(jurisdictions: Jurisdiction[], otherNations: Jurisdiction[]): number {
  if (otherNations.length === 0) return 0;
  if (otherNations.some((n) => jurisdictions.includes(n)) && !jurisdictions.includes('england')) return NATION_BOOST;
  if (jurisdictions.length === 1 && jurisdictions[0] === 'england') return -1;
  return 0;
}

/** Whether a question names an off-topic need (benefits, eviction...) and which one. */
export function matchOffTopic(index: SearchIndex, analysis: Analysis): string | undefined {
  for (const o of index.offTopic) {
    for (const phrase of o.phrases) {
      if (phrase.length && containsSequence(analysis.rawStems, phrase)) return o.id;
    }
  }
  return undefined;
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
