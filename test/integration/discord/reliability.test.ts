// What a long-running bot meets: rate limits, failures while answering, dropped gateway
// connections, and an application without the privileged Message Content intent (never needed).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { GatewayIntentBits } from 'discord.js';
import { APOLOGY } from '../../../adapters/discord/messages.js';
import { startHarness } from '../../helpers/discord-harness.js';
import type { Harness } from '../../helpers/discord-harness.js';
import { askCommandInteraction, mentionMessage } from '../../helpers/discord-payloads.js';
import { callbackOf, deleteOriginalOf, editOriginalOf, followUpOf, isChannelMessage, replyTo, shownText } from '../../helpers/discord-requests.js';

const EPHEMERAL = 64;

describe('Discord rate limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('given a 429 with retry_after 1 s on the reply, it waits that long, retries, and the answer gets through', async () => {
    const message = mentionMessage('how long does an ACV listing last?');
    h.fake.rateLimitNext(isChannelMessage, 1);
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', message);
    const delivered = await h.fake.waitForRequest(replyTo(message), { since });
    const attempts = h.fake.requests.slice(since).filter(isChannelMessage);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(delivered.at - attempts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(shownText(delivered.body)).toContain('five years');
    expect(h.logger.lines.some((l) => l.includes('rate limit'))).toBe(true);
  });
});

describe('Discord failures while answering', () => {
  let h: Harness;
  let failNext = 0;
  beforeAll(async () => {
    h = await startHarness({
      advisor: (real) => ({
        ...real,
        ask: async (question) => {
          if (failNext > 0) {
            failNext--;
            throw new Error('knowledge index unavailable');
          }
          return real.ask(question);
        },
      }),
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('given the core fails on a public /rights, it removes the placeholder, apologises privately and logs the error with context', async () => {
    failNext = 1;
    const payload = askCommandInteraction('how long does an ACV listing last');
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    await h.fake.waitForRequest(deleteOriginalOf(payload), { since });
    const apology = await h.fake.waitForRequest(followUpOf(payload), { since });
    expect(apology.body.flags).toBe(EPHEMERAL);
    expect(apology.body.content).toBe(APOLOGY);
    expect(apology.body.allowed_mentions).toEqual({ parse: [] });
    const logged = h.logger.lines.find((l) => l.includes('knowledge index unavailable'));
    expect(logged).toContain('ERROR');
    expect(logged).toContain(payload.id);
  });

  it('given the core fails on a private /rights, the apology replaces the private placeholder', async () => {
    failNext = 1;
    const payload = askCommandInteraction('how long does an ACV listing last', { private: true });
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    expect((await h.fake.waitForRequest(callbackOf(payload), { since })).body.data.flags).toBe(EPHEMERAL);
    expect(edit.body.content).toBe(APOLOGY);
  });

  it('given the core fails on a mention, it replies with a short apology, and the next mention is answered', async () => {
    failNext = 1;
    const failing = mentionMessage('how long does an ACV listing last?');
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', failing);
    const apology = await h.fake.waitForRequest(replyTo(failing), { since });
    expect(apology.body.content).toBe(APOLOGY);
    expect(apology.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(h.logger.lines.some((l) => l.includes('answering a message failed') && l.includes(failing.id))).toBe(true);

    const next = mentionMessage('how long does an ACV listing last?');
    h.fake.dispatch('MESSAGE_CREATE', next);
    expect(shownText((await h.fake.waitForRequest(replyTo(next), { since })).body)).toContain('five years');
  });
});

describe('Discord gateway connection', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ fake: { heartbeatIntervalMs: 250 } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('given heartbeats are acknowledged, the connection stays up without reconnecting', async () => {
    const deadline = Date.now() + 5000;
    while (h.fake.heartbeats < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.fake.heartbeats).toBeGreaterThanOrEqual(3);
    expect(h.bot.client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.resumes).toHaveLength(0);
  });

  it('given the gateway connection drops, it resumes the session and keeps answering', async () => {
    h.fake.dropConnections(4000); // "unknown error": resumable, as after a network blip
    await h.fake.waitForSessions(2);
    expect(h.fake.resumes).toEqual([{ sessionId: 'session-1', seq: expect.any(Number) }]);
    const message = mentionMessage('how long does an ACV listing last?');
    h.fake.dispatch('MESSAGE_CREATE', message);
    expect(shownText((await h.fake.waitForRequest(replyTo(message))).body)).toContain('five years');
  });
});

describe('Discord without the privileged Message Content intent', () => {
  let h: Harness;
  beforeAll(async () => {
    // An application whose portal setting is off: the gateway would refuse an IDENTIFY asking for it.
    h = await startHarness({ fake: { refuseIntents: GatewayIntentBits.MessageContent } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('given an application without Message Content, the bot never asks for it: one IDENTIFY, accepted, no privileged intent', () => {
    expect(h.fake.refusedIdentifies).toHaveLength(0);
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.identifies[0]!.intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(h.bot.status().state).toBe('connected');
  });

  it('given a mention in a server channel, it is answered (mentions carry their text without the intent)', async () => {
    const message = mentionMessage('how long does an ACV listing last?');
    h.fake.dispatch('MESSAGE_CREATE', message);
    expect(shownText((await h.fake.waitForRequest(replyTo(message))).body)).toContain('five years');
  });

  it('given /rights, it is answered', async () => {
    const payload = askCommandInteraction('how long does an ACV listing last');
    h.fake.dispatch('INTERACTION_CREATE', payload);
    expect(shownText((await h.fake.waitForRequest(editOriginalOf(payload))).body)).toContain('five years');
  });
});
