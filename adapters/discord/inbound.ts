// Discord events -> the core's neutral values. Pure: these functions read plain fields of the
// objects discord.js hands us (typed structurally below, so tests can feed recorded payloads
// through discord.js or build them by hand) and never call Discord.
import type { ActionEvent, Question } from '../../src/index.js';
import { decodeCustomId } from './custom-id.js';

/** The bot's own identity in a guild: its user id and, if any, its managed role (people pick either when typing "@Bot"). */
export interface BotIdentity {
  userId: string;
  roleIds?: readonly string[];
}

/** The channel an event happened in, as much as Discord told us. */
export interface InboundChannel {
  isThread(): boolean;
  parentId?: string | null;
  /** For a thread: who started it. */
  ownerId?: string | null;
}

/** The fields of a discord.js Message this adapter reads. */
export interface InboundMessage {
  content: string;
  author: { id: string; bot: boolean };
  system: boolean;
  webhookId: string | null;
  channelId: string;
  guildId: string | null;
  createdAt: Date;
  channel: InboundChannel | null;
  mentions: { users: { has(id: string): boolean }; roles: { has(id: string): boolean }; repliedUser?: { id: string } | null };
}

/** The fields of a discord.js interaction this adapter reads. */
export interface InboundInteraction {
  user: { id: string };
  channelId: string | null;
  guildId: string | null;
  createdAt: Date;
  channel: InboundChannel | null;
}

/** What to do with an incoming message or command. */
export type Inbound =
  | { kind: 'ignore'; reason: 'bot' | 'system' | 'not-addressed' | 'malformed' }
  /** Addressed to the bot but with nothing asked (a bare mention): answer with the greeting and help. */
  | { kind: 'help'; question: Question }
  | { kind: 'question'; question: Question };

/** Decides whether a message is for the bot and, if so, what it asks. */
export function fromMessage(message: InboundMessage, bot: BotIdentity): Inbound {
  // discord.js copies the gateway's fields as they come; who and where must be ids to go on.
  if (!isId(message.author?.id) || !isId(message.channelId) || !(message.guildId === null || isId(message.guildId))) return { kind: 'ignore', reason: 'malformed' };
  // Never answer bots, ourselves included: two bots answering each other never stop.
  if (message.author.bot || message.author.id === bot.userId) return { kind: 'ignore', reason: 'bot' };
  if (message.system || message.webhookId) return { kind: 'ignore', reason: 'system' };
  const isDirect = message.guildId === null;
  const mentioned = mentionsBot(message, bot);
  if (!isDirect && !mentioned && !continuesWithBot(message, bot)) return { kind: 'ignore', reason: 'not-addressed' };
  // Without the Message Content intent an unmentioned message arrives empty: nothing to answer.
  if (!isDirect && !mentioned && cleanText(message.content, bot) === '') return { kind: 'ignore', reason: 'not-addressed' };

  const question: Question = {
    // Content of the wrong type reads as nothing asked: the greeting and help, not a crash.
    text: cleanText(typeof message.content === 'string' ? message.content : '', bot),
    platform: 'discord',
    user: { id: message.author.id },
    channel: { id: message.channelId, isDirect },
    threadId: threadIdOf(message.channelId, message.channel, message.author.id, isDirect),
    receivedAt: message.createdAt,
  };
  return question.text === '' ? { kind: 'help', question } : { kind: 'question', question };
}

/** The `/rights question:...` command as a question. */
export function fromCommand(interaction: InboundInteraction, text: unknown): Inbound {
  if (!isId(interaction.user?.id)) return { kind: 'ignore', reason: 'malformed' };
  const question = questionOf(interaction, cleanText(typeof text === 'string' ? text : ''));
  return question.text === '' ? { kind: 'help', question } : { kind: 'question', question };
}

/** A button press as an ActionEvent, or null for a button this adapter did not make. */
export function fromButton(interaction: InboundInteraction, customId: unknown, label?: unknown): ActionEvent | null {
  if (typeof customId !== 'string' || !isId(interaction.user?.id)) return null;
  const intent = decodeCustomId(customId);
  if (!intent) return null;
  const question = questionOf(interaction, typeof label === 'string' ? label.trim() : '');
  return { ...intent, question };
}

/**
 * The conversation key: one per thread ("discord:<parent>:<thread>"), one per member in a channel
 * ("discord:<channel>:member:<user>"), so nobody's follow-up is read against someone else's
 * question, and one per direct message channel, which is one person's.
 */
export function threadIdOf(channelId: string, channel: InboundChannel | null, userId: string, isDirect: boolean): string {
  if (channel?.isThread() && channel.parentId) return `discord:${channel.parentId}:${channelId}`;
  if (isDirect) return `discord:${channelId}`;
  return `discord:${channelId}:member:${userId}`;
}

/**
 * Removes mention markup: the bot's own mention is how people address it, and other users',
 * roles' and channels' ids mean nothing to the core (and are personal data it need not see).
 * https://discord.com/developers/docs/reference#message-formatting
 */
export function cleanText(content: string, bot?: BotIdentity): string {
  let text = content;
  if (bot) {
    text = text.replace(new RegExp(`<@!?${bot.userId}>`, 'g'), ' ');
    for (const roleId of bot.roleIds ?? []) text = text.replaceAll(`<@&${roleId}>`, ' ');
  }
  return text
    .replace(/<@[!&]?\d+>|<#\d+>/g, ' ')
    .replace(/<a?:(\w+):\d+>/g, ':$1:')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:;.\-–—]+/, '')
    .trim();
}

/**
 * A reply to one of the bot's messages, or a message in a thread the bot started, is addressed to
 * it like a mention. (A reply that pings the bot counts as a mention, so Discord sends its text
 * even without the Message Content intent.)
 */
function continuesWithBot(message: InboundMessage, bot: BotIdentity): boolean {
  if (message.mentions.repliedUser?.id === bot.userId) return true;
  return Boolean(message.channel?.isThread() && message.channel.ownerId === bot.userId);
}

function mentionsBot(message: InboundMessage, bot: BotIdentity): boolean {
  // Deliberately not message.mentions.has(bot): by default that also counts @everyone and @here,
  // which would make the bot answer every announcement.
  if (message.mentions.users.has(bot.userId)) return true;
  const content = typeof message.content === 'string' ? message.content : '';
  if (new RegExp(`<@!?${bot.userId}>`).test(content)) return true;
  return (bot.roleIds ?? []).some((id) => message.mentions.roles.has(id) || content.includes(`<@&${id}>`));
}

/** Discord ids are snowflakes: decimal digits. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && /^\d{1,25}$/.test(value);
}

function questionOf(interaction: InboundInteraction, text: string): Question {
  const channelId = isId(interaction.channelId) ? interaction.channelId : 'unknown';
  return {
    text,
    platform: 'discord',
    user: { id: interaction.user.id },
    channel: { id: channelId, isDirect: interaction.guildId === null },
    threadId: threadIdOf(channelId, interaction.channel, interaction.user.id, interaction.guildId === null),
    receivedAt: interaction.createdAt,
  };
}
