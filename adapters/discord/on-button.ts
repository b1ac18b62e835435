// Button presses: a related topic or clarify choice posts that answer; 👍/👎 is stored against
// the entry by the core and acknowledged only to the person who pressed it.
import { MessageFlags } from 'discord.js';
import type { ButtonInteraction } from 'discord.js';
import { apologiseToInteraction } from './apologise.js';
import type { DiscordCore } from './deps.js';
import { fromButton } from './inbound.js';
import { FEEDBACK_THANKS } from './messages.js';
import { renderReply, renderText } from './render.js';

export async function onButton(core: DiscordCore, interaction: ButtonInteraction): Promise<void> {
  const context = { event: 'button', customId: interaction.customId, guildId: interaction.guildId, channelId: interaction.channelId, interactionId: interaction.id };
  try {
    const event = fromButton(interaction, interaction.customId, buttonLabel(interaction));
    if (!event) {
      // Not one of ours (or an older format): acknowledge silently so Discord shows no error.
      core.logger.warn('Discord: ignoring a button this version did not make', context);
      await interaction.deferUpdate();
      return;
    }
    // Answers to buttons on a private reply stay private; feedback is always private.
    const isPrivate = event.type === 'feedback' || interaction.message.flags.has(MessageFlags.Ephemeral);
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const reply = await core.advisor.act(event);
    if (reply) await interaction.editReply(renderReply(reply));
    else if (event.type === 'feedback') await interaction.editReply(renderText(FEEDBACK_THANKS));
    else await interaction.deleteReply();
  } catch (error) {
    await apologiseToInteraction(interaction, core.logger, context, error);
  }
}

/** The pressed button's label, if discord.js can find the button on the message (it may not). */
function buttonLabel(interaction: ButtonInteraction): string | undefined {
  try {
    const label = (interaction.component as { label?: unknown } | undefined)?.label;
    return typeof label === 'string' ? label : undefined;
  } catch {
    return undefined;
  }
}
