// `npm run start:shards`: runs the Discord bot as several shard processes on this machine, for a
// bot in more servers than one gateway connection may serve (Discord requires sharding from
// 2,500 servers). DISCORD_SHARDS sets how many (`auto`: Discord's recommendation). Each shard is
// the ordinary bot (`run.mjs start`) for Discord only, with its health check on HEALTH_PORT + its
// shard id. SIGTERM or SIGINT stops every shard gracefully and exits 0; a shard that cannot
// continue stops them all and exits 1 with its reason. See "Deploying" in README.md.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, configuredLogger, loadConfig } from '../../src/index.js';
import { readCommandLine } from '../cli/args.js';
import { DISCORD_SHARDS } from '../cli/command-specs.js';
import { loadDotEnv } from '../cli/env-file.js';
import { reportStartupFailure } from '../service/startup-failure.js';
import { shardCount } from './shard-count.js';
import { shardSettings } from './shard-env.js';
import { superviseShards } from './supervise-shards.js';

/** run.mjs, from the source (adapters/discord/) or from a build (dist/adapters/discord/). */
const RUN_SCRIPT = ['../run.mjs', '../../../adapters/run.mjs'].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p));

async function main() {
  if (!readCommandLine(DISCORD_SHARDS)) return;
  loadDotEnv();
  const config = loadConfig(process.env);
  if (!config.discord) throw new ConfigError('DISCORD_TOKEN', 'DISCORD_TOKEN is missing: the shard launcher runs the Discord bot, so it needs the bot token (Discord developer portal -> your application -> Bot).');
  const logger = configuredLogger(config);
  const count = await shardCount(config.discord);
  const { blanked } = shardSettings(process.env, 0);
  logger.info(`starting ${count} Discord shard(s)${config.discord.shards === 'auto' ? ' (the count Discord recommends)' : ''}; each runs Discord only${blanked.length ? `, without ${blanked.join(', ')} (run Slack with npm start in its own process)` : ''}`);
  if (count > 1 && !config.databaseUrl) {
    // Safe: the data file is locked and re-read around every write, so processes on one machine share it.
    logger.info(`the ${count} shards share the data file ${config.dataFile}, which is safe on this machine; to run shards on several machines, use PostgreSQL (ADVISOR_DATABASE_URL)`);
  }
  for (let id = 0; id < count; id++) {
    const port = shardSettings(process.env, id).healthPort;
    if (port !== undefined) logger.info(`Discord shard ${id} serves its health check on port ${port}`);
  }

  const shards = superviseShards({ file: RUN_SCRIPT!, args: ['start'], count, token: config.discord.token, settingsFor: (id) => shardSettings(process.env, id).overrides, logger });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => shards.stop(`${signal} received`, 0));
  if (await shards.started) logger.info(`all ${count} Discord shard(s) connected`);
  process.exitCode = await shards.finished;
  logger.info('every Discord shard has stopped');
}

main().catch((err) => {
  reportStartupFailure(err);
  process.exitCode = 1;
});
