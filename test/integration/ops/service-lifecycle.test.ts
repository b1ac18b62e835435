// The bot as a supervisor sees it: a health check that answers with JSON, log lines a shipper
// can parse, and SIGTERM letting an answer already in flight reach the person before exiting 0.
import { afterEach, describe, expect, it } from '@jest/globals';
import { askCommandInteraction, APPLICATION_ID } from '../../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, shownText } from '../../helpers/discord-requests.js';
import { startFakeDiscord, type FakeDiscord } from '../../helpers/fake-discord.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';
import { eventEnvelope, nextTs, postSigned } from '../../helpers/slack-signed-requests.js';
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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function getJson(url: string): Promise<{ status: number; type: string | null; body: any }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}

describe('SIGTERM', () => {
  it('given a /rights question in flight when SIGTERM arrives, the answer still reaches Discord, then the process exits 0', async () => {
    fake = await startFakeDiscord();
    bot = startService(discordEnv(fake));
    await bot.waitForLog(/is running on Discord/);
    const payload = askCommandInteraction('how long does an ACV listing last');
    // Discord is slow to take the "thinking…" acknowledgement: the answer is not sent yet.
    const held = fake.holdNext(callbackOf(payload));
    fake.dispatch('INTERACTION_CREATE', payload);
    await fake.waitForRequest(callbackOf(payload));

    bot.child.kill('SIGTERM');
    await bot.waitForLog(/finishing 1 answer\(s\) in flight/);
    await sleep(300);
    expect(bot.running()).toBe(true);
    held.release();

    const answer = await fake.waitForRequest(editOriginalOf(payload), { timeoutMs: 10_000 });
    expect(shownText(answer.body)).toContain('five years');
    expect(await bot.exited).toBe(0);
  }, 60_000);

  it('given Slack in HTTP mode, a mention is answered through the same in-flight tracking, and SIGTERM then exits 0', async () => {
    slackApi = await startFakeSlackApi();
    const port = await freePort();
    const secret = 'fake-signing-secret';
    bot = startService({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: slackApi.apiUrl, PORT: String(port), HOST: '127.0.0.1' });
    await bot.waitForLog(/is running on Slack \(HTTP mode/);
    const { body } = eventEnvelope({ type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts: nextTs(), text: `<@${slackApi.botUserId}> how long does an ACV listing last?` });

    expect((await postSigned({ url: `http://127.0.0.1:${port}/slack/events`, secret, body, contentType: 'application/json' })).status).toBe(200);

    const posted = await slackApi.waitFor(() => slackApi!.callsTo('chat.postMessage')[0], 15_000);
    expect(JSON.stringify(posted.args)).toMatch(/five years/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 60_000);

  it('given nothing in flight, SIGTERM stops the bot at once with exit 0', async () => {
    fake = await startFakeDiscord();
    bot = startService(discordEnv(fake));
    await bot.waitForLog(/is running on Discord/);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).toMatch(/SIGTERM received: stopping/);
  }, 60_000);
});

describe('GET /healthz', () => {
  it('given HEALTH_PORT with Discord connected, it answers 200 JSON with the knowledge version and entries, the store and the connection', async () => {
    fake = await startFakeDiscord();
    const port = await freePort();
    bot = startService({ ...discordEnv(fake), HEALTH_PORT: String(port), HOST: '127.0.0.1' });
    await bot.waitForLog(/is running on Discord/);

    const { status, type, body } = await getJson(`http://127.0.0.1:${port}/healthz`);

    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    expect(body).toMatchObject({ status: 'ok', store: { state: 'ok' }, platforms: { discord: { state: 'connected' } }, inFlight: 0 });
    expect(body.knowledge.version).toMatch(/^[0-9a-f]{16}$/);
    expect(body.knowledge.entries).toBeGreaterThan(50);
  }, 60_000);

  it('given Slack in HTTP mode, it answers on PORT beside /slack/events', async () => {
    slackApi = await startFakeSlackApi();
    const port = await freePort();
    bot = startService({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_SIGNING_SECRET: 'fake-secret', SLACK_API_URL: slackApi.apiUrl, PORT: String(port), HOST: '127.0.0.1' });
    await bot.waitForLog(/is running on Slack \(HTTP mode/);

    const { status, body } = await getJson(`http://127.0.0.1:${port}/healthz`);

    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', platforms: { slack: { state: 'connected', mode: 'http' } } });
  }, 60_000);

  it('given the terminal chat and HEALTH_PORT, it answers too, and a piped question is still answered', async () => {
    const port = await freePort();
    bot = startService({ HEALTH_PORT: String(port), HOST: '127.0.0.1' });
    await sleep(100);
    let health: Awaited<ReturnType<typeof getJson>> | undefined;
    for (let i = 0; i < 100 && !health; i++) health = await getJson(`http://127.0.0.1:${port}/healthz`).catch(() => undefined) ?? (await sleep(100), undefined);
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', platforms: {} } });
    bot.child.stdin!.end('how long does an ACV listing last?\n');
    expect(await bot.exited).toBe(0);
    expect(bot.stdout()).toMatch(/five years/);
  }, 60_000);
});

describe('LOG_FORMAT=json', () => {
  it('given a bot that starts, answers and stops, every line it logs is one JSON object with a level, a time and a message', async () => {
    fake = await startFakeDiscord();
    bot = startService({ ...discordEnv(fake), LOG_FORMAT: 'json', LOG_LEVEL: 'debug' });
    await bot.waitForLog(/is running on Discord/);
    const payload = askCommandInteraction('my email is jo@example.com, how long does an ACV listing last');
    fake.dispatch('INTERACTION_CREATE', payload);
    await fake.waitForRequest(editOriginalOf(payload));
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);

    const lines = bot.stderr().split('\n').filter((l) => l.length > 0);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(parsed).toEqual(expect.objectContaining({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) }));
    }
    expect(bot.stderr()).not.toContain('jo@example.com');
  }, 60_000);

  it('given a setting that stops start-up, the explanation is a JSON line too', async () => {
    bot = startService({ LOG_FORMAT: 'json', SLACK_BOT_TOKEN: 'not-a-token' });
    expect(await bot.exited).toBe(1);
    const lines = bot.stderr().split('\n').filter((l) => l.length > 0);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(bot.stderr()).toContain('SLACK_BOT_TOKEN');
  }, 60_000);
});
