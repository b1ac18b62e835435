// Button identifiers. Every button this adapter renders carries its meaning in `action_id`
// ("rights:<kind>:<entry id>") and the entry id again in `value`, never free text, so a press can
// be understood without the message it came from (ephemeral messages are not sent back to us).

/** What a button asks for. `clarify` is a follow-up chosen to settle an ambiguous question. */
export type ButtonIntent =
  | { kind: 'followUp' | 'clarify' | 'more' | 'share'; entryId: string }
  | { kind: 'feedback'; vote: 'up' | 'down'; entryId: string };

/** Every action_id this adapter renders starts with this; Bolt routes on it. */
export const ACTION_PREFIX = 'rights:';
export const ACTION_PATTERN = /^rights:/;

export function encodeActionId(intent: ButtonIntent): string {
  return intent.kind === 'feedback'
    ? `${ACTION_PREFIX}feedback:${intent.vote}:${intent.entryId}`
    : `${ACTION_PREFIX}${intent.kind}:${intent.entryId}`;
}

/** Reads an action_id back; anything not rendered by this adapter gives null. */
export function decodeActionId(actionId: string): ButtonIntent | null {
  const feedback = /^rights:feedback:(up|down):(.+)$/.exec(actionId);
  if (feedback) return { kind: 'feedback', vote: feedback[1] as 'up' | 'down', entryId: feedback[2] };
  const other = /^rights:(followUp|clarify|more|share):(.+)$/.exec(actionId);
  if (other) return { kind: other[1] as 'followUp' | 'clarify' | 'more' | 'share', entryId: other[2] };
  return null;
}
