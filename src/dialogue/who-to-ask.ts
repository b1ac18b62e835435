// "Who should we talk to first about saving our local?", "who can I point them to?": a fresh
// question that asks who helps is answered by an entry about who helps. The matcher alone reads
// such a question by its subject ("saving a pub") and splits its belief between the subject's
// entries and the advice body's, so it declined, or answered how a sale works when the asker
// wanted someone to ring.
import type { KnowledgeBase } from '../kb/model.js';
import { anchored, type Decision } from '../nlp/decide.js';
import type { FacetSignals } from './facet-signals.js';
import type { OwnMatch } from './matcher.js';

/**
 * The decision for a fresh question the matcher did not answer, when it asks who helps (a word
 * asking for someone, `helperWords`, with a word of the `help` aspect: "talk to", "advice") and
 * one of the matcher's candidates may answer it and is first about help (declares `help` as its
 * first aspect). Otherwise none.
 */
export function whoToAsk(own: OwnMatch, signals: FacetSignals, kb: KnowledgeBase): Decision | undefined {
  if (own.decision.status === 'answered' || (own.decision.status === 'fallback' && own.decision.offTopicId)) return undefined;
  if (!signals.forSomeone || !signals.values.get('aspect')?.has('help')) return undefined;
  const helper = own.candidates.find((c) => anchored(c) && kb.byId.get(c.entryId)?.facets.aspect?.[0] === 'help');
  return helper ? { status: 'answered', top: helper, confidence: own.decision.confidence } : undefined;
}
