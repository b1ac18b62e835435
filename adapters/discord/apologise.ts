// One error sink per event kind: log with context, then tell the user briefly. Never throws,
// because it is what runs when something already went wrong.
import { MessageFlags } from 'discord.js';
import type { ButtonInteraction, ChatInputCommandInteraction, Message } from 'discord.js';
import { errorContext } from './deps.js';
import type { Logger } from './deps.js';
import { APOLOGY } from './messages.js';
import { renderText } from './render.js';

/**
 * Apologises privately for a failed command or button. A public "thinking…" placeholder is
 * deleted first, so the apology is seen only by the person who asked.
 */
export async function apologiseToInteraction(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  logger: Logger,
  context: Record<string, unknown>,
  error: unknown,
): Promise<void> {
  logger.error('Discord: answering an interaction failed', { ...context, ...errorContext(error) });
  const apology = { ...renderText(APOLOGY), flags: MessageFlags.Ephemeral } as const;
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(apology);
    } else if (interaction.ephemeral) {
      await interaction.editReply(renderText(APOLOGY));
    } else {
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(apology);
    }
  } catch (sendError) {
    logger.warn('Discord: could not send the apology either', { ...context, ...errorContext(sendError) });
  }
}

/** Apologises in reply to a mention or DM whose answer failed. */
export async function apologiseToMessage(message: Message, logger: Logger, context: Record<string, unknown>, error: unknown): Promise<void> {
  logger.error('Discord: answering a message failed', { ...context, ...errorContext(error) });
  try {
    await message.reply({ ...renderText(APOLOGY), allowedMentions: { parse: [], repliedUser: false } });
  } catch (sendError) {
    logger.warn('Discord: could not send the apology either', { ...context, ...errorContext(sendError) });
  }
}
