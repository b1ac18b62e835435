// `npm run discord:register`: sends the slash command definitions to Discord.
// Settings come from the environment or ./.env, like `npm start`.
import { loadConfig } from '../../src/index.js';
import { readCommandLine } from '../cli/args.js';
import { DISCORD_REGISTER } from '../cli/command-specs.js';
import { loadDotEnv } from '../cli/env-file.js';
import { printErr } from '../cli/terminal-output.js';
import { inviteUrl } from './commands.js';
import { registerCommands } from './register-commands.js';

async function main() {
  if (!readCommandLine(DISCORD_REGISTER)) return;
  loadDotEnv();
  const config = loadConfig(process.env);
  const result = await registerCommands(config.discord);
  const where = result.scope === 'guild' ? `server ${config.discord?.guildId} (available now)` : 'every server (may take up to an hour to appear)';
  console.log(`Registered ${result.names.map((n) => `/${n}`).join(', ')} for ${where}.`);
  if (config.discord?.applicationId) console.log(`Invite the bot with: ${inviteUrl(config.discord.applicationId)}`);
}

main().catch((error) => {
  // Setting errors name the variable and the fix; Discord errors (e.g. 401 for a wrong token) say what Discord said.
  printErr(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
