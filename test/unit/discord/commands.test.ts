import { describe, it, expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import type { APIApplicationCommandOption } from 'discord.js';
import { INVITE_PERMISSIONS, adminCommand, askCommand, commands, inviteUrl } from '../../../adapters/discord/commands.js';

// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

function everyOption(options: readonly APIApplicationCommandOption[] = []): APIApplicationCommandOption[] {
  return options.flatMap((o) => [o, ...everyOption('options' in o ? (o.options as APIApplicationCommandOption[] | undefined) : [])]);
}

describe('Discord command definitions', () => {
  it('given /rights, it has a required autocompleting string `question` and an optional boolean `private`', () => {
    expect(askCommand.name).toBe('rights');
    expect(askCommand.options).toEqual([
      expect.objectContaining({ name: 'question', type: ApplicationCommandOptionType.String, required: true, autocomplete: true }),
      expect.objectContaining({ name: 'private', type: ApplicationCommandOptionType.Boolean, required: false }),
    ]);
  });

  it('given /rights-admin, it has the staff subcommands with their options and defaults to Manage Server', () => {
    expect(adminCommand.name).toBe('rights-admin');
    expect(adminCommand.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    const subcommands = Object.fromEntries(
      (adminCommand.options ?? []).map((o) => [o.name, { type: o.type, options: ('options' in o ? o.options ?? [] : []).map((x) => [x.name, x.type, x.required ?? false]) }]),
    );
    expect(subcommands).toEqual({
      unanswered: { type: ApplicationCommandOptionType.Subcommand, options: [] },
      link: { type: ApplicationCommandOptionType.Subcommand, options: [['item', ApplicationCommandOptionType.Integer, true], ['entry', ApplicationCommandOptionType.String, true]] },
      dismiss: { type: ApplicationCommandOptionType.Subcommand, options: [['item', ApplicationCommandOptionType.Integer, true]] },
      stats: { type: ApplicationCommandOptionType.Subcommand, options: [['days', ApplicationCommandOptionType.Integer, false]] },
      stale: { type: ApplicationCommandOptionType.Subcommand, options: [] },
      reload: { type: ApplicationCommandOptionType.Subcommand, options: [] },
    });
  });

  it('given every command and option, names and descriptions are within what Discord accepts', () => {
    for (const command of commands) {
      expect(command.name).toMatch(NAME);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const option of everyOption(command.options)) {
        expect(option.name).toMatch(NAME);
        expect(option.description.length).toBeGreaterThan(0);
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
      expect(JSON.parse(JSON.stringify(command))).toEqual(command); // plain JSON, ready for REST
    }
  });

  it('given the invite permissions, they are View Channels, Send Messages, Send Messages in Threads, Embed Links and Read Message History = 274877991936', () => {
    expect(INVITE_PERMISSIONS).toBe(274877991936n);
    expect(inviteUrl('123456789012345678')).toBe(
      'https://discord.com/oauth2/authorize?client_id=123456789012345678&scope=bot+applications.commands&permissions=274877991936',
    );
  });

  it('given the setup guide, it shows the same invite URL and permission integer as the code', async () => {
    const guide = await readFile(new URL('../../../adapters/discord/SETUP.md', import.meta.url), 'utf8');
    expect(guide).toContain(inviteUrl('YOUR_APPLICATION_ID'));
    expect(guide).toContain(INVITE_PERMISSIONS.toString());
  });
});
