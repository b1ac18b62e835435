// Scores multi-turn conversations: a turn is right when a facts turn is answered with every
// expected-fact pattern found in the title and text (at most 4,000 characters, as the
// single-question scorer counts), a small-talk turn gets the small-talk reply, and an abstain turn
// is declined. A conversation is right throughout when every one of its turns is.
import type { JsonResult } from './json-result.js';
import { RENDERED_REPLY_MAX } from '../../src/kb/check-rendered-length.js';

export type ScriptedTurn =
  | { q: string; facts: string[] }
  | { q: string; smalltalk: true }
  | { q: string; abstain: true };

export interface ScriptedConversation {
  id: string;
  turns: ScriptedTurn[];
  pattern?: string;
}

export interface TurnVerdict {
  right: boolean;
  /** Why not, in a few words, for the dev report. */
  why?: string;
}

export function scoreTurn(turn: ScriptedTurn, got: JsonResult): TurnVerdict {
  if ('smalltalk' in turn) return got.kind === 'smalltalk' ? { right: true } : { right: false, why: `wanted small talk, got ${got.status} ${got.entryId ?? ''}` };
  if ('abstain' in turn) return got.status === 'fallback' && got.kind !== 'smalltalk' ? { right: true } : { right: false, why: `wanted a decline, got ${got.status} ${got.entryId ?? got.kind ?? ''}` };
  if (got.status !== 'answered') return { right: false, why: `not answered (${got.status})` };
  const body = `${got.title ?? ''}\n${got.text}`;
  const missing = turn.facts.filter((f) => !new RegExp(f, 'i').test(body));
  if (missing.length) return { right: false, why: `${got.entryId} lacks /${missing.join('/, /')}/` };
  // The shared scorer's limit on a reply's text, the one `npm run kb:check` holds every answer to.
  if (got.text.length > RENDERED_REPLY_MAX) return { right: false, why: `${got.entryId} is over ${RENDERED_REPLY_MAX} characters` };
  return { right: true };
}

export interface ConversationReport {
  turns: number;
  turnsRight: number;
  conversations: number;
  conversationsRight: number;
  /** pattern tag ("nation", "time"...; a conversation may have several) -> [right throughout, conversations]. */
  byPattern: Map<string, [number, number]>;
  failures: { id: string; turn: number; q: string; why: string }[];
  /** Turn position (1, 2, 3...) -> [right, asked]: first turns test the matcher, later ones the follow-ups. */
  byPosition: Map<number, [number, number]>;
}

export function scoreConversations(conversations: ScriptedConversation[], results: JsonResult[][]): ConversationReport {
  const report: ConversationReport = { turns: 0, turnsRight: 0, conversations: conversations.length, conversationsRight: 0, byPattern: new Map(), failures: [], byPosition: new Map() };
  conversations.forEach((c, i) => {
    let all = true;
    c.turns.forEach((t, k) => {
      const verdict = results[i]?.[k] ? scoreTurn(t, results[i][k]) : { right: false, why: 'no reply' };
      report.turns++;
      const [right, asked] = report.byPosition.get(k + 1) ?? [0, 0];
      report.byPosition.set(k + 1, [right + (verdict.right ? 1 : 0), asked + 1]);
      if (verdict.right) report.turnsRight++;
      else {
        all = false;
        report.failures.push({ id: c.id, turn: k + 1, q: t.q, why: verdict.why ?? '' });
      }
    });
    if (all) report.conversationsRight++;
    for (const tag of (c.pattern ?? '(none)').split(',').map((t) => t.trim())) {
      const [right, total] = report.byPattern.get(tag) ?? [0, 0];
      report.byPattern.set(tag, [right + (all ? 1 : 0), total + 1]);
    }
  });
  return report;
}

/** Reads a JSON-lines file of conversations, naming the line of any that is malformed. */
export function parseConversations(text: string): ScriptedConversation[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      const c = JSON.parse(line) as ScriptedConversation;
      if (!c || !Array.isArray(c.turns) || c.turns.some((t) => typeof t?.q !== 'string')) throw new Error(`line ${n}: expected {"id", "turns": [{"q", ...}]}`);
      return c;
    });
}
