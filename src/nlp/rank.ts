// Ranks the entries a question touches with the fitted scorer and says why each scored:
// features.ts measures, score.ts weighs (weights fitted by `npm run fit`, see FITTING.md).
import type { Analysis } from './analyze.js';
import { containsSequence, EXACT, extractFeatures, FEATURES, type FeatureName, type LeaveOut } from './features.js';
import { scoreCandidates } from './score.js';
import type { SearchIndex } from './search-index.js';

export { EXACT } from './features.js';

export interface Candidate {
  entryId: string;
  title: string;
  /** The entry's topic folder and related entries, so near-ties between siblings can be told apart. */
  topic: string;
  related: string[];
  /** Share of belief (0..1) that this entry is the answer, against the others and "none of these". */
  score: number;
  /** The fitted linear score behind it (log-odds against "none of these"). */
  raw: number;
  /** Cosine with the closest example. */
  bestCosine: number;
  /** The measured features, by name, for explanations and tests. */
  parts: Record<FeatureName, number>;
  bestExample?: string;
  keywordsHit: string[];
  patternHit: boolean;
  /** The question is worded as one of the entry's examples, word for word (stop words too). */
  verbatim: boolean;
  /** The question has the words of one of the entry's examples and asks in the same way (features.ts). */
  exactAsked: boolean;
  /** The defining concept the question carries for this entry: 2 the entry's own, 1 its topic's, 0 none. */
  anchorLevel: 0 | 1 | 2;
  anchorUnit?: string;
}

export interface RankOptions {
  /** The question names an off-topic need (a feature of the score). */
  offTopic?: boolean;
  /** Fitting only: leave one example out of the index. */
  leaveOut?: LeaveOut;
  /** Entries not to consider at all (a follow-up does not get the answer it just read). */
  exclude?: string;
}

export function rankEntries(index: SearchIndex, analysis: Analysis, limit = 5, options: RankOptions = {}): Candidate[] {
  const offTopic = options.offTopic ?? matchOffTopic(index, analysis) !== undefined;
  const features = extractFeatures(index, analysis, offTopic, options.leaveOut).filter((c) => c.ie.entry.id !== options.exclude);
  const scored = scoreCandidates(index.weights, features);
  // A question worded exactly like an entry's example is that entry's: staff declared the routing,
  // so that entry leads whatever the fitted scores say (the one with that very wording, else the
  // best-scoring one, if several entries have examples with the same words).
  // Words alike but asked another way ("how many pubs are listed?" and "what is the listing thing
  // for pubs about") is no such wording: the scores decide.
  const exact = scored.find((s) => s.c.verbatim) ?? scored.find((s) => s.c.exactAsked);
  if (exact) scored.unshift(...scored.splice(scored.indexOf(exact), 1));
  return scored
    .slice(0, limit)
    .map(({ c, raw, share }) => ({
      entryId: c.ie.entry.id,
      title: c.ie.entry.title,
      topic: c.ie.entry.topic,
      related: c.ie.entry.related,
      score: share,
      raw,
      bestCosine: c.bestCosine,
      exactAsked: c.exactAsked,
      parts: Object.fromEntries(FEATURES.map((f, i) => [f, c.x[i]])) as Record<FeatureName, number>,
      bestExample: c.bestExample,
      keywordsHit: c.keywordsHit,
      patternHit: c.patternHit,
      verbatim: c.verbatim,
      anchorLevel: c.anchor.level,
      ...(c.anchor.unit ? { anchorUnit: c.anchor.unit } : {}),
    }));
}

/** Whether a question names an off-topic need (benefits, eviction...) and which one. */
export function matchOffTopic(index: SearchIndex, analysis: Analysis): string | undefined {
  for (const o of index.offTopic) {
    for (const phrase of o.phrases) {
      if (phrase.length && containsSequence(analysis.rawStems, phrase)) return o.id;
    }
    if (o.patterns.some((p) => p.test(analysis.normalised)) && !o.unless.some((p) => p.test(analysis.normalised))) return o.id;
  }
  return undefined;
}
