// The two baselines the matcher is compared with, on the same knowledge: a MiniSearch BM25 index
// (fuzzy, prefix, boosted title; over title + example questions + keywords) and natural's
// BayesClassifier (trained on the same texts, one class per entry). Each returns its top entry
// and a score; the bench fits one answer threshold for each on dev.
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../../src/kb/model.js';

export interface Guess {
  entryId: string | null;
  score: number;
}

export interface Baseline {
  name: string;
  guess(text: string): Guess;
}

export function miniSearchBaseline(kb: KnowledgeBase): Baseline {
  const index = new MiniSearch<{ id: string; title: string; examples: string; keywords: string }>({
    fields: ['title', 'examples', 'keywords'],
    searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true },
  });
  index.addAll(kb.entries.map((e) => ({ id: e.id, title: e.title, examples: e.questions.join('\n'), keywords: e.keywords.join('\n') })));
  return {
    name: 'MiniSearch BM25',
    guess(text) {
      const [top] = index.search(text);
      return top ? { entryId: String(top.id), score: top.score } : { entryId: null, score: 0 };
    },
  };
}

export function bayesBaseline(kb: KnowledgeBase): Baseline {
  const classifier = new BayesClassifier();
  for (const e of kb.entries) for (const text of [e.title, ...e.questions, ...e.keywords]) classifier.addDocument(text, e.id);
  classifier.train();
  return {
    name: 'natural BayesClassifier',
    guess(text) {
      const all = classifier.getClassifications(text);
      if (all.length === 0) return { entryId: null, score: 0 };
      const total = all.reduce((a, c) => a + c.value, 0);
      // The top class's share of the probability mass: its confidence against the other entries.
      return { entryId: all[0].label, score: total > 0 ? all[0].value / total : 0 };
    },
  };
}
