// What the ranker measures for each (question, candidate entry) pair. Every feature is in a
// small range (mostly 0..1) so the fitted weights are comparable; score.ts applies them.
// Entries are candidates when they share a word with the question or a staff pattern matches.
import type { Jurisdiction } from '../types.js';
import type { Analysis } from './analyze.js';
import { anchorHit, questionUnits, topicsNamed, type AnchorHit } from './anchors.js';
import { NATION_WORDS } from './jurisdiction.js';
import { entryLikelihoods, type HeldCounts } from './likelihood.js';
import { stem } from './natural.js';
import { extractQuantities, isPeriod } from './quantities.js';
import { PERSONAL, questionForms } from './question-form.js';
import type { IndexedEntry, SearchIndex } from './search-index.js';

export const FEATURES = [
  'bias', 'example', 'exampleRunnerUp', 'exact', 'coverage', 'bm25', 'keyword', 'keywordPhrase', 'pattern', 'answer', 'evidence',
  'title', 'questionForm', 'distinctive', 'topicShare', 'bodyBm25', 'pairs', 'quantityMatch', 'quantityMismatch', 'anchorEntry', 'anchorTopic', 'otherTopicOnly', 'nationOwn',
  'nationConflict', 'nationOnly', 'unknownShare', 'unseenShare', 'declineWords', 'offTopic', 'genericOnly', 'shortQuestion',
  'likelihood', 'likelihoodGap', 'formProfile', 'formLift', 'focusLikelihoodGap', 'focusExample', 'personal', 'schemeOwn', 'schemeOther',
  'nameShare',
] as const;
export type FeatureName = (typeof FEATURES)[number];
const F = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;

/** Cosine at which a question is, to the matcher, one of the entry's own examples. */
export const EXACT = 0.999;

export interface CandidateFeatures {
  ie: IndexedEntry;
  x: Float64Array;
  bestCosine: number;
  bestExample?: string;
  keywordsHit: string[];
  patternHit: boolean;
  anchor: AnchorHit;
  /** The question is one of this entry's examples character for character (after normalising). */
  verbatim: boolean;
  /**
   * An example has the question's words (cosine at EXACT) and asks in the same way: "how many
   * pubs are listed?" has the words of "what the listing thing for pubs is all about" but asks how
   * many, which that example does not.
   */
  exactAsked: boolean;
}

/** The forms that say what kind of answer is wanted: an example lacking one the question asks in is not worded like it. */
const ASKING_FORMS: ReadonlySet<string> = new Set(['how-long', 'how-much', 'when', 'who', 'where', 'why']);

/** When fitting on an entry's own examples, that example is left out as if it were never written. */
export interface LeaveOut {
  position: number;
  example: number;
}

export function extractFeatures(index: SearchIndex, analysis: Analysis, offTopicHit: boolean, leaveOut?: LeaveOut): CandidateFeatures[] {
  // A pub's, place's or person's name the knowledge never matches on is left out of the measures of
  // likeness ("the Crown in Bridport"), unless the question is nothing else; how much of the
  // question it was is a measure of its own (nameShare, below). A word known
  // only from answer text ("Crown" in "Crown Estate") is as unmatched as a new one; a word learned
  // from questions to decline ("eBay", "Tesco") keeps counting against.
  const allTerms = [...new Set(analysis.terms)];
  const unknownName = (t: string) => analysis.names?.has(t) === true && !index.idf.has(t) && !index.declineWords.has(t);
  const terms = allTerms.some((t) => !unknownName(t)) ? allTerms.filter((t) => !unknownName(t)) : allTerms;
  if (terms.length === 0) return [];
  const nameShare = (allTerms.length - terms.length) / allTerms.length;
  const { K1, B, unknownCap, maxRecallShare, recallPerTerm, evidenceFull, nationTopical } = index.weights.index;
  const held = leaveOut ? index.entries[leaveOut.position] : undefined;
  const heldTerms = held ? held.examples[leaveOut!.example].termList : [];
  const heldWeight = index.weights.index.fieldWeight[held?.examples[leaveOut!.example].learned ? 'learned' : 'question'];
  // Words the knowledge never uses count against a match, but people who explain their situation
  // should not be penalised for every extra word: together they weigh at most `unknownCap` rare words.
  const unknownCount = terms.filter((t) => !index.idf.has(t)).length;
  const unknownWeight = index.unknownIdf * Math.min(1, unknownCap / Math.max(1, unknownCount));
  const w = (t: string) => index.idf.get(t) ?? unknownWeight;
  let queryNorm = 0;
  let knownNorm = 0;
  let queryWeight = 0;
  let unknownShare = 0;
  let unseenShare = 0;
  for (const t of terms) {
    queryNorm += w(t) ** 2;
    if (index.idf.has(t)) knownNorm += w(t) ** 2;
    queryWeight += w(t);
    if (!index.idf.has(t)) unknownShare += w(t);
    if (!index.knownStems.has(t)) unseenShare += 1;
  }
  unknownShare /= queryWeight;
  unseenShare /= terms.length;
  const declineWords = terms.filter((t) => index.declineWords.has(t)).length / terms.length;
  const termSet = new Set(terms);
  const units = questionUnits(analysis.terms, analysis.breaks);
  const named = topicsNamed(index.anchors, units);
  const generic = index.anchors.generic;
  const recallShare = Math.min(maxRecallShare, Math.max(0, (terms.length - 4) * recallPerTerm));
  const weights = new Map(terms.map((t) => [t, w(t)] as const));
  const patternText = [analysis.normalised, analysis.words.join(' ')];
  const wordStems = analysis.words.map(stem);
  const schemes = schemesNamed(index, wordStems);
  const schemeTopics = new Set(index.schemes.map((s) => s.topic));
  const otherNations = analysis.nations.filter((n) => n !== 'england');
  const nationTerms = new Set(otherNations.flatMap((n) => NATION_WORDS[n].map(stem)));
  let topicalWeight = 0;
  for (const t of terms) if (!nationTerms.has(t)) topicalWeight += w(t);
  const quantities = extractQuantities(analysis.words).filter(isPeriod);
  const forms = questionForms(analysis.normalised);
  // The kinds of answer the question asks for, once per question: an exact example must ask them too.
  const askingFor = [...forms].filter((f) => ASKING_FORMS.has(f));

  const dots = new Float64Array(index.exampleCount);
  for (const t of terms) {
    const sq = weights.get(t)! ** 2;
    for (const g of index.postings.get(t) ?? []) dots[g] += sq;
  }
  if (held) dots[held.firstExample + leaveOut!.example] = 0;
  // Frequencies with the left-out example subtracted, for the held-out entry only.
  const heldTf = new Map<string, number>();
  for (const t of heldTerms) heldTf.set(t, (heldTf.get(t) ?? 0) + heldWeight);
  const heldCounts: HeldCounts | undefined = held ? { position: held.position, tf: heldTf, length: heldTerms.length * heldWeight } : undefined;
  const likely = entryLikelihoods(index, analysis.terms, heldCounts);
  // The sentence asked, scored on its own (a story's question is in its last sentence).
  const focusTerms = analysis.focus ? [...new Set(analysis.focus)] : undefined;
  const focusLikely = focusTerms ? entryLikelihoods(index, analysis.focus!, heldCounts) : likely;
  const focusDots = focusTerms ? new Float64Array(index.exampleCount) : undefined;
  let focusNorm = 0;
  for (const t of focusTerms ?? []) {
    const sq = w(t) ** 2;
    focusNorm += sq;
    for (const g of index.postings.get(t) ?? []) focusDots![g] += sq;
  }
  if (held && focusDots) focusDots[held.firstExample + leaveOut!.example] = 0;

  // Answer-text BM25, scaled by what the question could score at best.
  let bodyCeiling = 0;
  for (const t of terms) bodyCeiling += (index.bodyIdf.get(t) ?? 0) * (K1 + 1);
  const qPairs: { pair: string; weight: number }[] = [];
  for (let k = 0; k + 1 < analysis.terms.length; k++) {
    if (analysis.breaks?.has(k + 1)) continue;
    const pair = `${analysis.terms[k]} ${analysis.terms[k + 1]}`;
    const df = index.pairDf.get(pair);
    if (df) qPairs.push({ pair, weight: Math.log(1 + index.entries.length / df) });
  }
  const pairCeiling = qPairs.reduce((a, p) => a + p.weight, 0);

  const touched = new Set<number>();
  for (const t of terms) for (const i of index.entryPostings.get(t) ?? []) touched.add(i);
  const out: CandidateFeatures[] = [];
  index.entries.forEach((ie, i) => {
    const patternHit = ie.entry.patterns.some((p) => patternText.some((text) => p.test(text)));
    if (touched.has(i) || patternHit) {
      const c = one(ie, patternHit);
      if (c) out.push(c);
    }
  });
  return out;

  /** How often the entry's title and examples ask in the question's forms ("how long", "can't"),
   *  and how much more often than all examples do (log ratio, scaled to -1..1). */
  function formProfile(ie: IndexedEntry, leftOut: number): { share: number; lift: number } {
    if (forms.size === 0) return { share: 0, lift: 0 };
    let share = 0;
    let base = 0;
    for (const f of forms) {
      share += formShare(ie, f, leftOut);
      base += index.formBase.get(f)!;
    }
    return { share: share / forms.size, lift: Math.max(-3, Math.min(3, Math.log(share / base))) / 3 };
  }

  /** Smoothed share of the entry's title and examples asking in this form (the left-out one not counted). */
  function formShare(ie: IndexedEntry, form: string, leftOut: number): number {
    const s = index.weights.index.formSmoothing;
    const n = ie.examples.length - (leftOut >= 0 ? 1 : 0);
    const own = (ie.formCounts.get(form) ?? 0) - (leftOut >= 0 && ie.examples[leftOut].forms.has(form) ? 1 : 0);
    return (own + s * index.formBase.get(form)!) / (n + s);
  }

  function one(ie: IndexedEntry, patternHit: boolean): CandidateFeatures | undefined {
    const x = new Float64Array(FEATURES.length);
    const isHeld = ie === held;
    let best = 0;
    let runnerUp = 0;
    let bestExample: string | undefined;
    let verbatim = false;
    let exactAsked = false;
    let focusBest = 0;
    for (let k = 0; k < ie.examples.length; k++) {
      const ex = ie.examples[k];
      const focusDot = focusDots?.[ie.firstExample + k] ?? 0;
      if (focusDot > 0) focusBest = Math.max(focusBest, focusDot / Math.sqrt(focusNorm * ex.norm));
      const dot = dots[ie.firstExample + k];
      if (dot === 0) continue;
      if (ex.normalised === analysis.normalised) verbatim = true;
      // Cosine rewards a question worded like the example; recall (how much of the example the
      // question contains) keeps long, chatty questions from being marked down for their length.
      let cos = (1 - recallShare) * (dot / Math.sqrt(queryNorm * ex.norm)) + recallShare * (dot / ex.norm);
      // A phrasing staff taught by linking a question matches it even with words the knowledge
      // never uses added (the phone number or name someone typed the next time).
      if (ex.learned && dot >= EXACT * ex.norm && dot >= EXACT * knownNorm) cos = 1;
      if (cos >= EXACT && askingFor.every((f) => ex.forms.has(f))) exactAsked = true;
      if (cos > best) {
        runnerUp = best;
        best = cos;
        bestExample = ex.text;
      } else if (cos > runnerUp) runnerUp = cos;
    }
    let covered = 0;
    let coveredTopical = 0;
    let bm25 = 0;
    let inAnswer = 0;
    let distinctive = 0;
    let topicShare = 0;
    let bm25Ceiling = 0;
    let matchedNonGeneric = 0;
    const length = isHeld ? ie.length - heldTerms.length * heldWeight : ie.length;
    const topicTf = index.topicTotals.get(ie.entry.topic);
    for (const t of terms) {
      const wt = weights.get(t)!;
      bm25Ceiling += wt * (K1 + 1);
      if (ie.bodyTerms.has(t)) inAnswer += wt;
      const minus = isHeld ? heldTf.get(t) ?? 0 : 0;
      const tf = (ie.tf.get(t) ?? 0) - minus;
      if (tf <= 1e-9) continue;
      covered += wt;
      if (!nationTerms.has(t)) coveredTopical += wt;
      if (!generic.has(t)) matchedNonGeneric++;
      bm25 += (wt * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / index.avgLength));
      const total = (index.termTotals.get(t) ?? tf) - minus;
      distinctive += (wt * tf) / Math.max(tf, total);
      topicShare += (wt * ((topicTf?.get(t) ?? tf) - minus)) / Math.max(tf, total);
    }
    if (covered === 0 && !patternHit) return undefined;
    let bodyBm25 = 0;
    for (const t of terms) {
      const f = ie.bodyTf.get(t);
      if (f) bodyBm25 += ((index.bodyIdf.get(t) ?? 0) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * ie.bodyLength) / index.avgBodyLength));
    }
    let pairHits = 0;
    for (const p of qPairs) if (ie.pairs.has(p.pair)) pairHits += p.weight;
    const keywordsHit = ie.keywords.filter((k) => (k.phrase ? containsSequence(wordStems, k.phrase) : k.terms.every((t) => termSet.has(t)))).map((k) => k.text);
    let titleHits = 0;
    for (const t of ie.titleTerms) if (termSet.has(t)) titleHits++;
    const anchor = anchorHit(index.anchors, ie.position, ie.entry.topic, units);
    const qtyHits = quantities.filter((q) => ie.quantities.has(q)).length;
    const nation = nationFit(ie.entry.jurisdictions, otherNations);

    x[F.bias] = 1;
    x[F.example] = best >= EXACT ? 1 : best;
    x[F.exampleRunnerUp] = runnerUp;
    x[F.exact] = best >= EXACT ? 1 : 0;
    x[F.coverage] = covered / queryWeight;
    x[F.bm25] = bm25Ceiling ? Math.min(1, bm25 / bm25Ceiling) : 0;
    x[F.keyword] = Math.min(1, keywordsHit.length / 2);
    x[F.keywordPhrase] = keywordsHit.some((k) => k.includes(' ')) ? 1 : 0;
    // A staff pattern of a scheme's entry is written in that scheme's terms; a question that names
    // only another scheme and meets it by shared phrasing ("is it in force yet?" of a neighbourhood
    // plan) is not what it was written for. Topics that name no scheme (funding, help, the advisor)
    // are asked of the schemes, so their patterns stand.
    const othersOnly = named.size > 0 && !named.has(ie.entry.topic);
    const patternCounts = patternHit && !(othersOnly && schemeTopics.has(ie.entry.topic));
    x[F.pattern] = patternCounts ? 1 : 0;
    x[F.answer] = inAnswer / queryWeight;
    x[F.evidence] = Math.min(1, covered / evidenceFull);
    // Both ways: a short title fully inside a long question says less than a title that is the question.
    const titleP = ie.titleTerms.size ? titleHits / ie.titleTerms.size : 0;
    const titleR = titleHits / terms.length;
    x[F.title] = titleP + titleR ? (2 * titleP * titleR) / (titleP + titleR) : 0;
    x[F.questionForm] = [...forms].some((f) => ie.titleForms.has(f)) ? 1 : 0;
    x[F.distinctive] = distinctive / queryWeight;
    x[F.topicShare] = topicShare / queryWeight;
    x[F.bodyBm25] = bodyCeiling ? Math.min(1, bodyBm25 / bodyCeiling) : 0;
    x[F.pairs] = pairCeiling ? pairHits / Math.max(pairCeiling, index.weights.index.pairFull) : 0;
    x[F.quantityMatch] = quantities.length ? qtyHits / quantities.length : 0;
    x[F.quantityMismatch] = quantities.length && qtyHits === 0 ? 1 : 0;
    x[F.anchorEntry] = anchor.level === 2 ? 1 : 0;
    x[F.anchorTopic] = anchor.level >= 1 ? 1 : 0;
    // The question names another topic's concept and not this one's ("local connection ... RTC").
    x[F.otherTopicOnly] = othersOnly ? 1 : 0;
    x[F.nationOwn] = nation > 0 ? 1 : 0;
    x[F.nationConflict] = nation < 0 ? 1 : 0;
    // A nation named, and little else of the entry's: "Scottish independence referendum".
    x[F.nationOnly] = nationTerms.size && topicalWeight && coveredTopical / topicalWeight < nationTopical ? 1 : 0;
    x[F.unknownShare] = unknownShare;
    x[F.unseenShare] = unseenShare;
    x[F.declineWords] = declineWords;
    x[F.offTopic] = offTopicHit ? 1 : 0;
    x[F.genericOnly] = matchedNonGeneric === 0 && !patternHit ? 1 : 0;
    x[F.shortQuestion] = 1 / terms.length;
    x[F.likelihood] = likely.posterior[ie.position];
    x[F.likelihoodGap] = likely.gap[ie.position];
    const profile = formProfile(ie, isHeld ? leaveOut!.example : -1);
    x[F.formProfile] = profile.share;
    x[F.formLift] = profile.lift;
    // The question names a scheme ("ACV", "neighbourhood plan"): this entry's, or only others'.
    // A field named with "ACV" is about listing it, not about registering a village green.
    x[F.schemeOwn] = schemes.has(ie.entry.topic) ? 1 : 0;
    x[F.schemeOther] = schemes.size && !schemes.has(ie.entry.topic) ? 1 : 0;
    x[F.focusLikelihoodGap] = focusLikely.gap[ie.position];
    x[F.focusExample] = focusDots ? focusBest : x[F.example];
    // A question only about the asker, against an entry whose examples rarely are.
    x[F.personal] = forms.has(PERSONAL) ? 1 - formShare(ie, PERSONAL, isHeld ? leaveOut!.example : -1) : 0;
    // The share of the question that was names left out above: what is left of "what year did
    // the Berlin Wall fall?" ("year", "fall") is a bare fragment that could match anything.
    x[F.nameShare] = nameShare;
    return { ie, x, bestCosine: best, bestExample, keywordsHit, patternHit: patternCounts, anchor, verbatim, exactAsked };
  }
}

/** 1: written for the nation the question names; -1: England-only while another nation is named. */
function nationFit(jurisdictions: Jurisdiction[], otherNations: Jurisdiction[]): number {
  if (otherNations.length === 0) return 0;
  if (otherNations.some((n) => jurisdictions.includes(n)) && !jurisdictions.includes('england')) return 1;
  if (jurisdictions.length === 1 && jurisdictions[0] === 'england') return -1;
  return 0;
}

/**
 * The topics whose scheme the question names (topics.yaml `names`). An Act's name (`actNames`)
 * names its scheme too, unless the question names another scheme the Act did not change: "is the
 * right to challenge still in force after the 2026 act?" asks about the right to challenge.
 */
function schemesNamed(index: SearchIndex, wordStems: string[]): Set<string> {
  const out = new Set<string>();
  for (const s of index.schemes) if (s.phrases.some((p) => containsSequence(wordStems, p))) out.add(s.topic);
  for (const s of index.schemes) {
    if (out.has(s.topic) || !s.actPhrases.some((p) => containsSequence(wordStems, p))) continue;
    if ([...out].every((topic) => s.actChanges.includes(topic))) out.add(s.topic);
  }
  return out;
}

export function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
