// The matcher, as the dialogue uses it: the question on its own, and the question read together
// with the conversation's topic. The only file here that knows the matcher's functions.
import type { Entry } from '../kb/model.js';
import { analyze, toTerms, type Analysis } from '../nlp/analyze.js';
import { NATION_WORDS } from '../nlp/jurisdiction.js';
import { anchored, answersWhatever, decide, type Decision } from '../nlp/decide.js';
import { askedSentence, opensAsQuestion } from '../nlp/focus.js';
import { matchOffTopic, rankEntries, type Candidate } from '../nlp/rank.js';
import type { SearchIndex } from '../nlp/search-index.js';
import { withoutPersonalDetails } from '../store/privacy.js';
import type { Jurisdiction } from '../types.js';

export interface OwnMatch {
  analysis: Analysis;
  /** The best few, as the matcher explains them. */
  candidates: Candidate[];
  decision: Decision;
  /** entry id -> share of belief (0..1), for every entry the question touches. */
  scores: Map<string, number>;
  /** Whether the top candidate may answer at all (it carries its defining concept, no off-topic signpost)... */
  eligible: boolean;
  /** ...and whether it answers at any confidence (worded exactly like one of its examples). */
  always: boolean;
}

/** The terms the matcher puts in for each nation a question names. */
export const NATION_TERMS: Record<Jurisdiction, string[]> = Object.fromEntries(
  (Object.entries(NATION_WORDS) as [Jurisdiction, string[]][]).map(([n, words]) => [n, toTerms(words)]),
) as Record<Jurisdiction, string[]>;

/** The question on its own, as the matcher sees it. */
export function matchOwn(index: SearchIndex, text: string): OwnMatch {
  // Phone numbers, emails and postcodes are not topic words; left in, they drown the real ones.
  const analysis = analyze(withoutPersonalDetails(text), index.lexicon);
  const offTopicId = matchOffTopic(index, analysis);
  const all = rankEntries(index, analysis, index.entries.length, { offTopic: offTopicId !== undefined });
  const candidates = all.slice(0, 5);
  const always = answersWhatever(candidates);
  return {
    analysis,
    candidates,
    decision: agreedWithAskedSentence(index, text, decide(candidates, index.weights, offTopicId), candidates),
    scores: new Map(all.map((c) => [c.entryId, c.score])),
    eligible: Boolean(candidates[0] && anchored(candidates[0]) && (!offTopicId || always)),
    always,
  };
}

/**
 * A story told before its question: "The Plough shut in August, the owner wants flats, we have a
 * Facebook group of 300... can we nominate it ourselves or does it have to be the parish
 * council?". The story's names and feelings pull the whole message's confidence under the line
 * even when its best entry is right. When the sentence asked, read on its own, is answered
 * confidently by that same entry, two readings agree and the message is answered. Nothing changes
 * when they disagree, when a signpost declined the message, when the message is one sentence, or
 * when the whole message's confidence is under `askedSentenceFloor` (a story about a neighbour's
 * extension ending "how do I object to their planning application?" is not a question for us).
 */
function agreedWithAskedSentence(index: SearchIndex, text: string, decision: Decision, candidates: Candidate[]): Decision {
  const top = candidates[0];
  if (decision.status === 'answered' || (decision.status === 'fallback' && decision.offTopicId) || !top || !anchored(top)) return decision;
  if (decision.confidence < index.weights.thresholds.askedSentenceFloor) return decision;
  const asked = askedSentence(text);
  if (!asked) return decision;
  const own = matchOwn(index, asked);
  const part = own.decision;
  if (part.status === 'answered' && part.top.entryId === top.entryId) return { status: 'answered', top, confidence: Math.max(decision.confidence, part.confidence) };
  // The story's words can also rank another entry of the same topic first while the asked
  // sentence, a question in its own right ("what even is an ACV?"), is sure of one just behind it
  // ("...someone at the pub quiz said we should get the George listed"): the asked sentence says
  // which of the topic's entries is meant, within the whole message's first `askedSentenceNear`.
  // Its question mark makes it a question as much as its opening word does ("Surely the listing
  // stops him doing that?"); a fragment ("Next step?") is not answered on its own anyway.
  if (part.status === 'answered' && (opensAsQuestion(asked) || asked.includes('?'))) {
    const near = candidates.slice(0, index.weights.thresholds.askedSentenceNear).find((c) => c.entryId === part.top.entryId && c.topic === top.topic);
    if (near) return { status: 'answered', top: near, confidence: decision.confidence };
  }
  // A plain question after the story ("what do we do first?", "is that right?", "can he actually
  // do that?") names nothing the knowledge defines, so the story is all there is to go on: it is
  // answered when the whole message is as sure as `genericAskFloor`, the lowest confidence at which
  // such messages were answered rightly as often as those just over the answer line (FITTING.md).
  const generic = !own.candidates[0] || !anchored(own.candidates[0]);
  const signposted = part.status === 'fallback' && part.offTopicId !== undefined;
  if (generic && !signposted && decision.confidence >= index.weights.thresholds.genericAskFloor) return { status: 'answered', top, confidence: decision.confidence };
  return decision;
}

/**
 * Every entry's score for the question read with the topic's words ("how long?" + the title, and
 * the question that was last asked: the title of an entry on many things, such as the Wales one,
 * says little of what the conversation is about).
 * The topic's nation words are left out: after the Wales answer, "what about Scotland?" is about
 * Scotland, and "Wales" from the old title would pull towards entries naming both.
 */
export function scoresWithTopic(index: SearchIndex, analysis: Analysis, topic: Entry, nation?: Jurisdiction, asked?: string): { scores: Map<string, number>; candidates: Candidate[] } {
  const nationTerms = new Set(Object.values(NATION_TERMS).flat());
  const topicTerms = toTerms(analyze(`${topic.title} ${asked ?? ''}`, index.lexicon).words).filter((t) => !nationTerms.has(t));
  // The conversation's own nation, when the question does not name one, is part of the topic ("who can help us there?").
  const nations = analysis.nations.length || !nation ? analysis.nations : [nation];
  const nationWords = analysis.nations.length || !nation ? [] : NATION_TERMS[nation];
  const candidates = rankEntries(index, { ...analysis, nations, terms: [...analysis.terms, ...topicTerms, ...nationWords] }, index.entries.length, { offTopic: false });
  return { scores: new Map(candidates.map((c) => [c.entryId, c.score])), candidates };
}
