// Outcome -> Reply: the one place a turn's decision becomes words, all from the knowledge.
import type { Outcome } from '../dialogue/outcome.js';
import type { KnowledgeBase } from '../kb/model.js';
import type { Reply } from '../types.js';
import { answerReply, clarifyReply, detailReply, fallbackReply, helpReply, infoReply, smallTalkReply } from './compose.js';

export function composeOutcome(kb: KnowledgeBase, outcome: Outcome): Reply {
  switch (outcome.status) {
    case 'answered': {
      const entry = kb.byId.get(outcome.entryId)!;
      return outcome.detail ? detailReply(kb, entry, outcome.nations) : answerReply(kb, entry, outcome.confidence, outcome.nations, outcome.focus);
    }
    case 'clarify':
      return clarifyReply(kb, outcome.options);
    case 'fallback':
      return fallbackReply(kb, outcome.nearest, outcome.offTopicId ? kb.offTopic.find((o) => o.id === outcome.offTopicId) : undefined);
    case 'smallTalk': {
      // A first "hello" gets the greeting and the topics; later small talk a short reply.
      if (outcome.name === 'greeting' && outcome.firstContact) return { ...helpReply(kb, kb.phrases.greeting), smallTalk: true };
      const kind = kb.conversation.smallTalk.find((k) => k.name === outcome.name);
      return smallTalkReply(kind?.reply ?? kb.phrases.greeting);
    }
    case 'menu':
      return helpReply(kb, kb.phrases.greeting);
    case 'tool':
      return outcome.reply;
    case 'guard': {
      const { verdict } = outcome;
      if (verdict === 'greeting') return { ...helpReply(kb, kb.phrases.greeting), smallTalk: true };
      if (verdict === 'help') return helpReply(kb, kb.phrases.greeting);
      return infoReply(kb.phrases[verdict], verdict === 'empty' ? { followUps: helpReply(kb, '').followUps } : {});
    }
  }
}
