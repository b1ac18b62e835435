// What a message asks of the guided tools, read before the matcher sees it: a check command
// ("cancel", "start again", "resume"), a request for a check ("check eligibility", "/rights
// check", "check if our group can nominate"), one of the current step's options typed in its own
// words ("yes", "charity"), "more" after a tool's reply, or a word or two that fits no option.
// Typing an option's number or its whole label is the dialogue's general choices mechanism
// (dialogue/choices.ts); what is here are the extra ways a check's own data allows.
import type { KnowledgeBase } from '../kb/model.js';
import type { ChecksData, GuidedCheck } from './checks/check-model.js';
import { normalise, optionFromText } from './checks/run-check.js';
import { encodeToolId } from './tool-ids.js';
import { activeCheck, type ToolFlow } from './tool-flow.js';

export type ToolRequest =
  /** A tool's follow-up: pressed, or typed as its number or label. */
  | { type: 'id'; id: string }
  | { type: 'cancel' | 'restart' | 'resume' | 'notUnderstood' }
  /** "More detail" of a tool's reply: its button carries the id; typed, it means the last reply. */
  | { type: 'more'; id?: string }
  /** The menu of checks, or one check. */
  | { type: 'request'; check?: string };

/** Commands and requests: read first, whatever the last reply offered. */
export function commandRequest(kb: KnowledgeBase, text: string, flow: ToolFlow | undefined): ToolRequest | undefined {
  const data = kb.checks;
  if (!data) return undefined;
  const typed = normalise(text);
  const said = (words: string[]) => words.some((w) => normalise(w) === typed);
  if (flow?.check && data.checks.some((c) => c.id === flow.check!.check)) {
    if (said(data.phrases.commands.cancel)) return { type: 'cancel' };
    if (said(data.phrases.commands.restart)) return { type: 'restart' };
    if (said(data.phrases.commands.resume)) return { type: 'resume' };
  }
  const requested = requestedCheck(data, typed);
  return requested && { type: 'request', ...(requested === 'menu' ? {} : { check: requested.id }) };
}

/** The current step's option typed in its own words (an alias, its first word, a distinctive word). */
export function optionRequest(kb: KnowledgeBase, text: string, flow: ToolFlow | undefined): ToolRequest | undefined {
  const progress = activeCheck(flow);
  const check = progress && kb.checks?.checks.find((c) => c.id === progress.check);
  const step = check?.steps.get(progress!.step);
  const option = step && optionFromText(step, text);
  return option && { type: 'id', id: encodeToolId({ tool: 'check-choice', check: check!.id, step: step!.id, option: option.id }) };
}

/** "more" after a tool's reply that kept something behind "More detail". */
export function moreRequest(flow: ToolFlow | undefined): ToolRequest | undefined {
  return flow?.dates || flow?.verdict ? { type: 'more' } : undefined;
}

/**
 * During a check, a word or two that fits no option is a mistyped choice; anything longer, or
 * asked with a question mark ("what's a CIC?"), is a question to answer while the check waits.
 */
export function mistypedChoice(text: string, flow: ToolFlow | undefined, readable: boolean): ToolRequest | undefined {
  if (!activeCheck(flow) || !readable || text.includes('?')) return undefined;
  return normalise(text).split(' ').length <= 2 ? { type: 'notUnderstood' } : undefined;
}

/**
 * Words after a bare "check" that name no check and still ask for the menu ("check if we're
 * eligible"); a longer message that starts with the verb asks something else.
 */
const MENU_REST_WORDS = 3;

/** "check eligibility" (the menu) or "check if our group can nominate" (that check); else undefined. */
function requestedCheck(data: ChecksData, typed: string): GuidedCheck | 'menu' | undefined {
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
  // "eligibility for lottery funding" is a question; "check if we're eligible" asks for a check.
  // The bare verb with more words that name no check ("check its legally sound before we send
  // it", "check the weather for the vote") is a message for the matcher and the signposts; with a
  // few ("check please", "check if we're eligible") it still asks for the menu.
  const bareVerb = /^checks?$/.test(request);
  if (scored.length === 0) return /\bchecks?\b/.test(request) && (!bareVerb || rest.split(' ').length <= MENU_REST_WORDS) ? 'menu' : undefined;
  if (scored[1] && scored[1].hits === scored[0].hits) return 'menu';
  return scored[0].c;
}
