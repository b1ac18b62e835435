// A Discord close that reconnecting cannot fix (4004: the token was reset) must stop the bot with
// a non-zero exit and say why and what to do, whether Discord runs alone or beside Slack; a
// process that idles on, or exits 0, is one no supervisor restarts and nobody notices.
import { afterEach, describe, expect, it } from '@jest/globals';
import { startFakeDiscord, type FakeDiscord } from '../../helpers/fake-discord.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { APPLICATION_ID } from '../../helpers/discord-payloads.js';
import { freePort, startService, type ServiceProcess } from './support/service-process.js';

let fake: FakeDiscord | undefined;
let slackApi: FakeSlackApi | undefined;
let bot: ServiceProcess | undefined;
afterEach(async () => {
  await bot?.dispose();
  await fake?.close();
  await slackApi?.close();
  bot = fake = slackApi = undefined;
});

const discordEnv = (f: FakeDiscord) => ({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: f.apiUrl });

describe('a fatal Discord gateway close', () => {
  it('given a Discord-only bot whose token is reset while it runs (close 4004), it exits non-zero naming the cause and the fix', async () => {
    fake = await startFakeDiscord();
    bot = startService(discordEnv(fake));
    await bot.waitForLog(/is running on Discord/);

    fake.dropConnections(4004);

    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/Discord stopped the bot: the bot token was rejected \(gateway close 4004/);
    expect(bot.stderr()).toMatch(/Reset Token, put the new token in DISCORD_TOKEN/);
  }, 60_000);

  it('given Slack in the same process, a 4004 from Discord still stops the whole process non-zero', async () => {
    fake = await startFakeDiscord();
    slackApi = await startFakeSlackApi();
    bot = startService({ ...discordEnv(fake), SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_SIGNING_SECRET: 'fake-secret', SLACK_API_URL: slackApi.apiUrl, PORT: String(await freePort()), HOST: '127.0.0.1' });
    await bot.waitForLog(/is running on Slack .* and Discord/);

    fake.dropConnections(4004);

    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/gateway close 4004/);
  }, 60_000);

  it('given a token Discord refuses at start-up (4004 on IDENTIFY), it exits non-zero with the fix instead of waiting for ever', async () => {
    fake = await startFakeDiscord({ closeIdentifyWith: 4004 });
    bot = startService(discordEnv(fake));

    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/Reset Token/);
    expect(bot.stderr()).not.toMatch(/Unexpected error/);
  }, 60_000);

  it('given an ordinary drop (close 4000), it reconnects and keeps running', async () => {
    fake = await startFakeDiscord();
    bot = startService(discordEnv(fake));
    await bot.waitForLog(/is running on Discord/);

    fake.dropConnections(4000);
    await fake.waitForSessions(2, 15_000);

    expect(bot.running()).toBe(true);
  }, 60_000);
});
