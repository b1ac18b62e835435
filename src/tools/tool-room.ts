// The guided tools as one room of the advisor, speaking Question -> Reply: guided checks (typed
// choices, commands, buttons) and the deadline calculator. The check's progress is a plain value
// the advisor keeps in the conversation state and hands back on the next turn.
import type { KnowledgeBase } from '../kb/model.js';
import type { Reply } from '../types.js';
import type { ChecksData, GuidedCheck } from './checks/check-model.js';
import type { CheckProgress } from './checks/check-progress.js';
import { infoOnly, menuReply, viewReply, withPausedNote } from './checks/check-replies.js';
import { choose, currentView, normalise, optionFromText, startCheck, type CheckView } from './checks/run-check.js';
import { answerDates, answerDeadlineFollowUp, type DeadlineContext } from './deadlines/deadline-tool.js';
import { withMatchedAnswer } from './deadlines/with-matched-answer.js';
import { decodeToolId, encodeToolId } from './tool-ids.js';

export interface ToolTurn {
  reply: Reply;
  /** The check progress to keep for the next turn (undefined: no check). */
  flow: CheckProgress | undefined;
}

/**
 * A message typed while a check is under way: a command (cancel, start again, resume) or one of
 * the current step's options. `guardVerdict` is the input guard's view of the text: very short
 * text that fits no option gets a nudge instead of going to the matcher.
 */
export function checkTurn(kb: KnowledgeBase, text: string, flow: CheckProgress | undefined, guardVerdict: string): ToolTurn | undefined {
  const data = kb.checks;
  const check = flow && data?.checks.find((c) => c.id === flow.check);
  if (!data || !flow || !check) return undefined;
  const typed = normalise(text);
  const said = (words: string[]) => words.some((w) => normalise(w) === typed);
  if (said(data.phrases.commands.cancel)) return { reply: infoOnly(data.phrases.cancelled), flow: undefined };
  if (said(data.phrases.commands.restart)) return show(kb, data, check, startCheck(check));
  if (said(data.phrases.commands.resume)) return resume(kb, data, flow);
  if (flow.paused || flow.finished) return undefined;
  const step = check.steps.get(flow.step);
  const option = step && optionFromText(step, text);
  if (step && option) return show(kb, data, check, choose(check, flow, step.id, option.id)!);
  // A word or two that fits no option is a mistyped choice; anything longer, or asked with a
  // question mark ("what's a CIC?"), is a question to answer while the check waits.
  if ((guardVerdict === 'ok' || guardVerdict === 'unreadable') && typed.split(' ').length <= 2 && !text.includes('?')) {
    return show(kb, data, check, currentView(check, flow), data.phrases.notUnderstood);
  }
  return undefined;
}

/** A request for a check: "check eligibility" or "/rights check" (the menu), or "check if our group can nominate". */
export function checkRequest(kb: KnowledgeBase, text: string, flow: CheckProgress | undefined): ToolTurn | undefined {
  const data = kb.checks;
  const requested = data && requestedCheck(data, text);
  if (!data || !requested) return undefined;
  return requested === 'menu' ? { reply: menuReply(data), flow } : show(kb, data, requested, startCheck(requested));
}

/**
 * A question that gives a date for an event with time limits: the dates worked out from it,
 * followed by the matcher's answer when it found one ("...3 June. What happens now?").
 */
export function datedAnswer(kb: KnowledgeBase, text: string, receivedAt: Date, matched: Reply | undefined, flow: CheckProgress | undefined): ToolTurn | undefined {
  const dates = kb.periods && answerDates(text, receivedAt, deadlineContext(kb));
  if (!dates) return undefined;
  return afterAnswer(kb, matched ? withMatchedAnswer(dates.reply, matched, !dates.approximate) : dates.reply, flow);
}

/** A button press (or a typed follow-up) that belongs to a tool; undefined for knowledge entries. */
export function toolAct(kb: KnowledgeBase, id: string, receivedAt: Date, flow: CheckProgress | undefined): ToolTurn | undefined {
  const tool = decodeToolId(id);
  if (!tool) return undefined;
  const data = kb.checks;
  if (tool.tool === 'deadline') {
    const reply = kb.periods && answerDeadlineFollowUp(id, receivedAt, deadlineContext(kb));
    return reply ? pauseIfRunning(kb, reply, flow) : undefined;
  }
  if (!data) return undefined;
  if (tool.tool === 'check-menu') return { reply: menuReply(data), flow };
  if (tool.tool === 'check-resume') return resume(kb, data, flow);
  const check = data.checks.find((c) => c.id === tool.check);
  if (!check) return undefined;
  if (tool.tool === 'check-start') return show(kb, data, check, startCheck(check));
  // A choice: on this check's run (rewinding to an earlier step if need be), or the first step
  // of a fresh run; anything else is a button from a run that has moved on.
  const base = flow?.check === check.id ? flow : startCheck(check).progress;
  const view = choose(check, base, tool.step, tool.option);
  if (view) return show(kb, data, check, view);
  return flow?.check === check.id && !flow.finished ? show(kb, data, check, currentView(check, flow), data.phrases.staleChoice) : show(kb, data, check, startCheck(check), data.phrases.staleChoice);
}

/** After an ordinary answer: offer the checks that fit it, and pause a check that was under way. */
export function afterAnswer(kb: KnowledgeBase, reply: Reply, flow: CheckProgress | undefined): ToolTurn {
  const offers = (kb.checks?.checks ?? [])
    .filter((c) => reply.kind === 'answer' && reply.entryId && c.offerOn.includes(reply.entryId))
    .map((c) => ({ label: c.offerLabel, entryId: encodeToolId({ tool: 'check-start', check: c.id }) }));
  const offered = offers.length ? { ...reply, followUps: [...offers, ...reply.followUps] } : reply;
  return pauseIfRunning(kb, offered, flow);
}

function pauseIfRunning(kb: KnowledgeBase, reply: Reply, flow: CheckProgress | undefined): ToolTurn {
  const check = flow && !flow.finished && kb.checks?.checks.find((c) => c.id === flow.check);
  if (!kb.checks || !flow || !check) return { reply, flow: flow?.finished ? flow : undefined };
  return { reply: withPausedNote(reply, kb.checks, check, !flow.paused), flow: { ...flow, paused: true } };
}

function resume(kb: KnowledgeBase, data: ChecksData, flow: CheckProgress | undefined): ToolTurn {
  const check = flow && !flow.finished && data.checks.find((c) => c.id === flow.check);
  if (!flow || !check) return { reply: infoOnly(data.phrases.nothingToResume, [{ label: data.phrases.menuLabel, entryId: encodeToolId({ tool: 'check-menu' }) }]), flow: undefined };
  return show(kb, data, check, currentView(check, flow));
}

function show(kb: KnowledgeBase, data: ChecksData, check: GuidedCheck, view: CheckView, lead?: string): ToolTurn {
  return { reply: viewReply(kb, data, check, view, lead), flow: view.progress };
}

/** "check eligibility" (the menu) or "check if our group can nominate" (that check); else undefined. */
function requestedCheck(data: ChecksData, text: string): GuidedCheck | 'menu' | undefined {
  const typed = normalise(text);
  const request = [...data.phrases.commands.request].map(normalise).sort((a, b) => b.length - a.length).find((r) => typed === r || typed.startsWith(`${r} `));
  if (!request) return undefined;
  const rest = typed.slice(request.length).trim();
  // A request is short; a longer message that happens to start with "check" is a question.
  if (!rest) return 'menu';
  if (rest.split(' ').length > 8) return undefined;
  const words = ` ${rest} `;
  const scored = data.checks
    .map((c) => ({ c, hits: c.match.filter((m) => words.includes(` ${normalise(m)} `)).length }))
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits);
  if (scored.length === 0 || (scored[1] && scored[1].hits === scored[0].hits)) return 'menu';
  return scored[0].c;
}

function deadlineContext(kb: KnowledgeBase): DeadlineContext {
  return { data: kb.periods!, notice: kb.phrases.disclaimer, entryTitle: (id) => kb.byId.get(id)?.title };
}
