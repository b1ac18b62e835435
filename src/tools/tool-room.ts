// The guided tools as one room of the advisor, speaking request -> reply: guided checks (a
// choice, a command, a request, a button) and the deadline calculator's buttons and "More
// detail". Pure: the knowledge, the request, the time and the tools' state in; the reply and
// the tools' next state out, which the advisor keeps in the conversation state.
import type { KnowledgeBase } from '../kb/model.js';
import type { Platform, Reply } from '../types.js';
import type { ChecksData, GuidedCheck } from './checks/check-model.js';
import { answersReply, infoOnly, menuReply, viewReply, withPausedNote } from './checks/check-replies.js';
import { choose, currentView, finishedView, startCheck, type CheckView } from './checks/run-check.js';
import { datesDetail, datesFollowUp } from './dates-room.js';
import { decodeToolId, encodeToolId } from './tool-ids.js';
import { carriedFlow, type ToolFlow } from './tool-flow.js';
import type { ToolRequest } from './tool-request.js';

export interface ToolTurn {
  reply: Reply;
  /** The tools' state for the next turn (undefined: none). */
  flow: ToolFlow | undefined;
  /** A knowledge entry the conversation turns to (a verdict's first related entry), for follow-ups. */
  topic?: string;
}

export interface ToolContext {
  at: Date;
  /** Where the request came from (the terminal cannot attach a calendar). */
  platform?: Platform;
  flow: ToolFlow | undefined;
}

export function runTool(kb: KnowledgeBase, request: ToolRequest, ctx: ToolContext): ToolTurn {
  const data = kb.checks;
  const { flow } = ctx;
  const check = flow?.check && data?.checks.find((c) => c.id === flow.check!.check);
  switch (request.type) {
    case 'id':
      return toolChoice(kb, request.id, ctx) ?? unknown(kb, flow);
    case 'more':
      return more(kb, request.id, ctx) ?? unknown(kb, flow);
    case 'request': {
      if (!data) return unknown(kb, flow);
      const wanted = request.check ? data.checks.find((c) => c.id === request.check) : undefined;
      return wanted ? show(kb, data, wanted, startCheck(wanted)) : { reply: menuReply(data), flow: carriedFlow(flow) };
    }
  }
  if (!data || !check || !flow?.check) return unknown(kb, flow);
  switch (request.type) {
    case 'cancel':
      return { reply: infoOnly(data.phrases.cancelled), flow: undefined };
    case 'restart':
      return show(kb, data, check, startCheck(check));
    case 'resume':
      return resume(kb, data, flow);
    case 'notUnderstood':
      return show(kb, data, check, currentView(check, flow.check), data.phrases.notUnderstood);
  }
}

/** A tool's follow-up id (a button, or a typed number or label); undefined when it is not one the knowledge still has. */
function toolChoice(kb: KnowledgeBase, id: string, ctx: ToolContext): ToolTurn | undefined {
  const tool = decodeToolId(id);
  const { flow } = ctx;
  if (!tool) return undefined;
  if (tool.tool === 'deadline') {
    const dates = datesFollowUp(kb, id, ctx);
    return dates && { ...pauseIfRunning(kb, dates.reply, flow), flow: { ...pausedFlow(flow), dates: dates.shown } };
  }
  const data = kb.checks;
  if (!data) return undefined;
  if (tool.tool === 'check-menu') return { reply: menuReply(data), flow: carriedFlow(flow) };
  if (tool.tool === 'check-resume') return resume(kb, data, flow);
  const check = data.checks.find((c) => c.id === tool.check);
  if (!check) return undefined;
  if (tool.tool === 'check-start') return show(kb, data, check, startCheck(check));
  if (tool.tool === 'check-answers') return answers(kb, data, check, flow);
  // A choice: on this check's run (rewinding to an earlier step if need be), or the first step
  // of a fresh run; anything else is a button from a run that has moved on.
  const base = flow?.check?.check === check.id ? flow.check : startCheck(check).progress;
  const view = choose(check, base, tool.step, tool.option);
  if (view) return show(kb, data, check, view);
  const running = flow?.check?.check === check.id && !flow.check.finished;
  return show(kb, data, check, running ? currentView(check, flow.check!) : startCheck(check), data.phrases.staleChoice);
}

/**
 * "More detail" after a tool's reply: the dates' full lines (with the rest of the answer given
 * alongside, when the button is the last reply's), or the answers a verdict rests on.
 */
function more(kb: KnowledgeBase, id: string | undefined, ctx: ToolContext): ToolTurn | undefined {
  const { flow } = ctx;
  const tool = id === undefined ? undefined : decodeToolId(id);
  if (id !== undefined && !tool) return undefined;
  if (tool?.tool === 'deadline' || (!tool && flow?.dates)) {
    const last = flow?.dates && (!tool || (tool.tool === 'deadline' && tool.event === flow.dates.event && tool.date === flow.dates.date)) ? flow.dates : undefined;
    const shown = last ?? (tool?.tool === 'deadline' ? { event: tool.event, date: tool.date } : undefined);
    const reply = shown && datesDetail(kb, shown, ctx);
    return reply && { reply, flow: { ...carriedFlow(flow), dates: shown } };
  }
  const checkId = tool?.tool === 'check-answers' ? tool.check : !tool ? flow?.check?.check : undefined;
  const check = checkId !== undefined ? kb.checks?.checks.find((c) => c.id === checkId) : undefined;
  return check && kb.checks ? answers(kb, kb.checks, check, flow) : undefined;
}

function answers(kb: KnowledgeBase, data: ChecksData, check: GuidedCheck, flow: ToolFlow | undefined): ToolTurn | undefined {
  const view = flow?.check?.check === check.id ? finishedView(check, flow.check) : undefined;
  if (view?.kind !== 'outcome') return { reply: infoOnly(data.phrases.nothingToResume, [menuFollowUp(data)]), flow: carriedFlow(flow) };
  return { reply: answersReply(kb, data, check, view), flow: { check: flow!.check!, verdict: true } };
}

function resume(kb: KnowledgeBase, data: ChecksData, flow: ToolFlow | undefined): ToolTurn {
  const progress = flow?.check;
  const check = progress && !progress.finished && data.checks.find((c) => c.id === progress.check);
  if (!progress || !check) return { reply: infoOnly(data.phrases.nothingToResume, [menuFollowUp(data)]), flow: undefined };
  return show(kb, data, check, currentView(check, progress));
}

function show(kb: KnowledgeBase, data: ChecksData, check: GuidedCheck, view: CheckView, lead?: string): ToolTurn {
  const reply = viewReply(kb, data, check, view, lead);
  if (view.kind === 'step') return { reply, flow: { check: view.progress } };
  return { reply, flow: { check: view.progress, verdict: true }, ...(view.outcome.related[0] && kb.byId.has(view.outcome.related[0]) ? { topic: view.outcome.related[0] } : {}) };
}

/** A reply given while a check waits: a button back to it, and a note the first time. */
export function pauseIfRunning(kb: KnowledgeBase, reply: Reply, flow: ToolFlow | undefined): ToolTurn {
  const progress = flow?.check;
  const check = progress && !progress.finished && kb.checks?.checks.find((c) => c.id === progress.check);
  if (!kb.checks || !progress || !check) return { reply, flow: carriedFlow(flow) };
  return { reply: withPausedNote(reply, kb.checks, check, !progress.paused), flow: pausedFlow(flow) };
}

function pausedFlow(flow: ToolFlow | undefined): ToolFlow {
  const progress = flow?.check;
  const given = { ...(flow?.given ? { given: flow.given } : {}), ...(flow?.units ? { units: flow.units } : {}) };
  return progress ? { check: progress.finished ? progress : { ...progress, paused: true }, ...given } : given;
}

function unknown(kb: KnowledgeBase, flow: ToolFlow | undefined): ToolTurn {
  return { reply: infoOnly(kb.phrases.unknownButton), flow: carriedFlow(flow) };
}

function menuFollowUp(data: ChecksData) {
  return { label: data.phrases.menuLabel, entryId: encodeToolId({ tool: 'check-menu' }) };
}
