// Prebuilt search structures for one version of the knowledge. Built once at start-up and on
// reload or when staff teach a phrasing; never on the per-question path.
import type { Entry, KnowledgeBase } from '../kb/model.js';
import { analyze, type Lexicon } from './analyze.js';
import { stem } from './natural.js';
import { tokenize } from './normalize.js';
import { STOPWORDS } from './stopwords.js';
import { buildSynonymTable } from './synonyms.js';
import { TypoCorrector } from './typos.js';

/** Weighted field contributions to an entry's bag of terms (BM25). */
const FIELD_WEIGHT = { title: 2, question: 1, keyword: 2.5, learned: 1 } as const;

export interface ExampleDoc {
  /** The example's text, for explanations. */
  text: string;
  terms: Set<string>;
  /** Sum of squared idf weights, for cosine similarity. */
  norm: number;
  learned: boolean;
}

export interface IndexedEntry {
  entry: Entry;
  examples: ExampleDoc[];
  /** Keyword rules: content stems, plus the whole stemmed phrase when it contains small words. */
  keywords: { text: string; terms: string[]; phrase?: string[] }[];
  /** term -> weighted frequency over title, questions, keywords. */
  tf: Map<string, number>;
  length: number;
  /** Content terms of the answer text: a weak signal for words the examples do not use. */
  bodyTerms: Set<string>;
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
  avgLength: number;
  offTopic: { id: string; phrases: string[][] }[];
}

export function buildSearchIndex(kb: KnowledgeBase, learned: LearnedPhrase[] = []): SearchIndex {
  const synonyms = buildSynonymTable(kb.synonyms);
  const vocabulary = new Set<string>();
  const addVocabulary = (text: string) => tokenize(text).forEach((t) => !STOPWORDS.has(t) && vocabulary.add(t));
  for (const e of kb.entries) [e.title, ...e.questions, ...e.keywords].forEach(addVocabulary);
  for (const [canonical, variants] of Object.entries(kb.synonyms)) [canonical, ...variants].forEach(addVocabulary);
  // Words that are spelt right but not matched on: answer text and off-topic phrases.
  const known = new Set<string>();
  for (const e of kb.entries) for (const s of e.sections) tokenize(s.body).forEach((t) => known.add(t));
  for (const o of kb.offTopic) o.match.forEach((m) => tokenize(m).forEach((t) => known.add(t)));
  const knownStems = new Set([...vocabulary].map(stem));
  const lexicon: Lexicon = { synonyms, typos: new TypoCorrector(vocabulary, known, stem, knownStems) };
  // Examples are analysed without typo correction: they are the reference spelling.
  const plain: Lexicon = { synonyms };

  const partial = kb.entries.map((entry) => {
    const tf = new Map<string, number>();
    const add = (terms: string[], weight: number) => terms.forEach((t) => tf.set(t, (tf.get(t) ?? 0) + weight));
    const exampleTerms: { text: string; terms: string[]; learned: boolean }[] = [];
    const title = analyze(entry.title, plain).terms;
    add(title, FIELD_WEIGHT.title);
    exampleTerms.push({ text: entry.title, terms: title, learned: false });
    for (const q of entry.questions) {
      const terms = analyze(q, plain).terms;
      add(terms, FIELD_WEIGHT.question);
      exampleTerms.push({ text: q, terms, learned: false });
    }
    for (const l of learned.filter((l) => l.entryId === entry.id)) {
      const terms = analyze(l.text, lexicon).terms;
      add(terms, FIELD_WEIGHT.learned);
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
    keywords.forEach((k) => add(k.terms, FIELD_WEIGHT.keyword));
    const length = [...tf.values()].reduce((a, b) => a + b, 0);
    const bodyTerms = new Set(entry.sections.flatMap((sec) => analyze(`${sec.heading ?? ''} ${sec.body}`, plain).terms));
    return { entry, tf, exampleTerms, keywords, length, bodyTerms };
  });

  const n = partial.length;
  const df = new Map<string, number>();
  for (const p of partial) for (const t of p.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  const unknownIdf = Math.log(1 + (n - 1 + 0.5) / 1.5);
  const weight = (t: string) => idf.get(t) ?? unknownIdf;

  let exampleCount = 0;
  const entries: IndexedEntry[] = partial.map((p) => ({
    entry: p.entry,
    tf: p.tf,
    length: p.length,
    bodyTerms: p.bodyTerms,
    firstExample: (exampleCount += p.exampleTerms.length) - p.exampleTerms.length,
    keywords: p.keywords,
    examples: p.exampleTerms.map((x) => {
      const terms = new Set(x.terms);
      let norm = 0;
      for (const t of terms) norm += weight(t) ** 2;
      return { text: x.text, terms, norm, learned: x.learned };
    }),
  }));
  const postings = new Map<string, number[]>();
  for (const ie of entries) {
    ie.examples.forEach((ex, k) => {
      for (const t of ex.terms) {
        const list = postings.get(t) ?? [];
        list.push(ie.firstExample + k);
        postings.set(t, list);
      }
    });
  }
  const entryPostings = new Map<string, number[]>();
  entries.forEach((ie, i) => {
    for (const t of ie.tf.keys()) {
      const list = entryPostings.get(t) ?? [];
      list.push(i);
      entryPostings.set(t, list);
    }
  });
  const avgLength = entries.reduce((a, e) => a + e.length, 0) / Math.max(1, n);
  const offTopic = kb.offTopic.map((o) => ({ id: o.id, phrases: o.match.map((m) => tokenize(m).map(stem)) }));
  return { lexicon, entries, idf, unknownIdf, avgLength, offTopic, postings, exampleCount, entryPostings };
}
