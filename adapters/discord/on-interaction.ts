// Routes an interaction to its handler. Handlers catch their own errors; this never rejects.
import type { Interaction } from 'discord.js';
import { ADMIN_COMMAND, ASK_COMMAND } from './commands.js';
import { errorContext } from './deps.js';
import type { DiscordCore } from './deps.js';
import { onAutocomplete } from './on-autocomplete.js';
import { onButton } from './on-button.js';
import { onAdmin, onAsk } from './on-command.js';

export async function onInteraction(core: DiscordCore, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isAutocomplete()) return await onAutocomplete(core, interaction);
    if (interaction.isButton()) return await onButton(core, interaction);
    if (interaction.isChatInputCommand()) {
      if (interaction.commandName === ASK_COMMAND) return await onAsk(core, interaction);
      if (interaction.commandName === ADMIN_COMMAND) return await onAdmin(core, interaction);
    }
    core.logger.debug('Discord: ignoring an interaction this bot does not handle', { type: interaction.type, interactionId: interaction.id });
  } catch (error) {
    core.logger.error('Discord: unexpected error handling an interaction', { interactionId: interaction.id, ...errorContext(error) });
  }
}
