// `npm run discord:register`: the command definitions PUT to Discord, per server or globally.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { commands } from '../../../adapters/discord/commands.js';
import { MissingDiscordSettingError, registerCommands } from '../../../adapters/discord/register-commands.js';
import { APPLICATION_ID, GUILD_ID } from '../../helpers/discord-payloads.js';
import { startFakeDiscord } from '../../helpers/fake-discord.js';
import type { FakeDiscord } from '../../helpers/fake-discord.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);

/**
 * Runs the register script as `npm run discord:register` would, from an empty working directory
 * so a developer's own .env cannot leak into the test.
 */
async function runRegisterScript(env: Record<string, string>) {
  const cwd = await mkdtemp(join(tmpdir(), 'register-'));
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  try {
    return await run(process.execPath, ['--import', tsx, join(ROOT, 'adapters/discord/register.ts')], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

describe('Discord command registration', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('given DISCORD_GUILD_ID, it replaces the commands of that server (instant) with the bot token', async () => {
    const since = fake.requests.length;
    const result = await registerCommands({ token: 'fake-bot-token', applicationId: APPLICATION_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl });
    expect(result).toEqual({ scope: 'guild', names: ['rights', 'rights-admin'] });
    const [put] = fake.requests.slice(since);
    expect(put!.method).toBe('PUT');
    expect(put!.path).toBe(`/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put!.headers.authorization).toBe('Bot fake-bot-token');
    expect(put!.body).toEqual(JSON.parse(JSON.stringify(commands)));
  });

  it('given no DISCORD_GUILD_ID, it registers globally', async () => {
    const since = fake.requests.length;
    const result = await registerCommands({ token: 'fake-bot-token', applicationId: APPLICATION_ID, apiUrl: fake.apiUrl });
    expect(result.scope).toBe('global');
    expect(fake.requests.slice(since).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v10/applications/${APPLICATION_ID}/commands`]);
  });

  it('given a missing token or application id, it fails naming the variable, before calling Discord', async () => {
    const since = fake.requests.length;
    await expect(registerCommands(undefined)).rejects.toMatchObject({ variable: 'DISCORD_TOKEN' });
    await expect(registerCommands({ token: 't', apiUrl: fake.apiUrl })).rejects.toThrow(MissingDiscordSettingError);
    await expect(registerCommands({ token: 't', apiUrl: fake.apiUrl })).rejects.toThrow(/^DISCORD_APPLICATION_ID is not set/);
    expect(fake.requests.length).toBe(since);
  });

  it('given the npm script run without DISCORD_APPLICATION_ID, it exits non-zero with a message naming it', async () => {
    const failure = await runRegisterScript({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_API_URL: fake.apiUrl }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('DISCORD_APPLICATION_ID is not set');
  });

  it('given the npm script run with every setting, it registers to the server and prints the invite URL', async () => {
    const since = fake.requests.length;
    const { stdout } = await runRegisterScript({ DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl });
    expect(stdout).toContain('Registered /rights, /rights-admin');
    expect(stdout).toContain(`client_id=${APPLICATION_ID}&scope=bot+applications.commands&permissions=274877991936`);
    expect(fake.requests.slice(since).map((r) => r.path)).toEqual([`/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`]);
  });
});
