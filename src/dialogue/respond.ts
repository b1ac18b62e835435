// A turn's reply, with the guided tools taking part: a tool's turn goes to the tool room; any
// other is decided and composed, then the tools add what they have to it. A question that gives
// a date for an event with time limits gets the dates worked out (with the matched answer when
// there is one); an answer a check can settle for the asker's own case offers that check; a
// check under way is paused by a question and offered again. Returns the outcome the records
// and the next conversation state follow, the reply, and the tools' next state.
import type { KnowledgeBase } from '../kb/model.js';
import { withAlsoAsked } from '../reply/also-asked.js';
import { withinOneMessage } from '../reply/within-one-message.js';
import { composeOutcome } from '../reply/compose-outcome.js';
import { withCheckOffers } from '../tools/checks/check-offers.js';
import { carriedDates, datedQuestion, datesIn, givenDates } from '../tools/dates-room.js';
import { unitsFor, withUnitsWorkedOut } from '../tools/per-unit-figure.js';
import { carriedFlow, type ToolFlow } from '../tools/tool-flow.js';
import { isToolId } from '../tools/tool-ids.js';
import { pauseIfRunning, runTool } from '../tools/tool-room.js';
import type { Platform, Reply } from '../types.js';
import type { Outcome } from './outcome.js';
import type { Turn } from './understand.js';

export interface Responded {
  outcome: Outcome;
  reply: Reply;
  /** The tools' state for the next turn (ConversationState.flow). */
  flow: ToolFlow | undefined;
}

export interface RespondFacts {
  text: string;
  at: Date;
  platform: Platform;
  flow: ToolFlow | undefined;
  /** The entry the conversation was about before this turn, if any. */
  topic?: string;
}

/** `decide`: the outcome of a turn that is not the tools' (a question, a pick, small talk...). */
export function respond(kb: KnowledgeBase, turn: Turn, decide: (turn: Exclude<Turn, { kind: 'tool' }>) => Outcome, t: RespondFacts): Responded {
  if (turn.kind === 'tool') {
    const tool = runTool(kb, turn.request, t);
    return { outcome: { status: 'tool', reply: tool.reply, ...(tool.topic ? { topic: tool.topic } : {}) }, reply: tool.reply, flow: tool.flow };
  }
  let outcome = decide(turn);
  let reply = composeOutcome(kb, outcome);
  // Small talk and unusable input leave a check where it was: the next choice still counts.
  if (outcome.status === 'smallTalk' || outcome.status === 'guard') return { outcome, reply, flow: carriedFlow(t.flow) };
  const nearest = outcome.status === 'fallback' ? outcome.nearest[0]?.entryId : outcome.status === 'clarify' ? outcome.options[0]?.entryId : undefined;
  const matched = outcome.status === 'answered' ? reply : undefined;
  // A date in the question is worked out; without one, the dates just shown, or failing them the
  // date the asker gave earlier in the thread ("the owner told the council on 3 Nov"), may carry
  // over to it.
  const earlier = t.flow?.dates ?? t.flow?.given;
  const carried = () => (earlier ? carriedDates(kb, earlier, t.text, t, matched) : undefined);
  // A question a staff signpost sends elsewhere ("what's the weather like for referendum day
  // thursday?") is about that, not about the event its date happens to sit beside.
  const signposted = outcome.status === 'fallback' && outcome.offTopicId !== undefined;
  const asked = turn.kind === 'question' && !signposted;
  // Worked out once: what the reply shows, and what the thread remembers for later questions.
  const found = asked ? datesIn(kb, t.text, t, { topic: t.topic, matched: matched?.entryId, dated: earlier !== undefined }) : undefined;
  const dates = asked ? (datedQuestion(kb, t.text, t, matched, nearest, found) ?? carried()) : undefined;
  const given = givenDates(kb, found) ?? t.flow?.given;
  // The entry the dates were counted for: the dates offer it, so it stays among the buttons.
  let topic: string | undefined;
  if (dates) {
    reply = dates.reply;
    // A clock event names its entry; a date that starts no clock ("went on the market") names
    // the entry explaining what does, so "how long does that last?" still has a topic.
    const periods = kb.periods;
    topic = [...(periods?.events ?? []), ...(periods?.noClock ?? [])].find((e) => e.id === dates.shown.event)?.entry;
    // Dates without a matched answer answer the question themselves, on their event's entry.
    if (outcome.status !== 'answered') outcome = { status: 'tool', reply, counted: true, ...(topic && kb.byId.has(topic) ? { topic } : {}) };
    // Exact dates lead the reply; when the answer beside them is on another subject ("the owner
    // notified them on 1 Dec ... possibly with a PWLB loan"), the thread follows the dates: "how
    // long do we get to raise the money?" asks about the clock, not the loan.
    else if (!dates.shown.answerFirst && topic && otherSubject(kb, topic, outcome.entryId)) outcome = { ...outcome, topic };
  }
  // "More detail" of an answer is the rest of it, not a new place to offer a check.
  const detail = outcome.status === 'answered' && outcome.detail;
  // An amount per unit is worked out for the number of units the question gives or, on the same
  // answer, the number given earlier in the thread.
  const perUnitEntry = matched && asked ? kb.byId.get(matched.entryId ?? '') : undefined;
  const units = perUnitEntry && unitsFor(perUnitEntry, t.text);
  const sameEntry = t.flow?.units?.entry === perUnitEntry?.id ? t.flow?.units?.count : undefined;
  if (perUnitEntry && !detail) reply = withUnitsWorkedOut(reply, perUnitEntry, units ?? sameEntry);
  const paused = pauseIfRunning(kb, detail ? reply : withCheckOffers(kb, reply), t.flow);
  // A second question the message asked is answered last, so its share of the reply is measured
  // against everything else the reply holds by then (dates, a check's offer).
  const also = outcome.status === 'answered' && outcome.also ? kb.byId.get(outcome.also) : undefined;
  const added = also ? withAlsoAsked(kb, paused.reply, also) : paused.reply;
  // The tools' buttons (a check's offer, the dates' other readings, back to a paused check) and
  // the entries the reply itself points to (the dates' entry, a second answer's) stay; the related
  // topics give way.
  const final = withinOneMessage(added, (f) => isToolId(f.entryId) || f.entryId === topic || f.entryId === also?.id);
  if (outcome.status === 'tool') outcome = { ...outcome, reply: final };
  const unitsKept = units && perUnitEntry ? { units: { entry: perUnitEntry.id, count: units } } : {};
  const flow = { ...paused.flow, ...(dates ? { dates: dates.shown } : {}), ...(given ? { given } : {}), ...unitsKept };
  return { outcome, reply: final, flow: Object.keys(flow).length ? flow : undefined };
}

/** Whether two entries share no subject. */
function otherSubject(kb: KnowledgeBase, a: string, b: string): boolean {
  const of = (id: string) => kb.byId.get(id)?.facets.subject ?? [];
  const first = of(a);
  return first.length > 0 && !of(b).some((s) => first.includes(s));
}
