// Button identifiers. Every button this adapter renders carries its meaning in `action_id`
// ("rights:<kind>:<entry id>") and the entry id again in `value`, never free text, so a press can
// be understood without the message it came from (ephemeral messages are not sent back to us).

/** What a button asks for. `clarify` is a follow-up chosen to settle an ambiguous question. */
export type ButtonIntent =
  | { kind: 'followUp' | 'clarify' | 'share'; entryId: string }
  /** `from`: the answer was cut to fit Slack; show it again from this piece on. */
  | { kind: 'more'; entryId: string; from?: number }
  | { kind: 'feedback'; vote: 'up' | 'down'; entryId: string };

/** Every action_id this adapter renders starts with this; Bolt routes on it. */
export const ACTION_PREFIX = 'rights:';
export const ACTION_PATTERN = /^rights:/;

export function encodeActionId(intent: ButtonIntent): string {
  if (intent.kind === 'feedback') return `${ACTION_PREFIX}feedback:${intent.vote}:${intent.entryId}`;
  // Entry ids are lowercase letters, digits and hyphens, so '@' cannot be part of one.
  if (intent.kind === 'more' && intent.from) return `${ACTION_PREFIX}more:${intent.entryId}@${intent.from}`;
  return `${ACTION_PREFIX}${intent.kind}:${intent.entryId}`;
}

/** Reads an action_id back; anything not rendered by this adapter gives null. */
export function decodeActionId(actionId: string): ButtonIntent | null {
  const feedback = /^rights:feedback:(up|down):(.+)$/.exec(actionId);
  if (feedback) return { kind: 'feedback', vote: feedback[1] as 'up' | 'down', entryId: feedback[2] };
  const more = /^rights:more:([^@]+)(?:@(\d+))?$/.exec(actionId);
  if (more) return more[2] ? { kind: 'more', entryId: more[1], from: Number(more[2]) } : { kind: 'more', entryId: more[1] };
  const other = /^rights:(followUp|clarify|share):(.+)$/.exec(actionId);
  if (other) return { kind: other[1] as 'followUp' | 'clarify' | 'share', entryId: other[2] };
  return null;
}
