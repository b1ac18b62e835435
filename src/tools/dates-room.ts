// The deadline calculator in the conversation: a question that gives a date for an event with
// time limits gets the dates, joined to the matcher's answer when it found one; a button for
// another event recomputes; "More detail" works the same dates out again and shows what the short
// reply left out, with the matched answer's title as a button for the rest of that answer. What
// the reply showed is kept (DatesShown) so "more" can find it.
import type { KnowledgeBase } from '../kb/model.js';
import { detailReply } from '../reply/compose.js';
import type { Action, Platform, Reply } from '../types.js';
import { asksAboutTime, datesAnswerAlone } from './deadlines/asks-about-time.js';
import { answerDates, answerDeadlineFollowUp, checkedDay, checksADay, type DatedReply, type DeadlineContext } from './deadlines/deadline-tool.js';
import { joinSources, withMatchedAnswer } from './deadlines/with-matched-answer.js';
import { londonDate } from './deadlines/calendar-date.js';
import { findDates } from './deadlines/find-dates.js';
import { withCuesSpelled } from './deadlines/cue-spelling.js';
import { encodeToolId } from './tool-ids.js';
import { tokenize } from '../nlp/normalize.js';
import { extractQuantities, isPeriod } from '../nlp/quantities.js';
import type { DatesShown } from './tool-flow.js';

export interface DatesTurn {
  reply: Reply;
  shown: DatesShown;
}

/** Where the dates are asked: the terminal cannot attach the calendar, so its reply says how to save one. */
export interface DatesAsked {
  at: Date;
  platform?: Platform;
}

/**
 * The dates a question gives (undefined when it gives none): worked out once a question, then shared.
 * `thread`: the entry the conversation was about before this question, the one matched for it,
 * and whether the thread already has a date for its clock. Once it has, a day the question checks
 * ("was the 17th even in time?") is the day something was done, not a new start for the clock.
 */
export function datesIn(kb: KnowledgeBase, text: string, asked: DatesAsked, thread?: { topic?: string; matched?: string; dated?: boolean }): DatedReply | undefined {
  if (!kb.periods) return undefined;
  const checking = thread?.dated === true && checksADay(text, kb.periods);
  const implied = thread && !checking ? threadEvent(kb, thread.topic, thread.matched) : undefined;
  return answerDates(withCuesSpelled(kb, text), asked.at, deadlineContext(kb, asked), implied, ownEvent(kb, thread?.matched), thread?.topic !== undefined);
}

/** The clock event the matched entry is the answer for, first declared first. */
function ownEvent(kb: KnowledgeBase, matched: string | undefined): string | undefined {
  return matched === undefined ? undefined : kb.periods?.events.find((e) => e.entry === matched)?.id;
}

/**
 * The clock event a thread is about: the one its topic explains (as the event's entry, or failing
 * that as one of its `explainedAlsoBy`), first declared first. A question matched to another
 * scheme has left the thread's clock behind ("we're meeting on 3 Jan; how long does the
 * neighbourhood plan consultation run?"), so then there is none.
 */
function threadEvent(kb: KnowledgeBase, topic: string | undefined, matched: string | undefined): string | undefined {
  if (topic === undefined) return undefined;
  const events = kb.periods?.events ?? [];
  const event = events.find((e) => e.entry === topic) ?? events.find((e) => e.explainedAlsoBy.includes(topic));
  if (!event || matched === undefined || matched === topic) return event?.id;
  const own = kb.byId.get(event.entry ?? '')?.facets.subject ?? [];
  return (kb.byId.get(matched)?.facets.subject ?? []).some((s) => own.includes(s)) ? event.id : undefined;
}

/**
 * The dates a question gives, with the matched answer when there is one; undefined when it gives
 * none or they do not answer it.
 * `nearest`: when the matcher could not answer, the entry it found nearest. Dates alone do not
 * answer a question the matcher places on another clock's entry ("I own the Plough, it was listed
 * last month: how do I challenge it and what are the deadlines?" asks for the owner's review
 * period, not when the listing ends): that question is declined and kept for staff instead.
 */
export function datedQuestion(kb: KnowledgeBase, text: string, asked: DatesAsked, matched: Reply | undefined, nearest?: string, dated = datesIn(kb, text, asked)): DatesTurn | undefined {
  // Without an answer, the dates answer a question about time or a bare date, or one the matcher
  // places, short of answering, on an entry explaining the same clock ("the owner's notice went
  // in on 3 Feb 2025 and he never sold; now he's selling again, do we get another go?" is the
  // protected period's): two readings that agree.
  if (!dated || (!matched && !datesAnswerAlone(text, kb.periods!.matching.timeQuestions) && !explainsClock(kb, nearest, dated.event))) return undefined;
  if (!matched && nearest && onAnotherClock(kb, nearest, dated.event)) return undefined;
  const noClock = kb.periods!.noClock.find((n) => n.id === dated.event);
  if (noClock?.onlyWhenTimeAsked && !asksAboutTime(text, kb.periods!.matching.timeQuestions)) return undefined;
  const answerFirst = dated.approximate && matched !== undefined;
  const shown: DatesShown = { event: dated.event, date: dated.date, ...(matched?.entryId ? { entry: matched.entryId } : {}), ...(answerFirst ? { answerFirst } : {}) };
  return { reply: joined(kb, dated.reply, matched, shown), shown };
}

/**
 * The clock event and date a question ties together, whether or not its reply showed the dates
 * ("the owner notified the council on 3 Nov; what funding is there?"): kept in the thread so a
 * later "when does our moratorium end?" is counted from it.
 */
export function givenDates(kb: KnowledgeBase, dated: DatedReply | undefined): DatesShown | undefined {
  return dated && kb.periods?.events.some((e) => e.id === dated.event) ? { event: dated.event, date: dated.date } : undefined;
}

/** Whether the entry explains the event's periods (its entry, or one of its `explainedAlsoBy`). */
function explainsClock(kb: KnowledgeBase, entryId: string | undefined, eventId: string): boolean {
  const event = kb.periods?.events.find((e) => e.id === eventId);
  return entryId !== undefined && event !== undefined && (event.entry === entryId || event.explainedAlsoBy.includes(entryId));
}

/**
 * Whether the entry is another clock event's on the same scheme as the dated event's (the owner's
 * review beside the listing's end). A nearest entry on another scheme is too weak a reading to
 * overrule a date the question ties to its event.
 */
function onAnotherClock(kb: KnowledgeBase, entryId: string, eventId: string): boolean {
  const events = kb.periods?.events ?? [];
  const own = kb.byId.get(events.find((e) => e.id === eventId)?.entry ?? '');
  const nearest = kb.byId.get(entryId);
  if (!own || !nearest || nearest.id === own.id || !events.some((e) => e.entry === entryId)) return false;
  return (nearest.facets.subject ?? []).some((s) => own.facets.subject?.includes(s));
}

/**
 * "When does the full moratorium finish?" right after the dates were worked out from the owner's
 * notice: the question gives no date, but the conversation has one. When the matched answer
 * explains one of that event's periods (its entry or `explainedAlsoBy` in periods.yaml) and the
 * question asks for a day (`matching.dateQuestions`), the same dates are worked out again beside
 * the answer, so the asker gets the day, not only the rule. A question that checks a day against
 * them ("was the 17th even in time?", `matching.checkQuestions`) gets them too, with how that day
 * compares, matched answer or not. Anything else (another scheme, no question of time) is left as
 * it was.
 */
export function carriedDates(kb: KnowledgeBase, last: DatesShown, text: string, asked: DatesAsked, matched: Reply | undefined): DatesTurn | undefined {
  // The question's dates are read only when it asks whether a day was in time.
  const checked = kb.periods && checksADay(text, kb.periods) ? checkedDay(text, findDates(text, londonDate(asked.at), kb.periods.matching.aheadCues), last.date, kb.periods) : undefined;
  // A day checked against the thread's dates is answered by them even when nothing else matched:
  // the question is about those dates and nothing else.
  // A few words that name one of the clock's periods ("and the 6 months?") ask for its day, just
  // as "when does it end?" would: they can mean nothing else right after the dates.
  const named = namesAPeriod(kb, text, last.event);
  const carries = matched === undefined
    ? checked !== undefined || named
    : (checked !== undefined || named || asksAboutTime(text, kb.periods?.matching.dateQuestions ?? [])) && explainsClock(kb, matched.entryId, last.event);
  if (!carries) return undefined;
  const dates = answerDeadlineFollowUp(encodeToolId({ tool: 'deadline', event: last.event, date: last.date }), asked.at, deadlineContext(kb, asked), checked);
  if (!dates) return undefined;
  const shown: DatesShown = { event: last.event, date: last.date, ...(matched?.entryId ? { entry: matched.entryId } : {}) };
  return { reply: joined(kb, dates, matched, shown), shown };
}

/**
 * Whether a message of at most `matching.namedPeriodWords` words names the length of one of the
 * event's periods ("the 18 months", "6 mths"). A longer message says what it asks about that period.
 */
function namesAPeriod(kb: KnowledgeBase, text: string, eventId: string): boolean {
  const limit = kb.periods?.matching.namedPeriodWords ?? 0;
  const words = tokenize(text);
  if (words.length === 0 || words.length > limit) return false;
  const named = new Set(extractQuantities(words).filter(isPeriod));
  return (kb.periods?.periods ?? []).some((p) => p.event === eventId && named.has(`${p.length} ${p.unit.replace(/s$/, '')}`));
}

/** A "deadline--<event>--<date>" button: the dates counted from that event instead. */
export function datesFollowUp(kb: KnowledgeBase, id: string, asked: DatesAsked): DatesTurn | undefined {
  const reply = kb.periods && answerDeadlineFollowUp(id, asked.at, deadlineContext(kb, asked));
  const [, event, date] = id.split('--');
  return reply && { reply: joined(kb, reply, undefined, { event, date }), shown: { event, date } };
}

/**
 * What the short reply left out: every date's full line. The rest of the answer given with them
 * is a button away (its title), not posted here too: short reply and detail together then hold
 * what the whole reply holds (`ask --json`), not the dates twice and a second answer besides. A
 * reply with no dates of its own ("going on the market starts no clock") is short, and its
 * detail is the rest of the answer.
 */
export function datesDetail(kb: KnowledgeBase, shown: DatesShown, asked: DatesAsked): Reply | undefined {
  const id = encodeToolId({ tool: 'deadline', event: shown.event, date: shown.date });
  const dates = kb.periods && answerDeadlineFollowUp(id, asked.at, deadlineContext(kb, asked));
  if (!dates) return undefined;
  const datesRest = dates.sections.filter((s) => s.detail).map(({ detail: _detail, ...s }) => s);
  const entry = shown.entry ? kb.byId.get(shown.entry) : undefined;
  const answer = entry && detailReply(kb, entry);
  const answerRest = answer && !datesRest.length ? [{ ...answer.sections[0], heading: answer.title ?? answer.sections[0]?.heading }, ...answer.sections.slice(1)].filter((s) => s.body) : [];
  const rest = entry && datesRest.length ? [{ label: entry.title, entryId: entry.id }] : [];
  // The calendar came with the first reply; the detail does not send it again.
  const { attachments: _calendar, ...reply } = dates;
  return {
    ...reply,
    sections: shown.answerFirst ? [...answerRest, ...datesRest] : [...datesRest, ...answerRest],
    sources: answer ? joinSources(dates.sources, answer.sources) : dates.sources,
    followUps: [...rest, ...reply.followUps.filter((f) => f.entryId !== entry?.id)],
    actions: answer?.actions ?? [],
    ...(answer?.reviewed ? { reviewed: answer.reviewed } : {}),
  };
}

/** The dates and the answer as one reply, whose "More detail" shows what both kept back. */
function joined(kb: KnowledgeBase, dates: Reply, matched: Reply | undefined, shown: DatesShown): Reply {
  const reply = matched ? withMatchedAnswer(dates, matched, !shown.answerFirst) : dates;
  // The answer's own detail counts too: a reply with no dates of its own ("going on the market
  // starts no clock") still keeps the rest of the answer behind "More detail".
  const hasDetail = reply.sections.some((s) => s.detail) || (matched?.sections.some((s) => s.detail) ?? false);
  const more: Action[] = hasDetail ? [{ type: 'more', entryId: encodeToolId({ tool: 'deadline', event: shown.event, date: shown.date }), label: kb.conversation.moreLabel }] : [];
  return { ...reply, actions: [...more, ...reply.actions.filter((a) => a.type !== 'more')] };
}

function deadlineContext(kb: KnowledgeBase, asked: DatesAsked): DeadlineContext {
  return { data: kb.periods!, notice: kb.phrases.disclaimer, entryTitle: (id) => kb.byId.get(id)?.title, terminal: asked.platform === 'cli' };
}
