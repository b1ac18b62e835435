// `npm start`: builds the core once and starts every configured platform in this process, or
// the terminal chat when none is configured.
import { buildCore } from '../src/index.js';
import { loadDotEnv } from './cli/env-file.js';
import { explainStartupFailure } from './cli/fail.js';
import { runTerminalChat } from './cli/terminal-chat.js';

async function main() {
  loadDotEnv();
  const core = await buildCore();
  const { config, logger } = core;
  if (!config.slack && !config.discord) {
    await runTerminalChat(core);
    await core.close();
    return;
  }
  logger.info('no platform adapters are wired yet');
  await core.close();
}

main().catch((err) => {
  console.error(explainStartupFailure(err));
  process.exitCode = 1;
});
