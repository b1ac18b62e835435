// The advisor: question in, reply out.
// guard -> conversation state -> { guided check | deadline tool | match (fresh or follow-up) }
// -> decide -> compose -> record.
// It never posts anything; adapters render the Reply it returns, and it never waits on storage:
// writes go to the recorder.
import type { RunConfig } from './config.js';
import { createRequestLimits } from './guard/request-limits.js';
import { asConversationState, liveTopic, type ConversationState } from './dialogue/conversation-state.js';
import { backFromAside } from './dialogue/nation-aside.js';
import { nextState } from './dialogue/next-state.js';
import { chosenOutcome, decideTurn } from './dialogue/outcome.js';
import type { OwnMatch } from './dialogue/matcher.js';
import { respond } from './dialogue/respond.js';
import type { FollowUpChoice } from './dialogue/resolve-follow-up.js';
import { turnOps, type TurnAsker } from './dialogue/turn-records.js';
import { understand, type Turn } from './dialogue/understand.js';
import type { KnowledgeHolder } from './kb/knowledge-holder.js';
import type { KnowledgeBase } from './kb/model.js';
import type { Logger } from './log.js';
import { analyze, type Analysis } from './nlp/analyze.js';
import { rankEntries, type Candidate } from './nlp/rank.js';
import { answerReply, errorReply, infoReply } from './reply/compose.js';
import type { StaffAccess } from './staff/is-staff.js';
import { runStaffCommand } from './staff/run-staff-command.js';
import { voteOps } from './store/advisor-records.js';
import { hashConversationKey, hashUserId } from './store/privacy.js';
import { createRecorder, type Recorder } from './store/recorder.js';
import type { Store } from './store/store.js';
import { asToolFlow } from './tools/tool-flow.js';
import { isToolId } from './tools/tool-ids.js';
import type { ActionEvent, Advisor, Question, Reply } from './types.js';
import { countsAsUsage } from './usage/counts-as-usage.js';

export interface AdvisorDeps {
  knowledge: KnowledgeHolder;
  store: Store;
  config: Pick<RunConfig, 'hashSalt' | 'retentionDays'> & StaffAccess & Partial<Pick<RunConfig, 'rateLimit' | 'countTerminal'>>;
  logger: Logger;
  now?: () => Date;
  /** Where writes go without holding up answers; made from the store when not given. */
  recorder?: Recorder;
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
  /** The calibrated probability that the top candidate is right (answered or not). */
  confidence?: number;
  /** The top candidate's answer, whether or not it was given (for the risk-coverage table). */
  topAnswer?: Reply;
  /** Whether the top candidate may answer at all (anchored, no off-topic signpost), and whether it answers at any confidence. */
  topEligible?: boolean;
  topAlways?: boolean;
}

export interface FullAdvisor extends Advisor {
  explain(question: Question): Promise<Explained>;
  /** Waits until everything recorded so far is stored (shutdown, tests); false if it gave up. */
  flush(timeoutMs?: number): Promise<boolean>;
  /** Whether recording to the store is failing now (the health check reports it). */
  recording(): { failing: boolean; queued: number };
}

export function createAdvisor(deps: AdvisorDeps): FullAdvisor {
  const now = deps.now ?? (() => new Date());
  const { store, knowledge, logger } = deps;
  // Checked before anything else runs, so a flood costs a map lookup per message.
  const limits = createRequestLimits(deps.config.rateLimit, logger, () => now().getTime());
  const slowDown = () => infoReply(knowledge.current.kb.phrases.slowDown);
  const recorder = deps.recorder ?? createRecorder(store, logger);
  const salt = deps.config.hashSalt;
  // Ids and conversation keys are hashed before anything is read or written.
  const askerOf = (q: Question, at: Date): TurnAsker => ({ platform: q.platform, userHash: hashUserId(q.platform, q.user.id, salt), conversation: hashConversationKey(q.threadId, salt), at: at.toISOString() });
  // A state that cannot be read (or reads wrong) is no context: the question is still answered.
  const saved = async (conversation: string, at: Date) => asConversationState(await recorder.conversation(conversation, at));

  async function explain(q: Question): Promise<Explained> {
    const snapshot = knowledge.current;
    const at = q.receivedAt ?? now();
    const asker = askerOf(q, at);
    // After a nation visited as a comparison, the message is read back in the conversation's own.
    const state = backFromAside(await saved(asker.conversation, at), q.text);
    const live = liveTopic(state, at, snapshot.kb.conversation.contextMinutes);
    const turn = understand(q.text, state, snapshot, at);
    const { outcome, reply, flow } = respond(snapshot.kb, turn, (own) => decideTurn(own, live, state !== undefined), { text: q.text, at, platform: q.platform, flow: asToolFlow(state?.flow), topic: live?.entryId });
    const own = turn.kind === 'question' || turn.kind === 'nothing' ? turn.own : undefined;
    const usage = { counted: countsAsUsage(q.platform, deps.config.countTerminal), terms: own?.analysis.terms ?? [] };
    recorder.record(turnOps(asker, q.text, outcome, live, nextState(snapshot.kb, outcome, reply, { text: q.text, at, live, flow }), usage));
    const followUp = turn.kind === 'question' ? turn.followUp : undefined;
    return {
      reply,
      status: outcome.status === 'answered' || outcome.status === 'clarify' ? outcome.status : outcome.status === 'tool' ? toolStatus(reply) : 'fallback',
      analysis: own?.analysis,
      candidates: own?.candidates ?? [],
      usedContext: outcome.status === 'answered' && outcome.usedContext,
      followUp,
      ...(own ? topCandidate(snapshot.kb, own, followUp) : {}),
    };
  }

  async function act(event: ActionEvent): Promise<Reply | null> {
    const { kb } = knowledge.current;
    // A guided tool's button (a check's option, "Resume the check", another event's dates, "More detail" of a tool's reply).
    const tool = event.type !== 'feedback' && isToolId(event.entryId);
    const entry = kb.byId.get(event.entryId);
    if (!entry && !tool) return infoReply(kb.phrases.unknownButton);
    const q = event.question;
    const at = q.receivedAt ?? now();
    const asker = askerOf(q, at);
    const state = await saved(asker.conversation, at);
    const live = liveTopic(state, at, kb.conversation.contextMinutes);
    if (event.type === 'feedback') {
      recorder.record(voteOps(asker, entry!, event.vote, live));
      return infoReply(event.vote === 'up' ? kb.phrases.thanksUp : kb.phrases.thanksDown, { entryId: entry!.id });
    }
    const turn: Turn = tool ? { kind: 'tool', request: event.type === 'more' ? { type: 'more', id: event.entryId } : { type: 'id', id: event.entryId } } : { kind: 'pick', choice: { entryId: entry!.id } };
    const { outcome, reply, flow } = respond(kb, turn, () => chosenOutcome(entry!.id, live, event.type === 'more'), { text: q.text, at, platform: q.platform, flow: asToolFlow(state?.flow) });
    const usage = { counted: countsAsUsage(q.platform, deps.config.countTerminal), terms: [] };
    recorder.record(turnOps(asker, q.text, outcome, live, nextState(kb, outcome, reply, { text: q.text, at, live, flow }), usage));
    return reply;
  }

  return {
    explain,
    ask: async (q) => {
      if (!limits.allowQuestion(q)) return slowDown();
      try {
        return (await explain(q)).reply;
      } catch (err) {
        logger.error('failed to answer a question', { err, platform: q.platform });
        return errorReply(knowledge.current?.kb);
      }
    },
    act: async (event) => (limits.allowAction(event) ? act(event) : slowDown()),
    // A state is saved only when the bot replies, so having one means it has replied here.
    inConversation: async (threadId) => (await saved(hashConversationKey(threadId, salt), now())) !== undefined,
    flush: (timeoutMs) => recorder.flush(timeoutMs),
    recording: () => recorder.state(),
    staff: async (actor, line) => {
      // Staff see everything recorded so far, including a question asked a moment ago.
      await recorder.flush(2000);
      return runStaffCommand({ knowledge, store, config: deps.config, logger, now }, actor, line);
    },
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

/** A tool's reply as the evaluation sees it: a verdict or dates answer; a check's step asks. */
function toolStatus(reply: Reply): Explained['status'] {
  return reply.kind === 'answer' ? 'answered' : reply.kind === 'clarify' ? 'clarify' : 'fallback';
}

/** What the matcher's own top candidate would have answered, for the evaluation's risk-coverage table. */
function topCandidate(kb: KnowledgeBase, own: OwnMatch, followUp: FollowUpChoice | undefined): Pick<Explained, 'confidence' | 'topAnswer' | 'topEligible' | 'topAlways'> {
  if (followUp) return { confidence: followUp.confidence, topAnswer: answerReply(kb, kb.byId.get(followUp.entryId)!, followUp.confidence), topEligible: true, topAlways: false };
  const top = own.candidates[0];
  const confidence = own.decision.confidence;
  if (!top) return { confidence };
  return { confidence, topAnswer: answerReply(kb, kb.byId.get(top.entryId)!, confidence, own.analysis.nations), topEligible: own.eligible, topAlways: own.always };
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
