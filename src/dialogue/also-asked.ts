// A message can ask two things: "we're 30 regulars, not a company. can we nominate it ourselves??
// and how long does the council get to decide". The whole message finds one entry; each question
// sentence read on its own may find another. The first other entry a question sentence is
// answered by outright, on a subject the main answer shares, is what the message also asked. A
// sentence that only the conversation or the story could make sense of ("and is that right?")
// finds nothing on its own, and one the matcher places on another subject ("how long does the
// council get?" in a story about the Right to Challenge) is not taken: it may mean the main one's.
// Nor is one the first answer already speaks to.
import type { KnowledgeBase } from '../kb/model.js';
import { opensAsQuestion, sentences } from '../nlp/focus.js';
import type { SearchIndex } from '../nlp/search-index.js';
import { matchOwn } from './matcher.js';

/** Words that join a second question to the first ("and how long...", "also, who decides?"). */
const JOINING = /^(and|also|plus|oh and|then|so)\b[\s,]*/i;

/**
 * Where one sentence asks a second thing: after a spaced dash, a colon or a semicolon ("honestly
 * fuming - can they even list it with our home above it"), or at a comma before a joined question
 * (", and how long do I have to challenge it?"). Groups are non-capturing, so a split keeps no
 * separators; each alternative is a short fixed run, so the split is linear in the sentence.
 */
const PART_BREAK = /\s+[-\u2013\u2014]+\s+|[:;]\s+|,\s*(?=(?:and|also|plus)\s+(?:who|what|when|where|which|why|how|can|could|do|does|is|are|will|would|should|must)\b)/i;

/** The message's questions: each question sentence, or each part of it that opens as a question. */
function questionsIn(text: string): string[] {
  const out: string[] = [];
  for (const sentence of sentences(text)) {
    const parts = sentence.split(PART_BREAK);
    const asking = parts.map((p) => p.trim().replace(JOINING, '')).filter((p) => p && opensAsQuestion(p));
    if (asking.length > 0 && parts.length > 1) out.push(...asking);
    else if (sentence.includes('?') || opensAsQuestion(sentence.replace(JOINING, ''))) out.push(sentence);
  }
  return out;
}

export function alsoAsked(kb: KnowledgeBase, index: SearchIndex, text: string, answered: string): string | undefined {
  const questions = questionsIn(text);
  if (questions.length < 2) return undefined;
  const subjects = new Set(kb.byId.get(answered)?.facets.subject ?? []);
  // The first answer already speaks to a sentence that finds it among its candidates with more
  // than an even share of belief ("is a long lease included?" beside which sales are caught): that
  // sentence is part of the first question, not a second one.
  const evenShare = 1 / Math.max(1, kb.entries.length);
  for (const question of questions) {
    const { decision, candidates } = matchOwn(index, question);
    if (decision.status !== 'answered' || decision.top.entryId === answered) continue;
    if (candidates.some((c) => c.entryId === answered && c.score >= evenShare)) continue;
    const other = kb.byId.get(decision.top.entryId);
    if (other?.facets.subject?.some((s) => subjects.has(s))) return other.id;
  }
  return undefined;
}
