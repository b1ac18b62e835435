// What the advisor will do with a turn: answer an entry (in short, or its detail), ask which of
// a few entries was meant, decline, or reply to small talk or unusable input. A value, so the
// reply, the record and the next conversation state all follow from the same decision.
import type { GuardVerdict } from '../input-guard.js';
import type { Decision } from '../nlp/decide.js';
import type { Jurisdiction, Reply } from '../types.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './understand.js';

export type Outcome =
  | {
      status: 'answered';
      entryId: string;
      confidence?: number;
      nations: Jurisdiction[];
      detail: boolean;
      usedContext: boolean;
      /** Chosen from offered choices (a typed number, a button), rather than asked. */
      chosen?: boolean;
      /** What a follow-up changed. */
      changes?: Map<string, Set<string>>;
      /** The heading of the section a follow-up asked for ("Where to get help"). */
      focus?: string;
      /** Facet values the question named, to settle which of an entry's values a fresh conversation is on. */
      named?: ReadonlyMap<string, ReadonlySet<string>>;
      /** The entry answering a second question the message asked (also-asked.ts). */
      also?: string;
      /**
       * The entry the conversation turns to, when not the one answered: dates that lead the reply
       * on another subject's clock are what the next question most likely asks about.
       */
      topic?: string;
    }
  /** `nations` (clarify, fallback): the nations the question named, which a conversation that starts with it keeps. */
  | { status: 'clarify'; options: { entryId: string; score: number }[]; nations?: Jurisdiction[] }
  | { status: 'fallback'; nearest: { entryId: string; score: number }[]; offTopicId?: string; nations?: Jurisdiction[] }
  | { status: 'smallTalk'; name: string; firstContact: boolean }
  | { status: 'guard'; verdict: Exclude<GuardVerdict, 'ok'> }
  | { status: 'menu' }
  /**
   * A guided tool's reply (a check's step or verdict, dates worked out without a matched answer).
   * `topic`: the entry the conversation turns to; `counted`: it answered a question (for the statistics).
   */
  | { status: 'tool'; reply: Reply; topic?: string; counted?: boolean };

/** Whether the turn asked something new, which settles a "did you mean" left open. */
export function asksSomethingNew(outcome: Outcome): boolean {
  if (outcome.status === 'answered') return !outcome.chosen && !outcome.detail;
  if (outcome.status === 'tool') return outcome.counted === true;
  return outcome.status === 'clarify' || outcome.status === 'fallback';
}

/** `replied`: the bot has replied in this conversation before (a first "hello" gets the topics). A tool's turn is decided by the tool room. */
export function decideTurn(turn: Exclude<Turn, { kind: 'tool' }>, live: ConversationState | undefined, replied: boolean): Outcome {
  const nation = live?.facets?.nation ? [live.facets.nation as Jurisdiction] : [];
  switch (turn.kind) {
    case 'pick':
      return { status: 'answered', entryId: turn.choice.entryId!, nations: nation, detail: false, usedContext: true, chosen: true };
    case 'more':
      return { status: 'answered', entryId: turn.entryId, nations: nation, detail: true, usedContext: true };
    case 'smallTalk':
      return { status: 'smallTalk', name: turn.name, firstContact: !replied };
    case 'guard':
      return { status: 'guard', verdict: turn.verdict };
    case 'nothing':
      return turn.closing ? { status: 'smallTalk', name: turn.closing, firstContact: !replied } : { status: 'menu' };
    case 'question': {
      const { followUp, own } = turn;
      // "Thanks, we'll ring the council tomorrow" tells rather than asks: small talk, not a
      // follow-up on the topic, an answer on its words ("nomination", "help") or a question for staff.
      if (turn.closing) return { status: 'smallTalk', name: turn.closing, firstContact: !replied };
      if (followUp) {
        const nations = [...new Set([...own.analysis.nations, ...(followUp.changes.has('nation') ? [] : nation)])];
        return { status: 'answered', entryId: followUp.entryId, confidence: followUp.confidence, nations, detail: false, usedContext: true, changes: followUp.changes, ...(followUp.focus ? { focus: followUp.focus } : {}) };
      }
      // A fresh question that names no nation is still asked from the conversation's: an answer
      // for England then says where it applies, and the conversation stays in that nation.
      const fresh = fromDecision(own.decision, own.analysis.nations.length ? own.analysis.nations : nation);
      return fresh.status === 'answered' ? { ...fresh, named: turn.named, ...(turn.also ? { also: turn.also } : {}) } : fresh;
    }
  }
}

function fromDecision(decision: Decision, nations: Jurisdiction[]): Outcome {
  if (decision.status === 'answered') return { status: 'answered', entryId: decision.top.entryId, confidence: decision.top.score, nations, detail: false, usedContext: false };
  const named = nations.length ? { nations } : {};
  if (decision.status === 'clarify') return { status: 'clarify', options: decision.options.map((o) => ({ entryId: o.entryId, score: o.score })), ...named };
  return { status: 'fallback', nearest: decision.nearest.map((n) => ({ entryId: n.entryId, score: n.score })), offTopicId: decision.offTopicId, ...named };
}

/** A button pressed (a related topic, a "did you mean" choice, "More detail"): that entry, in the conversation's nation. */
export function chosenOutcome(entryId: string, live: ConversationState | undefined, detail: boolean): Outcome {
  const nation = live?.facets?.nation as Jurisdiction | undefined;
  return { status: 'answered', entryId, nations: nation ? [nation] : [], detail, usedContext: true, chosen: true };
}
