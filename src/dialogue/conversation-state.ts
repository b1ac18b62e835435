// What the bot remembers about one conversation (a Slack thread, a Discord member in a channel, a
// terminal session). A plain JSON value: the advisor reads it before answering and saves the next
// one after, so every adapter gets follow-ups for free and the store can keep it as it is.
import type { Need } from '../usage/repeat-of-need.js';

/**
 * A numbered choice the last reply offered: typing its number or label picks it. An entry's label
 * is its title, looked up when needed, so the stored state stays small.
 */
export interface OfferedChoice {
  /** An entry to answer (related topics, "did you mean" options, nearest topics). */
  entryId?: string;
  /** A step choice of a guided flow, for flows that keep their progress in `flow`. */
  option?: string;
  label?: string;
}

/**
 * A saved state means the bot has replied in the conversation (it is written only then), so a
 * Slack thread with one is answered without a new mention; it outlives the topic.
 */
export interface ConversationState {
  /** When the conversation last had a message (ISO); the topic is forgotten contextMinutes later. */
  at: string;
  /** The entry the conversation is about. */
  entryId?: string;
  /**
   * When nothing has been answered yet: the entry nearest a question the bot declined, standing in
   * as the topic so a follow-up ("can the owner fight it?") can be placed.
   */
  near?: string;
  /** Entries answered before the current one, most recent first (a few). */
  recent?: string[];
  /** The conversation's current value of each facet (subject, stage, party, outcome, aspect, and nation once it is not England). */
  facets?: Record<string, string>;
  /** The conversation's own nation ("england" when none) while another is visited as a comparison (nation-aside.ts). */
  nationBefore?: string;
  /** The last question asked (redacted), so a thumbs-down can say what was asked. */
  question?: string;
  /** The choices the last reply numbered, in order; absent after an answer, whose choices are its related entries. */
  offered?: OfferedChoice[];
  /** A "did you mean" waiting for a choice among these entries (the store holds the question for staff). */
  clarify?: { options: string[] };
  /** What the last question needed (outcome and words, no text), to tell a re-ask from a follow-up. */
  need?: Need;
  /** The guided tools' state (tools/tool-flow.ts): a check's progress, what a tool's reply kept for "More detail". Theirs to read. */
  flow?: unknown;
}

/** The state, or undefined when the topic has expired (the saved state itself outlives it). */
export function liveTopic(state: ConversationState | undefined, now: Date, contextMinutes: number): ConversationState | undefined {
  if (!state) return undefined;
  const age = now.getTime() - Date.parse(state.at);
  return Number.isFinite(age) && age <= contextMinutes * 60_000 ? state : undefined;
}

/** A value read back from storage is used only if it has the shape written. */
export function asConversationState(raw: unknown): ConversationState | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const s = raw as ConversationState;
  if (typeof s.at !== 'string') return undefined;
  // A malformed "need" is dropped rather than trusted (it feeds the re-ask count).
  const n = s.need as Partial<Need> | undefined;
  const needOk = !n || (typeof n.at === 'number' && typeof n.status === 'string' && Array.isArray(n.terms) && n.terms.every((t) => typeof t === 'string'));
  if (needOk) return s;
  const { need: _bad, ...rest } = s;
  return rest;
}
