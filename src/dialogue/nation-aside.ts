// A nation asked about as a comparison ("would it be different if we were in Scotland?", "can we
// make them transfer it, like they have in Scotland?") is visited for one answer, not moved to.
// The conversation's place is kept aside while it is asked about; the next question that names no
// nation and does not point there ("how long do they get to decide up there?") is asked back home
// ("freehold or lease, what do funders prefer?" after Scotland's asset transfer is England's).
import { detectJurisdictions, NATION_WORDS } from '../nlp/jurisdiction.js';
import { normalizeText } from '../nlp/normalize.js';
import type { ConversationState } from './conversation-state.js';

/** The shapes of a comparison with another place: a supposition, or "like they have in". */
const ASIDE = /\b(if (we|i|it|they|the [a-z]+) (were|was|had been|lived|moved|was based|were based)|(what|how) about if (we|i|it) (were|was)|would (it|that|things|this|the answer) be (any )?different|like (they (have|do|did)|it is|in)|compared (to|with))\b/;

/** Words that point at the place just visited ("up there", "same there?"). */
const THERE = /\b(there|theirs)\b/;
/** "There" that points nowhere: "is there a time limit?", "there's no right to it". */
const EXISTENTIAL = /\b(is|are|was|were|will|would|could|can|might|be) there\b|\bthere (is|are|was|were|be|will|would|has|have|s)\b|\btheres\b/g;

/** Whether the message visits another nation as a comparison rather than moving there. */
export function asksAsAside(text: string): boolean {
  const normal = normalizeText(text);
  return ASIDE.test(normal) && detectJurisdictions(normal).nations.some((n) => n !== 'england');
}

/**
 * The state a new message is read against: after a nation visited as an aside, back in the
 * conversation's own nation, unless the message names a nation or points back there.
 */
export function backFromAside(state: ConversationState | undefined, text: string): ConversationState | undefined {
  if (!state?.nationBefore || !state.facets) return state;
  const { nationBefore, ...rest } = state;
  // A stored value that is no nation (a damaged record) is dropped, not made the conversation's place.
  if (typeof nationBefore !== 'string' || !Object.hasOwn(NATION_WORDS, nationBefore)) return rest;
  const normal = normalizeText(text);
  if (THERE.test(normal.replace(EXISTENTIAL, ' ')) || detectJurisdictions(normal).nations.length > 0) return state;
  const facets = { ...state.facets };
  if (nationBefore === 'england') delete facets.nation;
  else facets.nation = nationBefore;
  return { ...rest, facets };
}
