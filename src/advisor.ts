// The advisor: question in, reply out.
// guard -> conversation state -> match (fresh or follow-up) -> decide -> compose -> record.
// It never posts anything; adapters render the Reply it returns.
import type { AppConfig } from './config.js';
import { storeConversationMemory, type ConversationMemory } from './dialogue/conversation-memory.js';
import { liveTopic, type ConversationState } from './dialogue/conversation-state.js';
import { nextState } from './dialogue/next-state.js';
import { asksSomethingNew, chosenOutcome, decideTurn, type Outcome } from './dialogue/outcome.js';
import type { FollowUpChoice } from './dialogue/resolve-follow-up.js';
import { understand } from './dialogue/understand.js';
import type { KnowledgeHolder } from './kb/knowledge-holder.js';
import type { Logger } from './log.js';
import { analyze, type Analysis } from './nlp/analyze.js';
import { rankEntries, type Candidate } from './nlp/rank.js';
import { composeOutcome } from './reply/compose-outcome.js';
import { errorReply, infoReply } from './reply/compose.js';
import { runStaffCommand } from './staff/run-staff-command.js';
import { hashUserId } from './store/privacy.js';
import { addUnanswered, settleAbandonedClarify } from './store/records.js';
import type { Store } from './store/store.js';
import type { ActionEvent, Advisor, Question, Reply } from './types.js';

export interface AdvisorDeps {
  knowledge: KnowledgeHolder;
  store: Store;
  config: Pick<AppConfig, 'hashSalt' | 'staff' | 'staffRole' | 'retentionDays'>;
  logger: Logger;
  now?: () => Date;
  /** Where conversation state lives; today's store unless given. */
  conversations?: ConversationMemory;
}

/** What the matcher concluded, with its workings, for `--explain` and tests. */
export interface Explained {
  reply: Reply;
  status: 'answered' | 'clarify' | 'fallback';
  analysis?: Analysis;
  candidates: Candidate[];
  usedContext: boolean;
  /** How a follow-up was read against the conversation, when it was. */
  followUp?: FollowUpChoice;
}

export interface FullAdvisor extends Advisor {
  explain(question: Question): Promise<Explained>;
}

export function createAdvisor(deps: AdvisorDeps): FullAdvisor {
  const now = deps.now ?? (() => new Date());
  const { store, knowledge, logger } = deps;
  const conversations = deps.conversations ?? storeConversationMemory(store);

  async function explain(q: Question): Promise<Explained> {
    const snapshot = knowledge.current;
    const at = q.receivedAt ?? now();
    const saved = await loadState(q.threadId);
    const live = liveTopic(saved, at, snapshot.kb.conversation.contextMinutes);
    const turn = understand(q.text, saved, snapshot, at);
    const outcome = decideTurn(turn, live, saved?.engaged === true);
    const reply = composeOutcome(snapshot.kb, outcome);
    await record(q, outcome, at, live);
    await saveState(q.threadId, nextState(snapshot.kb, outcome, reply, { text: q.text, platform: q.platform, at, live, saved }));
    const own = turn.kind === 'question' || turn.kind === 'nothing' ? turn.own : undefined;
    return {
      reply,
      status: statusOf(outcome),
      analysis: own?.analysis,
      candidates: own?.candidates ?? [],
      usedContext: outcome.status === 'answered' && outcome.usedContext,
      followUp: turn.kind === 'question' ? turn.followUp : undefined,
    };
  }

  /** A conversation whose state cannot be read is answered without context, never refused. */
  async function loadState(key: string): Promise<ConversationState | undefined> {
    try {
      return await conversations.load(key);
    } catch (err) {
      logger.warn('could not read the conversation state; answering without it', { err });
      return undefined;
    }
  }

  async function saveState(key: string, state: ConversationState): Promise<void> {
    try {
      await conversations.save(key, state);
    } catch (err) {
      logger.warn('could not save the conversation state; the next follow-up starts fresh', { err });
    }
  }

  /** Questions asked, and what staff should see: anything declined, and abandoned "did you mean"s. */
  async function record(q: Question, outcome: Outcome, at: Date, live: ConversationState | undefined) {
    const counted = outcome.status === 'answered' || outcome.status === 'clarify' || outcome.status === 'fallback';
    if (!counted || (outcome.status === 'answered' && outcome.detail)) return;
    const userHash = hashUserId(q.platform, q.user.id, deps.config.hashSalt);
    await store.update((data) => {
      // Asking something new while a "did you mean" is open means the clarify did not help.
      if (live?.pendingClarify && asksSomethingNew(outcome)) settleAbandonedClarify(data, q.threadId);
      data.questions.push({ at: at.toISOString(), platform: q.platform, userHash, status: outcome.status, ...(outcome.status === 'answered' ? { entryId: outcome.entryId } : {}) });
      if (outcome.status === 'fallback') {
        addUnanswered(data, { text: q.text, platform: q.platform, at, reason: 'fallback', nearest: outcome.nearest });
      }
    });
  }

  async function act(event: ActionEvent): Promise<Reply | null> {
    const { kb } = knowledge.current;
    const entry = kb.byId.get(event.entryId);
    if (!entry) return infoReply(kb.phrases.unknownButton);
    const q = event.question;
    const at = q.receivedAt ?? now();
    const saved = await loadState(q.threadId);
    const live = liveTopic(saved, at, kb.conversation.contextMinutes);
    if (event.type === 'feedback') {
      const userHash = hashUserId(q.platform, q.user.id, deps.config.hashSalt);
      await store.update((data) => {
        data.feedback.push({ id: data.nextId++, entryId: entry.id, vote: event.vote, platform: q.platform, userHash, at: at.toISOString() });
        if (event.vote === 'down') {
          const text = live?.entryId === entry.id && live.question ? live.question : `(thumbs down on "${entry.title}")`;
          addUnanswered(data, { text, platform: q.platform, at, reason: 'thumbs-down', nearest: [{ entryId: entry.id, score: 0 }], entryId: entry.id });
        }
      });
      return infoReply(event.vote === 'up' ? kb.phrases.thanksUp : kb.phrases.thanksDown, { entryId: entry.id });
    }
    const outcome = chosenOutcome(entry.id, live, event.type === 'more');
    const reply = composeOutcome(kb, outcome);
    await record({ ...q, text: live?.question ?? entry.title }, outcome, at, live);
    await saveState(q.threadId, nextState(kb, outcome, reply, { text: live?.question ?? entry.title, platform: q.platform, at, live, saved }));
    return reply;
  }

  return {
    explain,
    ask: async (q) => {
      try {
        return (await explain(q)).reply;
      } catch (err) {
        logger.error('failed to answer a question', { err, platform: q.platform, threadId: q.threadId });
        return errorReply(knowledge.current?.kb);
      }
    },
    act,
    inConversation: async (threadId) => (await loadState(threadId))?.engaged === true,
    staff: (actor, line) => runStaffCommand({ knowledge, store, config: deps.config, logger, now }, actor, line),
    suggestTitles: (partial, limit = 25) => suggestTitles(knowledge, partial, limit),
    describe: () => {
      const { kb } = knowledge.current;
      return {
        greeting: kb.phrases.greeting,
        help: kb.phrases.help,
        topics: kb.topics.map((t) => ({ label: t.label, entries: kb.entries.filter((e) => e.topic === t.id).map((e) => ({ entryId: e.id, title: e.title })) })),
      };
    },
  };
}

function suggestTitles(knowledge: KnowledgeHolder, partial: string, limit: number) {
  const { kb, index } = knowledge.current;
  const text = partial.trim().toLowerCase();
  const all = kb.entries.map((e) => ({ entryId: e.id, title: e.title }));
  if (!text) return all.slice(0, limit);
  const ranked = rankEntries(index, analyze(text, index.lexicon), limit).map((c) => ({ entryId: c.entryId, title: c.title }));
  const containing = all.filter((e) => e.title.toLowerCase().includes(text) && !ranked.some((r) => r.entryId === e.entryId));
  return [...containing, ...ranked].slice(0, limit);
}

function statusOf(outcome: Outcome): Explained['status'] {
  return outcome.status === 'answered' || outcome.status === 'clarify' ? outcome.status : 'fallback';
}
