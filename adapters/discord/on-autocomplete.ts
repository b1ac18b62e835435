// Suggestions while someone types: topic titles for /rights question, entry ids for
// /rights-admin link entry. Must answer within 3 seconds, so it only reads the in-memory index.
// https://discord.com/developers/docs/interactions/application-commands#autocomplete
import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../src/index.js';
import { errorContext } from './deps.js';
import type { DiscordCore } from './deps.js';
import { ADMIN_COMMAND, ASK_COMMAND, QUESTION_OPTION } from './commands.js';
import { AUTOCOMPLETE } from './limits.js';
import { truncate } from './text.js';

/** The choices to offer for the focused option. Pure apart from reading the core's index. */
export function autocompleteChoices(
  core: DiscordCore,
  command: string,
  option: string,
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  const matches = core.advisor.suggestTitles(typed, AUTOCOMPLETE.choices).slice(0, AUTOCOMPLETE.choices);
  if (command === ASK_COMMAND && option === QUESTION_OPTION) {
    // The title is itself the question the entry answers, so picking it asks exactly that.
    return matches.map((m) => ({ name: truncate(m.title, AUTOCOMPLETE.choiceName), value: truncate(m.title, AUTOCOMPLETE.choiceValue) }));
  }
  if (command === ADMIN_COMMAND && option === 'entry') {
    return matches
      .filter((m) => m.entryId.length <= AUTOCOMPLETE.choiceValue)
      .map((m) => ({ name: truncate(`${m.title} (${m.entryId})`, AUTOCOMPLETE.choiceName), value: m.entryId }));
  }
  return [];
}

/** Responds with choices; on any failure, logs and offers none rather than leaving Discord waiting. */
export async function onAutocomplete(core: DiscordCore, interaction: AutocompleteInteraction): Promise<void> {
  const context = { event: 'autocomplete', command: interaction.commandName, guildId: interaction.guildId, interactionId: interaction.id };
  let choices: ApplicationCommandOptionChoiceData<string>[] = [];
  try {
    const focused = interaction.options.getFocused(true);
    // What is typed so far; a question longer than the core accepts gains nothing from matching.
    const typed = typeof focused.value === 'string' ? focused.value.slice(0, MAX_QUESTION_CHARS) : '';
    choices = autocompleteChoices(core, interaction.commandName, focused.name, typed);
  } catch (error) {
    core.logger.error('Discord: autocomplete failed', { ...context, ...errorContext(error) });
  }
  try {
    await interaction.respond(choices);
  } catch (error) {
    core.logger.warn('Discord: could not send autocomplete choices', { ...context, ...errorContext(error) });
  }
}
