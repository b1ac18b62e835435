// Starts the whole Discord path for integration tests: the fake Discord, the real core on the
// shipped knowledge with a lowdb file in a temp dir, and the bot (the real discord.js Client).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDiscordBot } from '../../adapters/discord/client.js';
import type { DiscordBot } from '../../adapters/discord/client.js';
import type { DiscordCore } from '../../adapters/discord/deps.js';
import { buildCore, createMemoryLogger } from '../../src/index.js';
import type { Core } from '../../src/index.js';
import { APPLICATION_ID, GUILD_ID, STAFF_ROLE_NAME } from './discord-payloads.js';
import { startFakeDiscord } from './fake-discord.js';
import type { FakeDiscord, FakeDiscordOptions } from './fake-discord.js';

export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

export interface Harness {
  fake: FakeDiscord;
  core: Core;
  bot: DiscordBot;
  logger: ReturnType<typeof createMemoryLogger>;
  dataFile: string;
  /** The lowdb file as JSON, read from disk. */
  readData(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  fake?: FakeDiscordOptions;
  /** Replace parts of the real core's advisor (to make it fail, for instance). */
  advisor?: (real: Core['advisor']) => DiscordCore['advisor'];
  /** Extra settings for the core, e.g. ADVISOR_STAFF; they override the harness's own. */
  env?: Record<string, string>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'advisor-discord-'));
  const dataFile = join(dir, 'advisor.json');
  const fake = await startFakeDiscord(options.fake);
  const logger = createMemoryLogger();
  const core = await buildCore({
    env: {
      ADVISOR_KNOWLEDGE_DIR: KNOWLEDGE_DIR,
      ADVISOR_DATA_FILE: dataFile,
      ADVISOR_WATCH_KNOWLEDGE: 'false',
      ADVISOR_STAFF_ROLE: STAFF_ROLE_NAME,
      ADVISOR_DISCORD_GUILDS: GUILD_ID,
      DISCORD_TOKEN: 'fake-bot-token',
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
      // Tests send many questions from one member in a few seconds; the rate-limit tests set their own.
      ADVISOR_QUESTIONS_PER_MINUTE: '100000',
      ADVISOR_VOTES_PER_MINUTE: '100000',
      ...options.env,
    },
    logger,
  });
  const adapterCore: DiscordCore = { advisor: options.advisor ? options.advisor(core.advisor) : core.advisor, logger };
  const bot = createDiscordBot(adapterCore, core.config.discord!);
  try {
    await bot.start();
  } catch (error) {
    await core.close();
    await fake.close();
    throw error;
  }
  return {
    fake,
    core,
    bot,
    logger,
    dataFile,
    readData: async () => JSON.parse(await readFile(dataFile, 'utf8')) as Record<string, unknown>,
    async close() {
      await bot.stop();
      await core.close();
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
