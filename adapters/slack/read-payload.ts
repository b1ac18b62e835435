// Slack sends events, Socket Mode envelopes and interaction payloads as JSON, so any field can
// arrive with any type (a proxy's bug, a replayed or hand-made request). Each listener reads its
// payload through one of these first: routing fields (who, where, which button) of the wrong
// type make the payload unreadable, and it is ignored with a warning naming the field; a
// question's `text` of the wrong type reads as no text, which gets the greeting and help.
import type { SlackBlockActionsPayload, SlackCommandPayload, SlackMessageEvent } from './inbound.js';

export type Read<T> = { ok: true; value: T } | { ok: false; field: string };

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const optionalString = (v: unknown) => v === undefined || v === null || isString(v);
/** Slack's ids and timestamps are short; anything longer is not one of them. */
const isId = (v: unknown): v is string => isString(v) && v.length > 0 && v.length <= 255;
const optionalId = (v: unknown) => v === undefined || v === null || isId(v);

/** The first field failing its check, if any. */
function firstBad(fields: Fields, checks: Record<string, (v: unknown) => boolean>, prefix = ''): string | undefined {
  for (const [name, check] of Object.entries(checks)) if (!check(fields[name])) return prefix + name;
  return undefined;
}

const orUndefined = (v: unknown) => (isString(v) ? v : undefined);

export function readMessageEvent(raw: unknown): Read<SlackMessageEvent> {
  if (!isObject(raw)) return { ok: false, field: 'event' };
  const bad = firstBad(raw, { type: isString, channel: isId, ts: isId, user: optionalId, bot_id: optionalId, subtype: optionalString, channel_type: optionalString, thread_ts: optionalId });
  if (bad) return { ok: false, field: `event.${bad}` };
  return {
    ok: true,
    value: {
      type: raw.type as string,
      channel: raw.channel as string,
      ts: raw.ts as string,
      text: orUndefined(raw.text),
      user: orUndefined(raw.user),
      bot_id: orUndefined(raw.bot_id),
      subtype: orUndefined(raw.subtype),
      channel_type: orUndefined(raw.channel_type),
      thread_ts: orUndefined(raw.thread_ts),
    },
  };
}

export function readCommand(raw: unknown): Read<SlackCommandPayload> {
  if (!isObject(raw)) return { ok: false, field: 'command' };
  const bad = firstBad(raw, { user_id: isId, channel_id: isId, team_id: optionalId, channel_name: optionalString });
  if (bad) return { ok: false, field: bad };
  return {
    ok: true,
    value: {
      text: isString(raw.text) ? raw.text : '',
      user_id: raw.user_id as string,
      channel_id: raw.channel_id as string,
      team_id: orUndefined(raw.team_id),
      channel_name: orUndefined(raw.channel_name),
    },
  };
}

export function readBlockActions(raw: unknown): Read<SlackBlockActionsPayload> {
  if (!isObject(raw)) return { ok: false, field: 'payload' };
  if (!isObject(raw.user) || !isId(raw.user.id)) return { ok: false, field: 'user.id' };
  if (!Array.isArray(raw.actions) || !isObject(raw.actions[0]) || !isId(raw.actions[0].action_id)) return { ok: false, field: 'actions' };
  if (raw.channel !== undefined && (!isObject(raw.channel) || !isId(raw.channel.id))) return { ok: false, field: 'channel.id' };
  const container = raw.container;
  if (container !== undefined && !isObject(container)) return { ok: false, field: 'container' };
  const badContainer = container && firstBad(container, { type: optionalString, channel_id: optionalId, message_ts: optionalId, thread_ts: optionalId, is_ephemeral: (v) => v === undefined || typeof v === 'boolean' }, 'container.');
  if (badContainer) return { ok: false, field: badContainer };
  const message = raw.message;
  if (message !== undefined && (!isObject(message) || !isId(message.ts) || !optionalId(message.thread_ts))) return { ok: false, field: 'message' };
  const action = raw.actions[0];
  const label = isObject(action.text) && isString(action.text.text) ? action.text.text : undefined;
  return {
    ok: true,
    value: {
      user: { id: raw.user.id },
      ...(raw.channel ? { channel: { id: (raw.channel as Fields).id as string } } : {}),
      ...(container ? { container: container as SlackBlockActionsPayload['container'] } : {}),
      ...(message ? { message: { ts: message.ts as string, thread_ts: orUndefined(message.thread_ts) } } : {}),
      actions: [{ action_id: action.action_id as string, value: orUndefined(action.value), text: { text: label } }],
    },
  };
}
