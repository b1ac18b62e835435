// `npm start`: builds the core once and starts every configured platform in this one process
// (sharing one knowledge base and one store), or the terminal chat when none is configured.
import { buildCore, type Core } from '../src/index.js';
import { loadDotEnv } from './cli/env-file.js';
import { explainStartupFailure } from './cli/fail.js';
import { runTerminalChat } from './cli/terminal-chat.js';
import { printErr } from './cli/terminal-output.js';
import { createDiscordBot } from './discord/client.js';
import { createSlackApp } from './slack/app.js';

interface Running {
  name: string;
  stop(): Promise<void>;
}

async function main() {
  loadDotEnv();
  const core = await buildCore();
  const { config, logger } = core;
  if (!config.slack && !config.discord) {
    await runTerminalChat(core);
    await core.close();
    return;
  }

  const running: Running[] = [];
  try {
    if (config.slack) {
      const slack = createSlackApp(core, config.slack);
      await slack.start();
      running.push({ name: 'Slack', stop: () => slack.stop() });
      logger.info(`Slack connected (${config.slack.appToken ? 'Socket Mode' : `HTTP mode on port ${config.slack.port}`})`);
    }
    if (config.discord) {
      const discord = createDiscordBot(core, config.discord);
      await discord.start();
      running.push({ name: 'Discord', stop: () => discord.stop() });
      logger.info('Discord connected');
    }
  } catch (err) {
    // One platform failing to start (bad token, unreachable API) stops everything: a half-up
    // bot is harder to notice than one that refuses to start with a clear message.
    await shutdown(core, running);
    throw err;
  }
  logger.info(`Community Rights Advisor is running on ${running.map((r) => r.name).join(' and ')}; ${core.knowledge.current.kb.entries.length} entries loaded`);

  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    void shutdown(core, running).then(() => process.exit(0));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}

async function shutdown(core: Core, running: Running[]) {
  for (const r of running.reverse()) {
    try {
      await r.stop();
    } catch (err) {
      core.logger.warn(`${r.name} did not stop cleanly`, { err });
    }
  }
  await core.close();
}

main().catch((err) => {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
});
