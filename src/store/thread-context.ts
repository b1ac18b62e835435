// What the advisor remembers about a conversation, for follow-ups: the store keeps it as opaque
// JSON, so anything read back is checked here and a malformed value is simply no context.
import type { Need } from '../usage/repeat-of-need.js';

export interface ThreadContext {
  at: string;
  /** The entry last answered in the conversation. */
  entryId?: string;
  /** The last question asked (redacted), so a thumbs-down can say what was asked. */
  question?: string;
  /** A "did you mean" waiting for the person's choice among these entries. */
  clarify?: { options: string[] };
  /** What the last question needed (outcome and words, no text), to tell a re-ask from a follow-up. */
  need?: Need;
}

function asNeed(value: unknown): Need | undefined {
  const n = value as Partial<Need> | undefined;
  if (!n || typeof n !== 'object' || typeof n.at !== 'number' || !['answered', 'clarify', 'fallback'].includes(n.status as string)) return undefined;
  if (!Array.isArray(n.terms) || !n.terms.every((t) => typeof t === 'string')) return undefined;
  return { at: n.at, status: n.status!, terms: n.terms, ...(typeof n.entryId === 'string' ? { entryId: n.entryId } : {}) };
}

export function asThreadContext(state: unknown): ThreadContext | undefined {
  if (!state || typeof state !== 'object' || Array.isArray(state)) return undefined;
  const s = state as Record<string, unknown>;
  if (typeof s.at !== 'string') return undefined;
  const ctx: ThreadContext = { at: s.at };
  if (typeof s.entryId === 'string') ctx.entryId = s.entryId;
  if (typeof s.question === 'string') ctx.question = s.question;
  const clarify = s.clarify as { options?: unknown } | undefined;
  if (clarify && Array.isArray(clarify.options) && clarify.options.every((o) => typeof o === 'string')) ctx.clarify = { options: clarify.options as string[] };
  const need = asNeed(s.need);
  if (need) ctx.need = need;
  return ctx;
}
