// Under an answer a check can settle for the asker's own case ("who can nominate?" -> "Check your
// group"), the checks that list that entry in `offerOn` are offered first among its follow-ups.
import type { KnowledgeBase } from '../../kb/model.js';
import type { Reply } from '../../types.js';
import { encodeToolId } from '../tool-ids.js';

export function withCheckOffers(kb: KnowledgeBase, reply: Reply): Reply {
  const entryId = reply.kind === 'answer' ? reply.entryId : undefined;
  const offers = entryId ? (kb.checks?.checks ?? []).filter((c) => c.offerOn.includes(entryId)) : [];
  if (offers.length === 0) return reply;
  return { ...reply, followUps: [...offers.map((c) => ({ label: c.offerLabel, entryId: encodeToolId({ tool: 'check-start', check: c.id }) })), ...reply.followUps] };
}
