// The advisor: question in, reply out. normalise -> match -> decide -> compose -> record.
// It never posts anything; adapters render the Reply it returns.
import type { RunConfig } from './config.js';
import { createRequestLimits } from './guard/request-limits.js';
import { guardInput } from './input-guard.js';
import type { KnowledgeHolder } from './kb/knowledge-holder.js';
import type { Logger } from './log.js';
import { analyze, toTerms, type Analysis } from './nlp/analyze.js';
import { anchored, answersWhatever, decide, type Decision } from './nlp/decide.js';
import { rankEntries, matchOffTopic, type Candidate } from './nlp/rank.js';
import { REFERRING_WORDS } from './nlp/stopwords.js';
import { answerReply, clarifyReply, errorReply, fallbackReply, helpReply, infoReply } from './reply/compose.js';
import type { StaffAccess } from './staff/is-staff.js';
import { runStaffCommand } from './staff/run-staff-command.js';
import { choiceOps, questionOps, voteOps, type Asker, type Outcome, type QuestionUsage } from './store/advisor-records.js';
import { hashConversationKey, hashUserId, withoutPersonalDetails } from './store/privacy.js';
import { createRecorder, type Recorder } from './store/recorder.js';
import type { Store } from './store/store.js';
import { asThreadContext, type ThreadContext } from './store/thread-context.js';
import type { ActionEvent, Advisor, Question, Reply } from './types.js';
import { countsAsUsage } from './usage/counts-as-usage.js';
import type { Need } from './usage/repeat-of-need.js';

/** Words of a question kept in its conversation's context, to recognise a re-ask of it. */
const MAX_NEED_TERMS = 40;

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
  const askerOf = (q: Question, at: Date): Asker => ({ platform: q.platform, userHash: hashUserId(q.platform, q.user.id, salt), conversation: hashConversationKey(q.threadId, salt), at: at.toISOString() });
  const remembered = async (who: Asker, at: Date): Promise<ThreadContext | undefined> => asThreadContext(await recorder.conversation(who.conversation, at));

  async function explain(q: Question): Promise<Explained> {
    const { kb, index } = knowledge.current;
    const verdict = guardInput(q.text);
    if (verdict !== 'ok') {
      const reply =
        verdict === 'greeting' ? helpReply(kb, kb.phrases.greeting)
        : verdict === 'help' ? helpReply(kb, kb.phrases.greeting)
        : infoReply(kb.phrases[verdict], verdict === 'empty' ? { followUps: helpReply(kb, '').followUps } : {});
      return { reply, status: 'fallback', candidates: [], usedContext: false };
    }

    const at = q.receivedAt ?? now();
    const asker = askerOf(q, at);
    const context = await remembered(asker, at);
    // Phone numbers, emails and postcodes are not topic words; left in, they drown the real ones.
    const analysis = analyze(withoutPersonalDetails(q.text), index.lexicon);
    // Nothing but small words ("what can you do?"): the most useful reply is the menu.
    if (analysis.terms.length === 0) return { reply: helpReply(kb, kb.phrases.greeting), status: 'fallback', analysis, candidates: [], usedContext: false };
    const offTopicId = matchOffTopic(index, analysis);
    let candidates = rankEntries(index, analysis, 5, { offTopic: offTopicId !== undefined });
    let decision = decide(candidates, index.weights, offTopicId);
    let usedContext = false;
    const referring = analysis.words.some((w) => REFERRING_WORDS.has(w)) && analysis.terms.length <= 6;
    if (context?.entryId && knowledge.current.kb.byId.has(context.entryId) && (referring || decision.status !== 'answered')) {
      const withContext = rerankWithContext(analysis, context.entryId, referring, offTopicId);
      if (withContext) {
        candidates = withContext.candidates;
        decision = withContext.decision;
        usedContext = true;
      }
    }
    const reply = compose(decision, analysis);
    recorder.record(questionOps(asker, q.text, outcomeOf(decision), context, usage(q, at, decision.status, decision.status === 'answered' ? decision.top.entryId : undefined, analysis.terms)));
    const top = candidates[0];
    return {
      reply,
      status: decision.status,
      analysis,
      candidates,
      usedContext,
      confidence: decision.confidence,
      ...(top ? { topAnswer: answerReply(kb, kb.byId.get(top.entryId)!, decision.confidence, analysis.nations), topEligible: anchored(top) && (!offTopicId || answersWhatever(candidates)), topAlways: answersWhatever(candidates) } : {}),
    };

    // A follow-up the matcher cannot place on its own ("how long does that last?") is read with
    // the previous answer's title words added, and answered only if the fitted scorer is then
    // confident. Without "that"/"it", the previous topic may only tip the balance when the entry it
    // points to was already the question's own best guess, so an unrelated question asked after an
    // answer ("what's the population of England?") does not inherit its topic.
    function rerankWithContext(a: Analysis, entryId: string, referring: boolean, offTopicId: string | undefined) {
      const entry = knowledge.current.kb.byId.get(entryId)!;
      const topicTerms = toTerms(analyze(entry.title, index.lexicon).words);
      // A follow-up that points back ("how long does that last?") asks what the last answer did not
      // say, so the entry just given is not offered again.
      const augmented = rankEntries(index, { ...a, terms: [...a.terms, ...topicTerms] }, 5, { offTopic: offTopicId !== undefined, ...(referring ? { exclude: entryId } : {}) });
      const d = decide(augmented, index.weights, offTopicId);
      if (d.status !== 'answered') return undefined;
      if (!referring && candidates[0]?.entryId !== d.top.entryId) return undefined;
      return { candidates: augmented, decision: d };
    }
  }

  function compose(decision: Decision, analysis: Analysis): Reply {
    const { kb } = knowledge.current;
    if (decision.status === 'answered') return answerReply(kb, kb.byId.get(decision.top.entryId)!, decision.confidence, analysis.nations);
    if (decision.status === 'clarify') return clarifyReply(kb, decision.options);
    const offTopic = decision.offTopicId ? kb.offTopic.find((o) => o.id === decision.offTopicId) : undefined;
    return fallbackReply(kb, decision.nearest, offTopic);
  }

  /** What the statistics need to know about this question (see usage/). */
  function usage(q: Question, at: Date, status: Need['status'], entryId: string | undefined, terms: string[]): QuestionUsage {
    // Terminal questions are staff trying things: no statistics, no queue, unless asked for.
    return { counted: countsAsUsage(q.platform, deps.config.countTerminal), need: { at: at.getTime(), status, ...(entryId ? { entryId } : {}), terms: terms.slice(0, MAX_NEED_TERMS) } };
  }

  function outcomeOf(decision: Decision): Outcome {
    if (decision.status === 'answered') return { status: 'answered', entryId: decision.top.entryId };
    if (decision.status === 'clarify') return { status: 'clarify', options: decision.options.map((o) => ({ entryId: o.entryId, score: o.score })) };
    return { status: 'fallback', nearest: decision.nearest.map((n) => ({ entryId: n.entryId, score: n.score })) };
  }

  async function act(event: ActionEvent): Promise<Reply | null> {
    const { kb } = knowledge.current;
    const entry = kb.byId.get(event.entryId);
    if (!entry) return infoReply(kb.phrases.unknownButton);
    const q = event.question;
    const at = q.receivedAt ?? now();
    const asker = askerOf(q, at);
    const context = await remembered(asker, at);
    if (event.type === 'feedback') {
      recorder.record(voteOps(asker, entry, event.vote, context));
      return infoReply(event.vote === 'up' ? kb.phrases.thanksUp : kb.phrases.thanksDown, { entryId: entry.id });
    }
    recorder.record(choiceOps(asker, entry.id, context, countsAsUsage(q.platform, deps.config.countTerminal)));
    return answerReply(kb, entry, undefined);
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

function suggestTitles(knowledge: KnowledgeHolder, partial: string, limit: number) {
  const { kb, index } = knowledge.current;
  const text = partial.trim().toLowerCase();
  const all = kb.entries.map((e) => ({ entryId: e.id, title: e.title }));
  if (!text) return all.slice(0, limit);
  const ranked = rankEntries(index, analyze(text, index.lexicon), limit).map((c) => ({ entryId: c.entryId, title: c.title }));
  const containing = all.filter((e) => e.title.toLowerCase().includes(text) && !ranked.some((r) => r.entryId === e.entryId));
  return [...containing, ...ranked].slice(0, limit);
}
