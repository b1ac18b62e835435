// Mentions in server channels and direct messages -> the core -> a reply to that message.
import type { Message } from 'discord.js';
import { apologiseToMessage } from './apologise.js';
import { errorContext, type DiscordCore } from './deps.js';
import { helpReply } from './help.js';
import { fromMessage } from './inbound.js';
import type { BotIdentity } from './inbound.js';
import { renderReply } from './render.js';

/** Answers a message if it is addressed to the bot; otherwise does nothing. Never rejects. */
export async function onMessage(core: DiscordCore, message: Message): Promise<void> {
  let inbound: ReturnType<typeof fromMessage>;
  try {
    const userId = message.client.user?.id;
    if (!userId) return; // not logged in yet (or any more)
    const botRoleId = message.guild?.members.me?.roles.botRole?.id;
    const bot: BotIdentity = { userId, roleIds: botRoleId ? [botRoleId] : [] };
    inbound = fromMessage(message, bot);
  } catch (error) {
    // Nothing was addressed to anyone yet, so there is nobody to apologise to; never reject.
    core.logger.warn('Discord: could not read a message', { channelId: message.channelId, ...errorContext(error) });
    return;
  }
  if (inbound.kind === 'ignore') {
    if (inbound.reason === 'malformed') core.logger.warn('Discord: ignoring a malformed message', { channelId: String(message.channelId) });
    return;
  }

  const context = { event: inbound.question.channel.isDirect ? 'dm' : 'mention', guildId: message.guildId, channelId: message.channelId, messageId: message.id };
  try {
    const reply = inbound.kind === 'help' ? helpReply(core.advisor.describe()) : await core.advisor.ask(inbound.question);
    // repliedUser false: answering must not ping the asker either.
    await message.reply({ ...renderReply(reply), allowedMentions: { parse: [], repliedUser: false } });
  } catch (error) {
    await apologiseToMessage(message, core.logger, context, error);
  }
}
