// The checks on an entry's own text (600 characters for "In short", 3,000 for the answer) leave
// out what every reply adds: the title, the sources, the reviewed date, the notice, the related
// topics (with any guided check offered on the entry) and, for a question about another nation, a
// note on where the answer applies. Scripts and the shared scorer take a reply's whole text, and
// one over 4,000 characters counts as not answered, so an entry just under the section limits
// could still break that contract.
// `npm run kb:check` renders each answer as a reply at its longest and names any that run over.
import type { KnowledgeProblem } from '../errors.js';
import type { KnowledgeBase } from './model.js';
import { answerReply } from '../reply/compose.js';
import { toPlainText } from '../reply/plain-text.js';
import { withCheckOffers } from '../tools/checks/check-offers.js';
import type { Jurisdiction } from '../types.js';

/** The longest whole reply, as text, that scripts and the scorer accept. */
export const RENDERED_REPLY_MAX = 4000;

/** Asked about each of these, an England answer gains the note on where it applies. */
const ASKED_NATIONS: Jurisdiction[][] = [[], ['wales'], ['scotland'], ['northern-ireland']];

export function longestRenderedReply(kb: KnowledgeBase, entryId: string): number {
  const entry = kb.byId.get(entryId);
  if (!entry) return 0;
  return Math.max(...ASKED_NATIONS.map((nations) => toPlainText(withCheckOffers(kb, answerReply(kb, entry, 1, nations))).length));
}

export function overlongReplies(kb: KnowledgeBase): KnowledgeProblem[] {
  return kb.entries.flatMap((entry): KnowledgeProblem[] => {
    const length = longestRenderedReply(kb, entry.id);
    if (length <= RENDERED_REPLY_MAX) return [];
    return [{
      file: entry.file,
      field: 'answer',
      severity: 'error',
      message: `Shown as a reply (with its title, sources, notice and related topics) this answer runs to ${length} characters, over the ${RENDERED_REPLY_MAX} a reply may hold. Shorten a section by ${length - RENDERED_REPLY_MAX} characters or more, or move detail to a separate entry.`,
    }];
  });
}
