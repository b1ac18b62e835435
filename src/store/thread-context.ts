// What the advisor remembers about a conversation, for follow-ups: the store keeps it as opaque
// JSON, so anything read back is checked here and a malformed value is simply no context.

export interface ThreadContext {
  at: string;
  /** The entry last answered in the conversation. */
  entryId?: string;
  /** The last question asked (redacted), so a thumbs-down can say what was asked. */
  question?: string;
  /** A "did you mean" waiting for the person's choice among these entries. */
  clarify?: { options: string[] };
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
  return ctx;
}
