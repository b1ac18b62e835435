// Slack payloads -> the core's Question and ActionEvent. Pure functions over the payload shapes
// Slack sends (https://docs.slack.dev/reference/events/app_mention, .../message.im,
// .../interaction-payloads/block_actions-payload, slash command form fields), so they are tested
// on recorded payloads without a network.
import type { ActionEvent, Question } from '../../src/index.js';
import { decodeActionId } from './action-ids.js';

/** The fields of an app_mention or message event this adapter reads. */
export interface SlackMessageEvent {
  type: string;
  subtype?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
}

/** The fields of a slash command this adapter reads. */
export interface SlackCommandPayload {
  text?: string;
  user_id: string;
  channel_id: string;
  /** The workspace it came from; staff are listed per workspace. */
  team_id?: string;
  channel_name?: string;
}

/** The fields of a block_actions payload this adapter reads. */
export interface SlackBlockActionsPayload {
  user: { id: string };
  channel?: { id: string };
  container?: { type?: string; channel_id?: string; message_ts?: string; thread_ts?: string; is_ephemeral?: boolean };
  message?: { ts: string; thread_ts?: string };
  actions: { action_id: string; value?: string; text?: { text?: string } }[];
}

/** Who the bot is, to recognise its own mention and its own messages. */
export interface BotIdentity {
  botUserId?: string;
  botId?: string;
}

/** The opaque conversation key the core uses to keep follow-ups together. */
export function slackThreadId(channel: string, threadTs: string): string {
  return `slack:${channel}:${threadTs}`;
}

/**
 * A direct message outside a thread is one running conversation, so "how long does that last?"
 * sent as the next message follows on from the previous answer; in channels each thread is one.
 */
export function conversationId(channel: string, isDirect: boolean, threadTs: string | undefined, ts: string): string {
  return isDirect && !threadTs ? slackThreadId(channel, 'dm') : slackThreadId(channel, threadTs ?? ts);
}

/** Slash-command replies are ephemeral and have no ts: one conversation per person per channel. */
export function commandThreadId(channel: string, userId: string): string {
  return slackThreadId(channel, `command-${userId}`);
}

/** Direct messages have ids starting with D; `channel_type` says so when present. */
export function isDirectChannel(channel: string, channelType?: string): boolean {
  return channelType === 'im' || (channelType === undefined && channel.startsWith('D'));
}

/**
 * Only people's own new messages are answered: edits, deletions, joins and other subtypes are
 * not questions, and answering any bot (ourselves included) could start a reply loop.
 */
export function isAnswerableMessage(event: SlackMessageEvent, self: BotIdentity): boolean {
  if (event.subtype !== undefined) return false;
  if (event.bot_id !== undefined) return false;
  if (!event.user) return false;
  if (self.botUserId && event.user === self.botUserId) return false;
  if (self.botId && event.bot_id === self.botId) return false;
  return true;
}

/**
 * The text the person meant: the bot's own mention removed and Slack's markup turned back into
 * what they saw (`<@U1|ann>` -> "@ann", `<https://x|x>` -> "x", `&lt;` -> "<"). The core matches
 * plain words; whatever it echoes back is escaped again by the renderer.
 * https://docs.slack.dev/messaging/formatting-message-text#retrieving-messages
 */
export function questionText(raw: string | undefined, self: BotIdentity = {}): string {
  let text = raw ?? '';
  if (self.botUserId) {
    text = text.replace(new RegExp(`<@${escapeRegExp(self.botUserId)}(\\|[^<>]*)?>`, 'g'), ' ');
  } else {
    // Without the bot's id, a mention at the very start is the one that addressed it.
    text = text.replace(/^\s*<@[UW][A-Z0-9]+(\|[^<>]*)?>/, ' ');
  }
  // Every class below also stops at '<' (Slack sends a literal '<' as &lt;, so none occurs
  // inside real markup): each match attempt then ends at the next '<', keeping the whole pass
  // linear. Stopping only at '>' made 40,000 characters of "<http:" take a quarter of a second.
  text = text
    .replace(/<@([UW][A-Z0-9]+)\|([^<>]*)>/g, '@$2')
    .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
    .replace(/<#([CG][A-Z0-9]+)\|([^<>]*)>/g, '#$2')
    .replace(/<#([CG][A-Z0-9]+)>/g, '#$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^<>]*)>/g, '$1')
    .replace(/<!date\^[^|<>]*\|([^<>]*)>/g, '$1')
    .replace(/<!(here|channel|everyone)(\|[^<>]*)?>/g, '@$1')
    .replace(/<((?:https?|mailto):[^|<>]+)\|([^<>]*)>/g, '$2')
    .replace(/<((?:https?|mailto):[^|<>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return text.replace(/\s+/g, ' ').trim();
}

export function questionFromMessage(event: SlackMessageEvent, self: BotIdentity, receivedAt = new Date()): Question {
  return {
    text: questionText(event.text, self),
    platform: 'slack',
    user: { id: event.user ?? '' },
    channel: { id: event.channel, isDirect: isDirectChannel(event.channel, event.channel_type) },
    threadId: conversationId(event.channel, isDirectChannel(event.channel, event.channel_type), event.thread_ts, event.ts),
    receivedAt,
  };
}

export function questionFromCommand(command: SlackCommandPayload, receivedAt = new Date()): Question {
  return {
    text: questionText(command.text),
    platform: 'slack',
    user: { id: command.user_id },
    channel: {
      id: command.channel_id,
      isDirect: command.channel_name === 'directmessage' || command.channel_id.startsWith('D'),
    },
    threadId: commandThreadId(command.channel_id, command.user_id),
    receivedAt,
  };
}

/** Where the answer to a button press goes. */
export type ReplyTarget =
  | { kind: 'ephemeral' }
  | { kind: 'channel'; channel: string; threadTs?: string };

/** A button press, understood: a core action, or a request to share an answer publicly. */
export type InboundAction =
  /** `renderFrom`: for "more" on an answer cut to fit, the piece to continue from. */
  | { kind: 'core'; event: ActionEvent; target: ReplyTarget; renderFrom?: number }
  | { kind: 'share'; entryId: string; question: Question };

/**
 * Reads a block_actions payload. Presses on ephemeral messages (from /rights) are answered
 * ephemerally again; presses on normal messages are answered in the same thread, or at the top
 * of a direct message conversation. Returns null for buttons this adapter did not render.
 */
export function actionFromBlockActions(body: SlackBlockActionsPayload, receivedAt = new Date()): InboundAction | null {
  const action = body.actions[0];
  const intent = action ? decodeActionId(action.action_id) : null;
  if (!intent) return null;
  const channel = body.channel?.id ?? body.container?.channel_id ?? '';
  const ephemeral = body.container?.is_ephemeral === true || !body.message;
  const messageTs = body.message?.ts ?? body.container?.message_ts ?? '';
  const threadTs = body.message?.thread_ts ?? body.container?.thread_ts;
  const question: Question = {
    text: action.text?.text ?? '',
    platform: 'slack',
    user: { id: body.user.id },
    channel: { id: channel, isDirect: isDirectChannel(channel) },
    threadId: ephemeral ? commandThreadId(channel, body.user.id) : conversationId(channel, isDirectChannel(channel), threadTs, messageTs),
    receivedAt,
  };
  if (intent.kind === 'share') return { kind: 'share', entryId: intent.entryId, question };
  const target: ReplyTarget = ephemeral
    ? { kind: 'ephemeral' }
    : { kind: 'channel', channel, threadTs: threadTs ?? (question.channel.isDirect ? undefined : messageTs) };
  const event: ActionEvent = intent.kind === 'feedback'
    ? { type: 'feedback', vote: intent.vote, entryId: intent.entryId, question }
    : { type: intent.kind === 'clarify' ? 'followUp' : intent.kind, entryId: intent.entryId, question };
  return intent.kind === 'more' && intent.from ? { kind: 'core', event, target, renderFrom: intent.from } : { kind: 'core', event, target };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
