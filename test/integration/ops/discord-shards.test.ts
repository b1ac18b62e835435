// `npm run start:shards`: the Discord bot as several shard processes under discord.js's
// ShardingManager, against the loopback Discord fake. Each shard identifies as its own [id, count],
// answers what its own gateway connection delivers, runs Discord only and serves its own health
// check; SIGTERM stops them all with exit 0; a shard that dies is started again; a close Discord
// will not recover from (4004) stops the launcher non-zero with the reason instead of looping.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import { startFakeDiscord, type FakeDiscord } from '../../helpers/fake-discord.js';
import { APPLICATION_ID, askCommandInteraction, DM_CHANNEL_ID, messageCreate } from '../../helpers/discord-payloads.js';
import { editOriginalOf, shownText } from '../../helpers/discord-requests.js';
import { freePort, startService, type ServiceProcess } from './support/service-process.js';

let fake: FakeDiscord | undefined;
let launcher: ServiceProcess | undefined;
afterEach(async () => {
  await launcher?.dispose();
  await fake?.close();
  launcher = fake = undefined;
});

/** Two shards start 5.5 s apart (Discord's session start limit), each loading the knowledge. */
const TIMEOUT_MS = 150_000;
const READY_MS = 90_000;

const discordEnv = (f: FakeDiscord, shards: string) => ({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: f.apiUrl, DISCORD_SHARDS: shards });
const startShards = (env: NodeJS.ProcessEnv) => startService({ ...env, HOST: '127.0.0.1' }, { command: 'discord:shards' });

/** A port p with p + 1 free too, for HEALTH_PORT with two shards. */
async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await freePort();
    const next = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port + 1, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (next) return port;
  }
}

async function until(check: () => boolean, timeoutMs = 20_000) {
  for (const end = Date.now() + timeoutMs; !check(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error(`not true within ${timeoutMs} ms: ${check}`);
  }
}

const isDmReply = (r: { method: string; path: string }) => r.method === 'POST' && r.path === `/api/v10/channels/${DM_CHANNEL_ID}/messages`;
const pidOf = (line: string) => Number(/"pid":(\d+)/.exec(line)?.[1]);

describe('the Discord shard launcher', () => {
  it('given DISCORD_SHARDS=2 and Slack settings, two Discord-only shards identify as [0,2] and [1,2], each answers its own connection and serves its own health check, and SIGTERM stops them all with exit 0', async () => {
    fake = await startFakeDiscord();
    const health = await freePortPair();
    launcher = startShards({ ...discordEnv(fake, '2'), SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_SIGNING_SECRET: 'fake-secret', PORT: String(await freePort()), HEALTH_PORT: String(health) });
    await launcher.waitForLog(/all 2 Discord shard\(s\) connected/, READY_MS);

    expect(fake.identifies.map((i) => i.shard)).toEqual([[0, 2], [1, 2]]);
    expect(launcher.stderr()).toMatch(/each runs Discord only, without SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET/);
    // Each shard reports "connected" to the launcher a moment before it logs that it is running.
    await until(() => launcher!.stderr().match(/is running on Discord;/g)?.length === 2);
    expect(launcher.stderr()).not.toMatch(/running on Slack/);
    for (const port of [health, health + 1]) {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(res.status).toBe(200);
      expect(Object.keys((await res.json()).platforms)).toEqual(['discord']);
    }

    // Discord delivers DMs on shard 0; a guild's events on the shard its id maps to.
    const dm = messageCreate('how long does an ACV listing last', { in: 'dm' });
    fake.dispatchToShard(0, 'MESSAGE_CREATE', dm);
    const dmReply = await fake.waitForRequest(isDmReply, { timeoutMs: 20_000 });
    expect(shownText(dmReply.body)).toContain('five years');
    const command = askCommandInteraction('how long does an ACV listing last');
    fake.dispatchToShard(1, 'INTERACTION_CREATE', command);
    expect(shownText((await fake.waitForRequest(editOriginalOf(command), { timeoutMs: 20_000 })).body)).toContain('five years');
    expect(fake.requests.filter(isDmReply)).toHaveLength(1);

    launcher.child.kill('SIGTERM');
    expect(await launcher.exited).toBe(0);
    expect(launcher.stderr()).toMatch(/every Discord shard has stopped/);
    expect(launcher.stderr().match(/INFO  stopped/g)).toHaveLength(2);
  }, TIMEOUT_MS);

  it('given SIGTERM sent to the launcher and every shard at once (systemd stops the whole group), every shard still stops gracefully and the launcher exits 0', async () => {
    fake = await startFakeDiscord();
    launcher = startShards(discordEnv(fake, '2'));
    await launcher.waitForLog(/all 2 Discord shard\(s\) connected/, READY_MS);
    const shards = [0, 1].map((id) => pidOf(launcher!.stderr().split('\n').find((l) => l.includes(`Discord shard ${id} started`))!));

    for (const pid of [launcher.child.pid!, ...shards]) process.kill(pid, 'SIGTERM');

    expect(await launcher.exited).toBe(0);
    expect(launcher.stderr().match(/INFO  stopped/g)).toHaveLength(2);
    expect(launcher.stderr()).not.toMatch(/stopping now/);
  }, TIMEOUT_MS);

  it('given DISCORD_SHARDS=auto, it runs the count the configured API recommends; a shard that dies is started again, and a 4004 close then stops the launcher non-zero with the fix', async () => {
    fake = await startFakeDiscord({ recommendedShards: 2 });
    launcher = startShards(discordEnv(fake, 'auto'));
    await launcher.waitForLog(/all 2 Discord shard\(s\) connected/, READY_MS);
    expect(fake.requests.find((r) => r.path === '/api/v10/gateway/bot')?.headers.authorization).toBe('Bot fake-bot-token');

    process.kill(pidOf(await launcher.waitForLog(/Discord shard 1 started/)), 'SIGKILL');
    await launcher.waitForLog(/Discord shard 1 stopped unexpectedly; starting it again/);
    await fake.waitForSessions(3, READY_MS);
    expect(fake.identifies[2]!.shard).toEqual([1, 2]);
    expect(launcher.running()).toBe(true);

    fake.dropConnections(4004);

    expect(await launcher.exited).toBe(1);
    expect(launcher.stderr()).toMatch(/Discord shard \d cannot continue: Discord stopped the bot: the bot token was rejected \(gateway close 4004/);
    expect(launcher.stderr()).toMatch(/Reset Token, put the new token in DISCORD_TOKEN/);
    expect(fake.identifies).toHaveLength(3);
  }, TIMEOUT_MS);

  it('given a token Discord refuses at IDENTIFY, the first shard cannot start and the launcher exits 1 instead of starting it again and again', async () => {
    fake = await startFakeDiscord({ closeIdentifyWith: 4004 });
    launcher = startShards(discordEnv(fake, '2'));

    expect(await launcher.exited).toBe(1);
    expect(launcher.stderr()).toMatch(/Reset Token/);
    expect(launcher.stderr().match(/Discord shard \d started/g)).toHaveLength(1);
  }, TIMEOUT_MS);
});
