// Issue 14: "a Slack payload whose `text` is not a string raises an unhandled error." Every
// inbound payload field is type-checked at the edge: a question of the wrong type reads as no
// question (the greeting and help, a polite reply), a payload whose who/where/which-button
// fields are of the wrong type is ignored with a warning naming the field, nothing throws, and
// the next ordinary question is still answered. Real Bolt (HTTP and Socket Mode) and the real
// discord.js client, against the loopback fakes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createSlackApp, type SlackAppHandle } from '../../adapters/slack/app.js';
import { buildCore, createMemoryLogger, type Core } from '../../src/index.js';
import { startHarness, type Harness } from '../helpers/discord-harness.js';
import { adminCommandInteraction, askAutocompleteInteraction, askCommandInteraction, buttonInteraction, mentionMessage } from '../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, replyTo, shownText } from '../helpers/discord-requests.js';
import { startFakeSlackApi, type FakeSlackApi } from '../helpers/fake-slack-api.js';
import { startFakeSlackSocket, type FakeSlackSocket } from '../helpers/fake-slack-socket.js';
import { startSlackHarness, type SlackHarness } from '../helpers/slack-harness.js';
import { nextTs } from '../helpers/slack-signed-requests.js';

const QUESTION = 'how long does an ACV listing last?';
const settle = () => new Promise((r) => setTimeout(r, 300));
const unhandled = (lines: string[]) => lines.filter((l) => /unhandled|unexpected error/i.test(l));

describe('Slack over HTTP: events and button presses with fields of the wrong type', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  async function stillAnswers() {
    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CHOSTILE1', ts, text: `<@${h.fake.botUserId}> ${QUESTION}` });
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(String(call.args.text)).toMatch(/five years/i);
  }

  it.each([
    ['a number', 42],
    ['an object', { text: 'how long does a listing last' }],
    ['a list', ['how', 'long']],
    ['null', null],
  ])('given a mention whose text is %s, it answers politely with the greeting and help, and nothing throws', async (_what, text) => {
    const ts = nextTs();
    const { status } = await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CHOSTILE1', ts, text });
    expect(status).toBe(200);
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(String(call.args.text)).toContain(h.core.knowledge.current.kb.phrases.greeting.slice(0, 30));
    expect(unhandled(h.logger.lines)).toEqual([]);
  });

  it.each([
    ['channel', { type: 'app_mention', user: 'UASKER01', channel: 12345, ts: nextTs(), text: QUESTION }, 'event.channel'],
    ['user', { type: 'app_mention', user: { id: 'UASKER01' }, channel: 'CHOSTILE1', ts: nextTs(), text: QUESTION }, 'event.user'],
    ['ts', { type: 'app_mention', user: 'UASKER01', channel: 'CHOSTILE1', ts: 1712000000.1, text: QUESTION }, 'event.ts'],
    ['a direct message\'s thread_ts', { type: 'message', channel_type: 'im', user: 'UASKER01', channel: 'DHOSTILE1', ts: nextTs(), thread_ts: [1], text: QUESTION }, 'event.thread_ts'],
  ])('given an event whose %s is of the wrong type, it is ignored with a warning naming the field, and the next question is answered', async (_what, event, field) => {
    const before = h.fake.calls.length;
    const { status } = await h.postEvent(event as Record<string, unknown>);
    expect(status).toBe(200);
    await settle();
    expect(h.fake.calls.slice(before).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    expect(h.logger.lines.some((l) => l.includes('slack: ignoring a malformed') && l.includes(field))).toBe(true);
    expect(unhandled(h.logger.lines)).toEqual([]);
    await stillAnswers();
  });

  it.each([
    ['user', { user: 'UASKER01' }, 'user.id'],
    ['container', { container: 'message' }, 'container'],
    ['message ts', { message: { ts: 17 } }, 'message'],
    ['channel', { channel: { id: ['CHOSTILE1'] } }, 'channel.id'],
  ])('given a button press whose %s is of the wrong type, it is ignored with a warning naming the field', async (_what, change, field) => {
    const responseId = `bad-press-${field}`;
    const payload = {
      type: 'block_actions',
      team: { id: 'T0001', domain: 'example' },
      user: { id: 'UASKER01', username: 'volunteer', team_id: 'T0001' },
      api_app_id: 'A0001',
      token: 'legacy-verification-token',
      trigger_id: '1.2.abc',
      channel: { id: 'CHOSTILE1', name: 'general' },
      container: { type: 'message', message_ts: '1712999999.000001', channel_id: 'CHOSTILE1', is_ephemeral: false },
      message: { type: 'message', bot_id: 'BBOT0001', user: 'UBOT0001', ts: '1712999999.000001', text: '', blocks: [] },
      response_url: h.fake.responseUrl(responseId),
      actions: [{ type: 'button', action_id: 'rights:feedback:up:acv-listing-length', block_id: 'b1', value: 'acv-listing-length', text: { type: 'plain_text', text: '👍' }, action_ts: '1712999999.1' }],
      ...change,
    };
    const { status } = await h.postAction(payload);
    expect(status).toBe(200);
    await settle();
    expect(h.fake.responsesTo(responseId)).toEqual([]);
    expect(h.logger.lines.some((l) => l.includes('slack: ignoring a malformed button press') && l.includes(field))).toBe(true);
    expect(unhandled(h.logger.lines)).toEqual([]);
  });

  it('given a press whose actions are not a list at all, Bolt itself refuses it before any listener runs, nothing is posted, and the next question is answered', async () => {
    const before = h.fake.calls.length;
    const { status } = await h.postAction({ type: 'block_actions', user: { id: 'UASKER01' }, actions: { action_id: 'rights:feedback:up:acv-listing-length' }, response_url: h.fake.responseUrl('never') });
    expect(status).toBe(500);
    await settle();
    expect(h.fake.calls.slice(before).filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(h.fake.responsesTo('never')).toEqual([]);
    await stillAnswers();
  });
});

describe('Slack in Socket Mode: slash commands whose text is not a string', () => {
  let socket: FakeSlackSocket;
  let fake: FakeSlackApi;
  let core: Core;
  let slack: SlackAppHandle;
  let dir: string;
  const logger = createMemoryLogger();

  beforeAll(async () => {
    socket = await startFakeSlackSocket();
    fake = await startFakeSlackApi({ socketUrl: () => socket.url });
    dir = mkdtempSync(join(tmpdir(), 'slack-hostile-'));
    core = await buildCore({
      logger,
      env: {
        ADVISOR_KNOWLEDGE_DIR: resolve('knowledge'),
        ADVISOR_DATA_FILE: join(dir, 'advisor.json'),
        ADVISOR_WATCH_KNOWLEDGE: 'false',
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_APP_TOKEN: 'xapp-test-token',
        SLACK_API_URL: fake.apiUrl,
      },
    });
    slack = createSlackApp(core, core.config.slack!, { webApiRetries: 0 });
    await slack.start();
    await socket.connected();
  });
  afterAll(async () => {
    await slack.stop();
    await socket.close();
    await fake.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let envelopes = 0;
  async function command(name: string, text: unknown) {
    const responseId = `socket-${++envelopes}`;
    const ack = await socket.deliver({
      envelope_id: `env-${envelopes}`,
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { command: name, text, user_id: 'UASKER01', channel_id: 'CHOSTILE1', team_id: 'T0001', channel_name: 'general', response_url: fake.responseUrl(responseId), trigger_id: '1.2.abc', api_app_id: 'A0001' },
    });
    expect(ack.envelope_id).toBe(`env-${envelopes}`);
    const [response] = await fake.waitFor(() => fake.responsesTo(responseId).length > 0 && fake.responsesTo(responseId));
    return JSON.stringify(response.body);
  }

  it('given /rights with a number for its text, it replies with the greeting and help', async () => {
    expect(await command('/rights', 42)).toContain(core.knowledge.current.kb.phrases.greeting.slice(0, 30));
    expect(unhandled(logger.lines)).toEqual([]);
  });

  it('given /rights-admin with an object for its text, it replies politely (this member is not staff) instead of throwing', async () => {
    expect(await command('/rights-admin', { verb: 'unanswered' })).toContain(core.knowledge.current.kb.phrases.notStaff.slice(0, 30));
    expect(unhandled(logger.lines)).toEqual([]);
    expect(await command('/rights', QUESTION)).toMatch(/five years/i);
  });
});

describe('Discord: gateway payloads with fields of the wrong type (real discord.js client)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  const greeting = () => h.core.knowledge.current.kb.phrases.greeting.slice(0, 30);

  async function interact(payload: { id: string; token: string }) {
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitForRequest(callbackOf(payload), { since });
    return { callback, since };
  }

  it('given a mention whose content is a number, it answers with the greeting and help, and the next mention is answered', async () => {
    const payload = { ...mentionMessage(''), content: 12345 };
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', payload);
    expect(shownText((await h.fake.waitForRequest(replyTo(payload), { since })).body)).toContain(greeting());

    const next = mentionMessage(QUESTION);
    h.fake.dispatch('MESSAGE_CREATE', next);
    expect(shownText((await h.fake.waitForRequest(replyTo(next), { since })).body)).toMatch(/five years/i);
    expect(unhandled(h.logger.lines)).toEqual([]);
  });

  it('given /rights whose question is a number, it answers with the greeting and help, not an apology', async () => {
    const base = askCommandInteraction('x');
    const payload = { ...base, data: { ...base.data, options: [{ name: 'question', type: 3, value: 42 }] } };
    const { since } = await interact(payload);
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    expect(shownText(edit.body)).toContain(greeting());
    expect(h.logger.lines.filter((l) => l.includes('answering an interaction failed'))).toEqual([]);
  });

  it('given /rights-admin whose item is sent as text, it answers with the usage, not an apology', async () => {
    const payload = adminCommandInteraction('dismiss', [{ name: 'item', type: 3, value: 'twelve' }]);
    const { since } = await interact(payload);
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    expect(shownText(edit.body)).not.toMatch(/something went wrong/i);
    expect(h.logger.lines.filter((l) => l.includes('answering an interaction failed'))).toEqual([]);
  });

  it.each([
    ['a number', 42],
    ['100,000 characters', 'listing '.repeat(12_500)],
  ])('given autocomplete for /rights whose typed value is %s, it offers choices and nothing fails', async (_what, value) => {
    const base = askAutocompleteInteraction('x');
    const payload = { ...base, data: { ...base.data, options: [{ name: 'question', type: 3, value, focused: true }] } };
    const { callback } = await interact(payload);
    expect(callback.body.type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    expect(Array.isArray(callback.body.data.choices)).toBe(true);
    expect(h.logger.lines.filter((l) => l.includes('autocomplete failed'))).toEqual([]);
  });

  it('given a button whose custom_id is a number, it is acknowledged silently and nothing fails', async () => {
    const base = buttonInteraction('cra1:up:acv-listing-length', '👍');
    const payload = { ...base, data: { ...base.data, custom_id: 12345 } };
    const { callback } = await interact(payload);
    expect(callback.body.type).toBe(6); // DEFERRED_UPDATE_MESSAGE: no reply, no error shown
    await settle();
    expect(h.logger.lines.filter((l) => l.includes('answering an interaction failed'))).toEqual([]);
  });
});
