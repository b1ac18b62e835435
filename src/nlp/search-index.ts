// Prebuilt search structures for one version of the knowledge. Built once at start-up and on
// reload or when staff teach a phrasing; never on the per-question path.
import type { Entry, KnowledgeBase } from '../kb/model.js';
import { analyze, type Lexicon } from './analyze.js';
import { learnAnchors, type AnchorSets } from './anchors.js';
import { clauses } from './focus.js';
import { stem } from './natural.js';
import { normalizeText, tokenize } from './normalize.js';
import { extractQuantities } from './quantities.js';
import { FORM_NAMES, questionForms } from './question-form.js';
import type { SafePattern } from './safe-pattern.js';
import { STOPWORDS } from './stopwords.js';
import { buildSynonymTable } from './synonyms.js';
import { exampleMisspellings, TypoCorrector } from './typos.js';
import { WEIGHTS, type Weights } from './weights.js';

export interface ExampleDoc {
  /** The example's text, for explanations. */
  text: string;
  /** Its normalised text, so a question typed exactly as written can be recognised. */
  normalised: string;
  /** The kinds of question it asks ("how-long", "negative"), for the entry's form profile. */
  forms: Set<string>;
  terms: Set<string>;
  /** Content terms with repeats, so leaving the example out (when fitting) can subtract it exactly. */
  termList: string[];
  /** Sum of squared idf weights, for cosine similarity. */
  norm: number;
  learned: boolean;
}

export interface IndexedEntry {
  entry: Entry;
  /** Position in `SearchIndex.entries`. */
  position: number;
  examples: ExampleDoc[];
  /** Keyword rules: content stems, plus the whole stemmed phrase when it contains small words. */
  keywords: { text: string; terms: string[]; phrase?: string[] }[];
  /** term -> weighted frequency over title, questions, keywords. */
  tf: Map<string, number>;
  length: number;
  /** Content terms of the title, for the title-match feature. */
  titleTerms: Set<string>;
  /** The kinds of question the title asks ("how-long", "who"). */
  titleForms: Set<string>;
  /** How many of its title and examples ask in each form. */
  formCounts: Map<string, number>;
  /** Content terms of the answer text: a weak signal for words the examples do not use. */
  bodyTerms: Set<string>;
  /** Term frequencies of the answer text, for a second BM25 over what the answer says. */
  bodyTf: Map<string, number>;
  bodyLength: number;
  /** Adjacent content-term pairs of the title, keywords and answer ("basic condit", "local connect"). */
  pairs: Set<string>;
  /** Periods and counts ("6 week", "18 month", "21") the entry's title, keywords and answer state. */
  quantities: Set<string>;
  /** Where this entry's examples start in the index-wide numbering used by `postings`. */
  firstExample: number;
}

export interface LearnedPhrase {
  text: string;
  entryId: string;
}

export interface SearchIndex {
  lexicon: Lexicon;
  entries: IndexedEntry[];
  idf: Map<string, number>;
  /** Weight given to a word the knowledge never uses: as rare as the rarest known word. */
  unknownIdf: number;
  /** term -> the examples (numbered across the whole index) that contain it, so a question
   *  only touches the examples sharing one of its words. */
  postings: Map<string, number[]>;
  exampleCount: number;
  /** term -> the entries (by position) whose title, examples or keywords use it. */
  entryPostings: Map<string, number[]>;
  /** term -> its weighted frequency summed over all entries, and per topic (for distinctiveness). */
  termTotals: Map<string, number>;
  topicTotals: Map<string, Map<string, number>>;
  /** Stems of every word the knowledge uses anywhere (answers and signposts included). */
  knownStems: Set<string>;
  /** idf over answer texts, and their mean length. */
  bodyIdf: Map<string, number>;
  avgBodyLength: number;
  /** How many entries use each term pair (rarer pairs say more). */
  pairDf: Map<string, number>;
  avgLength: number;
  /** Sum of every entry's weighted term counts (the likelihood model's background). */
  totalLength: number;
  /** Share of all titles and examples asking in each form. */
  formBase: Map<string, number>;
  offTopic: { id: string; phrases: string[][]; patterns: SafePattern[]; unless: SafePattern[] }[];
  /** Each topic's scheme names (topics.yaml `names`), as stemmed word sequences after synonyms;
   *  the names of the Act that made it (`actNames`) and the topics that Act changed (`actChanges`). */
  schemes: { topic: string; phrases: string[][]; actPhrases: string[][]; actChanges: string[] }[];
  /** Words learned from questions to decline (weights.declineWords). */
  declineWords: Set<string>;
  /** Each entry's and each topic's defining concepts (see anchors.ts). */
  anchors: AnchorSets;
  weights: Weights;
}

export function buildSearchIndex(kb: KnowledgeBase, learned: LearnedPhrase[] = [], weights: Weights = WEIGHTS): SearchIndex {
  const synonyms = buildSynonymTable(kb.synonyms);
  // Titles, keywords and synonyms are spelt with care; example questions may carry typos on purpose.
  const clean = new Set<string>();
  const exampleWords = new Set<string>();
  const addWords = (into: Set<string>) => (text: string) => tokenize(text).forEach((t) => !STOPWORDS.has(t) && into.add(t));
  for (const e of kb.entries) [e.title, ...e.keywords].forEach(addWords(clean));
  for (const [canonical, variants] of Object.entries(kb.synonyms)) [canonical, ...variants].forEach(addWords(clean));
  for (const e of kb.entries) e.questions.forEach(addWords(exampleWords));
  // Words that are spelt right but not matched on: answer text and off-topic phrases.
  const known = new Set<string>();
  for (const e of kb.entries) for (const s of e.sections) tokenize(`${s.heading ?? ''} ${s.body}`).forEach((t) => known.add(t));
  for (const o of kb.offTopic) o.match.forEach((m) => tokenize(m).forEach((t) => known.add(t)));
  const misspellings = exampleMisspellings(
    [...exampleWords].filter((w) => !clean.has(w)),
    new TypoCorrector(clean, known, stem, new Set([...clean, ...known].map(stem))),
  );
  const vocabulary = new Set([...clean, ...[...exampleWords].filter((w) => !misspellings.has(w))]);
  const knownStems = new Set([...vocabulary].map(stem));
  const lexicon: Lexicon = { synonyms, typos: new TypoCorrector(vocabulary, known, stem, knownStems, misspellings) };
  // Examples are the reference wording: only their own misspellings are corrected, so an example
  // typed "neighbourhod plan grant" still carries the concept "neighbourhood plan".
  const plain: Lexicon = { synonyms, typos: new TypoCorrector(new Set(), new Set(), undefined, new Set(), misspellings) };
  const field = weights.index.fieldWeight;

  const partial = kb.entries.map((entry) => {
    const tf = new Map<string, number>();
    const add = (terms: string[], weight: number) => terms.forEach((t) => tf.set(t, (tf.get(t) ?? 0) + weight));
    const exampleTerms: { text: string; terms: string[]; learned: boolean }[] = [];
    const title = analyze(entry.title, plain).terms;
    add(title, field.title);
    exampleTerms.push({ text: entry.title, terms: title, learned: false });
    for (const q of entry.questions) {
      const terms = analyze(q, plain).terms;
      add(terms, field.question);
      exampleTerms.push({ text: q, terms, learned: false });
    }
    for (const l of learned.filter((l) => l.entryId === entry.id)) {
      const terms = analyze(l.text, lexicon).terms;
      add(terms, field.learned);
      exampleTerms.push({ text: l.text, terms, learned: true });
    }
    const keywords = entry.keywords
      .map((k) => {
        const a = analyze(k, plain);
        // "on hold" must not fire on every "hold": a keyword with small words is matched as a phrase.
        const phrase = a.words.length > a.terms.length ? a.words.map(stem) : undefined;
        return { text: k, terms: a.terms, ...(phrase ? { phrase } : {}) };
      })
      .filter((k) => k.terms.length);
    keywords.forEach((k) => add(k.terms, field.keyword));
    const length = [...tf.values()].reduce((a, b) => a + b, 0);
    const bodyText = entry.sections.map((sec) => `${sec.heading ?? ''} ${sec.body}`).join(' ');
    const bodyList = analyze(bodyText, plain).terms;
    const bodyTerms = new Set(bodyList);
    const bodyTf = new Map<string, number>();
    for (const t of bodyList) bodyTf.set(t, (bodyTf.get(t) ?? 0) + 1);
    // Pairs from the title, keywords and answer only: examples are left out so that fitting on
    // left-out examples sees no trace of the example in this feature.
    const pairs = new Set<string>();
    for (const text of [entry.title, ...entry.keywords, ...entry.sections.map((sec) => sec.body)]) {
      for (const sentence of clauses(text)) {
        const t = analyze(sentence, plain).terms;
        for (let k = 0; k + 1 < t.length; k++) pairs.add(`${t[k]} ${t[k + 1]}`);
      }
    }
    const inShort = entry.sections[0]?.body ?? '';
    const quantities = new Set(extractQuantities(tokenize([entry.title, ...entry.keywords, inShort].join(' . '))));
    return { entry, tf, exampleTerms, keywords, length, bodyTerms, bodyTf, bodyLength: bodyList.length, pairs, titleTerms: new Set(title), quantities };
  });

  const n = partial.length;
  const df = new Map<string, number>();
  for (const p of partial) for (const t of p.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  const unknownIdf = Math.log(1 + (n - 1 + 0.5) / 1.5);
  const weight = (t: string) => idf.get(t) ?? unknownIdf;

  let exampleCount = 0;
  const entries: IndexedEntry[] = partial.map((p, position) => ({
    entry: p.entry,
    position,
    tf: p.tf,
    length: p.length,
    titleTerms: p.titleTerms,
    titleForms: questionForms(normalizeText(p.entry.title)),
    bodyTerms: p.bodyTerms,
    bodyTf: p.bodyTf,
    bodyLength: p.bodyLength,
    pairs: p.pairs,
    quantities: p.quantities,
    firstExample: (exampleCount += p.exampleTerms.length) - p.exampleTerms.length,
    keywords: p.keywords,
    formCounts: new Map(),
    examples: p.exampleTerms.map((x) => {
      const terms = new Set(x.terms);
      let norm = 0;
      for (const t of terms) norm += weight(t) ** 2;
      const normalised = normalizeText(x.text);
      return { text: x.text, normalised, forms: questionForms(normalised), terms, termList: x.terms, norm, learned: x.learned };
    }),
  }));
  const formBase = new Map<string, number>(FORM_NAMES.map((f) => [f, 0]));
  for (const ie of entries) {
    for (const ex of ie.examples) for (const f of ex.forms) ie.formCounts.set(f, (ie.formCounts.get(f) ?? 0) + 1);
    for (const [f, c] of ie.formCounts) formBase.set(f, formBase.get(f)! + c);
  }
  // Smoothed, so a form no example asks in still has a small base rate.
  for (const [f, c] of formBase) formBase.set(f, (c + 1) / (exampleCount + 1));
  const postings = new Map<string, number[]>();
  for (const ie of entries) {
    ie.examples.forEach((ex, k) => {
      for (const t of ex.terms) push(postings, t, ie.firstExample + k);
    });
  }
  const entryPostings = new Map<string, number[]>();
  const termTotals = new Map<string, number>();
  const topicTotals = new Map<string, Map<string, number>>();
  entries.forEach((ie, i) => {
    const topic = topicTotals.get(ie.entry.topic) ?? new Map<string, number>();
    topicTotals.set(ie.entry.topic, topic);
    for (const [t, f] of ie.tf) {
      push(entryPostings, t, i);
      termTotals.set(t, (termTotals.get(t) ?? 0) + f);
      topic.set(t, (topic.get(t) ?? 0) + f);
    }
  });
  for (const t of known) knownStems.add(stem(t));
  const bodyDf = new Map<string, number>();
  const pairDf = new Map<string, number>();
  for (const ie of entries) {
    for (const t of ie.bodyTf.keys()) bodyDf.set(t, (bodyDf.get(t) ?? 0) + 1);
    for (const pr of ie.pairs) pairDf.set(pr, (pairDf.get(pr) ?? 0) + 1);
  }
  const bodyIdf = new Map<string, number>();
  for (const [t, d] of bodyDf) bodyIdf.set(t, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  const avgBodyLength = entries.reduce((a, e) => a + e.bodyLength, 0) / Math.max(1, n);
  const avgLength = entries.reduce((a, e) => a + e.length, 0) / Math.max(1, n);
  const offTopic = kb.offTopic.map((o) => ({ id: o.id, phrases: o.match.map((m) => tokenize(m).map(stem)), patterns: o.patterns ?? [], unless: o.unless ?? [] }));
  const stemmedPhrases = (names: string[] = []) => names.map((n) => analyze(n, lexicon).words.map(stem)).filter((p) => p.length);
  const schemes = kb.topics.flatMap((t) => (t.names?.length || t.actNames?.length ? [{ topic: t.id, phrases: stemmedPhrases(t.names), actPhrases: stemmedPhrases(t.actNames), actChanges: t.actChanges ?? [] }] : []));
  const anchors = learnAnchors(entries, plain, weights);
  const totalLength = entries.reduce((a, e) => a + e.length, 0);
  return { lexicon, entries, idf, unknownIdf, avgLength, totalLength, formBase, offTopic, schemes, postings, exampleCount, entryPostings, termTotals, topicTotals, knownStems, bodyIdf, avgBodyLength, pairDf, anchors, weights, declineWords: new Set(weights.declineWords ?? []) };
}

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
