// Issue 14: "A fatal Discord gateway close (4004 token reset, 4010, 4013) ends a Discord-only
// process with exit code 0, so a supervisor does not restart it." The bot runs as a real process
// against the loopback Discord fake, which then closes the gateway with each of those codes: the
// process must stop non-zero, naming the close code and what to do about it.
import { afterEach, describe, expect, it } from '@jest/globals';
import { APPLICATION_ID } from '../helpers/discord-payloads.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.js';
import { startService, type ServiceProcess } from '../integration/ops/support/service-process.js';

let fake: FakeDiscord | undefined;
let bot: ServiceProcess | undefined;
afterEach(async () => {
  await bot?.dispose();
  await fake?.close();
  bot = fake = undefined;
});

describe('a fatal Discord gateway close while the bot runs', () => {
  it.each([
    [4004, /DISCORD_TOKEN/],
    [4010, /shard/i],
    [4013, /report it/i],
  ])('given close %i, the process exits non-zero naming the code and the fix', async (code, fix) => {
    fake = await startFakeDiscord();
    bot = startService({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: fake.apiUrl });
    await bot.waitForLog(/is running on Discord/);

    fake.dropConnections(code);

    expect(await bot.exited).not.toBe(0);
    expect(bot.stderr()).toContain(`gateway close ${code}`);
    expect(bot.stderr()).toMatch(fix);
  }, 60_000);
});
