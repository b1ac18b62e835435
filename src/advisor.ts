// The advisor: question in, reply out. normalise -> match -> decide -> compose -> record.
// It never posts anything; adapters render the Reply it returns.
import type { AppConfig } from './config.js';
import { guardInput } from './input-guard.js';
import type { KnowledgeHolder } from './kb/knowledge-holder.js';
import type { Logger } from './log.js';
import { analyze, toTerms, type Analysis } from './nlp/analyze.js';
import { decide, THRESHOLDS, type Decision } from './nlp/decide.js';
import { rankEntries, matchOffTopic, type Candidate } from './nlp/rank.js';
import { REFERRING_WORDS } from './nlp/stopwords.js';
import { answerReply, clarifyReply, errorReply, fallbackReply, helpReply, infoReply } from './reply/compose.js';
import { runStaffCommand } from './staff/run-staff-command.js';
import { hashUserId, redact, withoutPersonalDetails } from './store/privacy.js';
import { addUnanswered, getContext, setContext, settleAbandonedClarify } from './store/records.js';
import type { Store, ThreadContext } from './store/store.js';
import type { CheckProgress } from './tools/checks/check-progress.js';
import { afterAnswer, checkRequest, checkTurn, datedAnswer, toolAct, type ToolTurn } from './tools/tool-room.js';
import type { ActionEvent, Advisor, Question, Reply } from './types.js';

/** Share of a follow-up's own words the context-suggested entry must explain (see rerankWithContext). */
const MIN_OWN_COVERAGE = 0.5;

export interface AdvisorDeps {
  knowledge: KnowledgeHolder;
  store: Store;
  config: Pick<AppConfig, 'hashSalt' | 'staff' | 'staffRole' | 'retentionDays'>;
  logger: Logger;
  now?: () => Date;
}

/** What the matcher concluded, with its workings, for `--explain` and tests. */
export interface Explained {
  reply: Reply;
  status: 'answered' | 'clarify' | 'fallback';
  analysis?: Analysis;
  candidates: Candidate[];
  usedContext: boolean;
}

export interface FullAdvisor extends Advisor {
  explain(question: Question): Promise<Explained>;
}

export function createAdvisor(deps: AdvisorDeps): FullAdvisor {
  const now = deps.now ?? (() => new Date());
  const { store, knowledge, logger } = deps;

  async function explain(q: Question): Promise<Explained> {
    const { kb, index } = knowledge.current;
    const at = q.receivedAt ?? now();
    const context = getContext(store, q.threadId, at);
    const verdict = guardInput(q.text);
    // Guided checks first: a choice typed during a check ("2", "yes"), or a request for a check.
    const tool = checkTurn(kb, q.text, context?.flow, verdict) ?? (verdict === 'ok' ? checkRequest(kb, q.text, context?.flow) : undefined);
    if (tool) return recordTool(q, at, context, tool);
    if (verdict !== 'ok') {
      const reply =
        verdict === 'greeting' ? helpReply(kb, kb.phrases.greeting)
        : verdict === 'help' ? helpReply(kb, kb.phrases.greeting)
        : infoReply(kb.phrases[verdict], verdict === 'empty' ? { followUps: helpReply(kb, '').followUps } : {});
      return { reply, status: 'fallback', candidates: [], usedContext: false };
    }

    // Phone numbers, emails and postcodes are not topic words; left in, they drown the real ones.
    const analysis = analyze(withoutPersonalDetails(q.text), index.lexicon);
    // Nothing but small words ("what can you do?"): the most useful reply is the menu.
    if (analysis.terms.length === 0) return { reply: helpReply(kb, kb.phrases.greeting), status: 'fallback', analysis, candidates: [], usedContext: false };
    let candidates = rankEntries(index, analysis);
    let usedContext = false;
    if (context?.entryId && knowledge.current.kb.byId.has(context.entryId)) {
      const withContext = rerankWithContext(analysis, context.entryId, candidates);
      if (withContext) {
        candidates = withContext;
        usedContext = true;
      }
    }
    const offTopicId = matchOffTopic(index, analysis);
    const decision = decide(candidates, offTopicId);
    const composed = compose(decision, analysis);
    // A date for an event with time limits: the deadline calculator answers, with the matched answer after it.
    const dated = datedAnswer(kb, q.text, at, decision.status === 'answered' ? composed : undefined, context?.flow);
    if (dated) return { ...(await recordTool(q, at, context, dated)), analysis, candidates, usedContext };
    const { reply, flow } = afterAnswer(kb, composed, context?.flow);
    await record(q, decision, at, context, flow);
    return { reply, status: decision.status, analysis, candidates, usedContext };

    function rerankWithContext(a: Analysis, entryId: string, current: Candidate[]): Candidate[] | undefined {
      const referring = a.words.some((w) => REFERRING_WORDS.has(w)) && a.terms.length <= 6;
      const weak = (current[0]?.score ?? 0) < THRESHOLDS.answer;
      if (!referring && !weak) return undefined;
      const entry = knowledge.current.kb.byId.get(entryId)!;
      const topicTerms = toTerms(analyze(entry.title, index.lexicon).words);
      const augmented = rankEntries(index, { ...a, terms: [...a.terms, ...topicTerms] });
      if (referring) return augmented;
      // Without "that"/"it", the previous topic may only tip the balance when the question's own
      // words are mostly explained by the entry it points to; otherwise an unrelated question
      // asked after an answer ("what's the population of England?") would inherit its topic.
      const top = augmented[0];
      if (!top || top.score < THRESHOLDS.answer) return undefined;
      const own = rankEntries(index, a, index.entries.length).find((c) => c.entryId === top.entryId);
      return own && own.parts.coverage >= MIN_OWN_COVERAGE ? augmented : undefined;
    }
  }

  function compose(decision: Decision, analysis: Analysis): Reply {
    const { kb } = knowledge.current;
    if (decision.status === 'answered') return answerReply(kb, kb.byId.get(decision.top.entryId)!, decision.top.score, analysis.nations);
    if (decision.status === 'clarify') return clarifyReply(kb, decision.options);
    const offTopic = decision.offTopicId ? kb.offTopic.find((o) => o.id === decision.offTopicId) : undefined;
    return fallbackReply(kb, decision.nearest, offTopic);
  }

  /** Keeps a tool's turn in the conversation: its check progress, and a dated answer in the log. */
  async function recordTool(q: Question, at: Date, previous: ThreadContext | undefined, turn: ToolTurn): Promise<Explained> {
    const status = turn.reply.kind === 'answer' ? 'answered' : turn.reply.kind === 'clarify' ? 'clarify' : 'fallback';
    await store.update((data) => {
      if (previous?.pendingClarify) settleAbandonedClarify(data, q.threadId);
      if (turn.reply.kind === 'answer') {
        data.questions.push({ at: at.toISOString(), platform: q.platform, userHash: hashUserId(q.platform, q.user.id, deps.config.hashSalt), status: 'answered', ...(turn.reply.entryId ? { entryId: turn.reply.entryId } : {}) });
      }
      const ctx: ThreadContext = { at: at.toISOString(), entryId: turn.reply.entryId ?? previous?.entryId, question: q.text ? redact(q.text).slice(0, 500) : previous?.question };
      if (turn.flow) ctx.flow = turn.flow;
      setContext(data, q.threadId, ctx);
    });
    return { reply: turn.reply, status, candidates: [], usedContext: false };
  }

  async function record(q: Question, decision: Decision, at: Date, previous: ThreadContext | undefined, flow?: CheckProgress) {
    const userHash = hashUserId(q.platform, q.user.id, deps.config.hashSalt);
    await store.update((data) => {
      // Asking something new while a "did you mean" is open means the clarify did not help.
      if (previous?.pendingClarify) settleAbandonedClarify(data, q.threadId);
      data.questions.push({
        at: at.toISOString(),
        platform: q.platform,
        userHash,
        status: decision.status,
        ...(decision.status === 'answered' ? { entryId: decision.top.entryId } : {}),
      });
      const ctx: ThreadContext = { at: at.toISOString(), entryId: previous?.entryId, question: redact(q.text).slice(0, 500) };
      if (decision.status === 'answered') ctx.entryId = decision.top.entryId;
      if (flow) ctx.flow = flow;
      if (decision.status === 'clarify') {
        const nearest = decision.options.map((o) => ({ entryId: o.entryId, score: o.score }));
        ctx.pendingClarify = { text: redact(q.text).slice(0, 1000), options: nearest.map((n) => n.entryId), nearest, platform: q.platform, at: at.toISOString() };
      }
      if (decision.status === 'fallback') {
        addUnanswered(data, { text: q.text, platform: q.platform, at, reason: 'fallback', nearest: decision.nearest.map((n) => ({ entryId: n.entryId, score: n.score })) });
      }
      setContext(data, q.threadId, ctx);
    });
  }

  async function act(event: ActionEvent): Promise<Reply | null> {
    const { kb } = knowledge.current;
    if (event.type === 'followUp') {
      // A guided tool's button: a check's option, starting or resuming a check, another event's dates.
      const at = event.question.receivedAt ?? now();
      const context = getContext(store, event.question.threadId, at);
      const tool = toolAct(kb, event.entryId, at, context?.flow);
      if (tool) return (await recordTool({ ...event.question, text: '' }, at, context, tool)).reply;
    }
    const entry = kb.byId.get(event.entryId);
    if (!entry) return infoReply(kb.phrases.unknownButton);
    const q = event.question;
    const at = q.receivedAt ?? now();
    if (event.type === 'feedback') {
      const userHash = hashUserId(q.platform, q.user.id, deps.config.hashSalt);
      const context = getContext(store, q.threadId, at);
      await store.update((data) => {
        data.feedback.push({ id: data.nextId++, entryId: entry.id, vote: event.vote, platform: q.platform, userHash, at: at.toISOString() });
        if (event.vote === 'down') {
          const text = context?.entryId === entry.id && context.question ? context.question : `(thumbs down on "${entry.title}")`;
          addUnanswered(data, { text, platform: q.platform, at, reason: 'thumbs-down', nearest: [{ entryId: entry.id, score: 0 }], entryId: entry.id });
        }
      });
      return infoReply(event.vote === 'up' ? kb.phrases.thanksUp : kb.phrases.thanksDown, { entryId: entry.id });
    }
    const { reply, flow } = afterAnswer(kb, answerReply(kb, entry, undefined), getContext(store, q.threadId, at)?.flow);
    await store.update((data) => {
      const ctx = data.contexts[q.threadId];
      const pending = ctx?.pendingClarify;
      data.questions.push({ at: at.toISOString(), platform: q.platform, userHash: hashUserId(q.platform, q.user.id, deps.config.hashSalt), status: 'answered', entryId: entry.id });
      const next: ThreadContext = { at: at.toISOString(), entryId: entry.id, question: ctx?.question };
      // A choice among the clarify options resolves it; anything else leaves it to be settled later.
      if (pending && !pending.options.includes(entry.id)) next.pendingClarify = pending;
      if (flow) next.flow = flow;
      setContext(data, q.threadId, next);
    });
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
