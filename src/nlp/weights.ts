// The matcher's tunable numbers, all in one generated file written by `npm run fit`
// (test/tools/fit.ts; procedure in FITTING.md). Never edit weights.generated.json by hand.
import { readFileSync } from 'node:fs';

export interface Weights {
  /** Feature names, in the order of `rank`. */
  features: string[];
  /** Linear ranking weights: a candidate's score is their dot product with its features. */
  rank: number[];
  /** Second stage: confidence that the top candidate is right, from its score and its lead. */
  calibration: { inputs: string[]; w: number[] };
  thresholds: {
    /** Answer when the calibrated confidence is at least this (chosen on the dev risk-coverage curve). */
    answer: number;
    /** Offer a choice of two when their joint share reaches this and neither can be answered alone. */
    clarifyMass: number;
    /** In a fallback, candidates holding at least this share of the candidates' belief are offered as nearest topics. */
    nearest: number;
    /**
     * A story whose sentence asked is answered confidently by the whole message's best entry is
     * answered when the whole message's own confidence is at least this (matcher.ts): below it the
     * story itself says the question is not one for the knowledge (a neighbour's extension, a
     * listed cottage's windows). Set in the fit's settings, chosen on dev and calibration questions.
     */
    askedSentenceFloor: number;
    /**
     * A story whose sentence asked names nothing the knowledge defines ("what do we do first?") is
     * answered from the whole message's best entry when the whole message's confidence is at least
     * this (matcher.ts). Read off the dev and calibration questions in the fit's settings.
     */
    genericAskFloor: number;
    /**
     * A story's sentence asked, a question in its own right and answered on its own, picks that
     * entry when it is among the whole message's first this many on the same topic (matcher.ts).
     * Set in the fit's settings, chosen on the dev conversations and dev questions.
     */
    askedSentenceNear: number;
  };
  anchors: {
    /** A single word anchors an entry only when at most this share of entries name it. */
    maxEntryShare: number;
    /** A word anchors a topic when at least this share of the entries naming it are in the topic. */
    topicConcentration: number;
    /** Everyday stems that never anchor on their own (seed list plus words seen in declined questions). */
    generic: string[];
  };
  /** Words learned from questions to decline ("ticket", "ebay"): the declineWords feature counts them. */
  declineWords: string[];
  /** Fixed retrieval settings (standard BM25 values and field weights), recorded with the fit. */
  index: {
    K1: number;
    B: number;
    fieldWeight: { title: number; question: number; keyword: number; learned: number };
    unknownCap: number;
    maxRecallShare: number;
    recallPerTerm: number;
    evidenceFull: number;
    nationTopical: number;
    /** Matched pair weight at which the pairs feature is full (a floor on its denominator). */
    pairFull: number;
    /** Dirichlet smoothing of the likelihood model, in weighted term counts (likelihood.ts). */
    likelihoodMu: number;
    /** Smoothing of an entry's question-form profile towards the base rate, in examples. */
    formSmoothing: number;
  };
  /** What the fit was run on, for the record. */
  fittedOn?: Record<string, unknown>;
}

export const WEIGHTS: Weights = JSON.parse(readFileSync(new URL('./weights.generated.json', import.meta.url), 'utf8')) as Weights;
