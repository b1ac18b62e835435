// What must hold when Slack, or someone pretending to be Slack, misbehaves: forged requests are
// refused, redeliveries are answered once, mention markup never comes back live, oversized
// messages and failures get a reply instead of silence, and the next question is still answered.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SLACK_COPY } from '../../../adapters/slack/copy.js';
import { escapeMrkdwn } from '../../../adapters/slack/mrkdwn.js';
import type { Advisor, Reply } from '../../../src/index.js';
import { eventEnvelope, nextTs, postSigned } from '../../helpers/slack-signed-requests.js';
import { SIGNING_SECRET, startSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';

const ACV_QUESTION = 'how long does an ACV listing last?';
const LIVE_MARKUP = ['<!channel>', '<!everyone>', '<!here>', '<@UVICTIM01>', '<http://evil.example|'];
const HOSTILE = '<!channel> <!everyone> <!here> <@UVICTIM01> <http://evil.example|click me>';

const settle = () => new Promise((r) => setTimeout(r, 300));

/**
 * Everything Slack parses for mentions and links in a posted message: `text` and every mrkdwn
 * text object. (plain_text, used for headers and button labels, is shown literally.)
 */
function posted(args: Record<string, unknown>): string {
  const mrkdwn: string[] = [String(args.text)];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') mrkdwn.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(args.blocks ?? []);
  return mrkdwn.join('\n');
}

/** The plain_text fields (header, button labels), which Slack never parses. */
function plainTexts(args: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'plain_text' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(args.blocks ?? []);
  return out;
}

/** Calls that would put something in front of people (auth.test is Bolt checking its token). */
function postings(h: SlackHarness, from: number) {
  return h.fake.calls.slice(from).filter((c) => c.method !== 'auth.test');
}

function mention(h: SlackHarness, text: string, ts = nextTs()) {
  return { type: 'app_mention', user: 'UASKER01', channel: 'CSAFETY01', ts, text: `<@${h.fake.botUserId}> ${text}` };
}

async function answerIn(h: SlackHarness, threadTs: string) {
  return h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === threadTs));
}

describe('Slack adapter safety over HTTP', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    // Stands in for a core whose reply quotes the asker's words (as a "did you mean" or a staff
    // listing of unanswered questions would), and for a core that fails outright.
    h = await startSlackHarness({
      wrapAdvisor: (advisor): Advisor => ({
        ...advisor,
        async ask(question) {
          if (question.text.includes('please fail')) throw new Error('the matcher fell over');
          if (!question.text.startsWith('echo:')) return advisor.ask(question);
          const quoted = question.text.slice('echo:'.length);
          const reply: Reply = {
            kind: 'answer', title: quoted, entryId: 'acv-listing-length',
            sections: [{ heading: quoted, body: `You asked **${quoted}**\n- ${quoted}` }],
            sources: [{ title: quoted, url: 'https://www.gov.uk/' }],
            followUps: [{ label: quoted, entryId: 'acv-listing-length' }],
            actions: [], notice: quoted, reviewed: '2026-11-21',
          };
          return reply;
        },
      }),
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('given a request signed with the wrong secret, it answers 401 and posts nothing', async () => {
    const before = h.fake.calls.length;
    const { body } = eventEnvelope(mention(h, ACV_QUESTION));
    const res = await postSigned({ url: h.eventsUrl, secret: 'not-the-secret', body, contentType: 'application/json' });
    expect(res.status).toBe(401);
    await settle();
    expect(postings(h, before)).toEqual([]);
    expect(h.fake.responses).toEqual([]);
  });

  it('given a correctly signed request more than five minutes old (a replay), it answers 401 and posts nothing', async () => {
    const before = h.fake.calls.length;
    const { body } = eventEnvelope(mention(h, ACV_QUESTION));
    const res = await postSigned({ url: h.eventsUrl, secret: SIGNING_SECRET, body, contentType: 'application/json', timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await settle();
    expect(postings(h, before)).toEqual([]);
    expect(h.fake.responses).toEqual([]);
  });

  it('given the same event delivered again with retry headers, it replies once', async () => {
    const event = mention(h, ACV_QUESTION);
    const first = await h.postEvent(event);
    await answerIn(h, event.ts);
    const retry = await h.postEvent(event, { eventId: first.eventId, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await settle();
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === event.ts)).toHaveLength(1);
  });

  it('given an App Home event delivered again with retry headers, it publishes the view once', async () => {
    const event = { type: 'app_home_opened', user: 'URETRY001', channel: 'DRETRY001', tab: 'home', event_ts: nextTs() };
    const { eventId } = await h.postEvent(event);
    await h.fake.waitFor(() => h.fake.callsTo('views.publish').find((c) => c.args.user_id === 'URETRY001'));
    await h.postEvent(event, { eventId, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await settle();
    expect(h.fake.callsTo('views.publish').filter((c) => c.args.user_id === 'URETRY001')).toHaveLength(1);
  });

  it('given a retry arriving while the first delivery is still being answered, it replies once', async () => {
    const event = mention(h, ACV_QUESTION);
    const { eventId } = eventEnvelope(event);
    await Promise.all([
      h.postEvent(event, { eventId }),
      h.postEvent(event, { eventId, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
      h.postEvent(event, { eventId, headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } }),
    ]);
    await answerIn(h, event.ts);
    await settle();
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === event.ts)).toHaveLength(1);
  });

  it('given one message delivered both as a mention and as a direct message, it replies once', async () => {
    const ts = nextTs();
    const text = `<@${h.fake.botUserId}> ${ACV_QUESTION}`;
    await Promise.all([
      h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'DBOTH0001', ts, text }),
      h.postEvent({ type: 'message', channel_type: 'im', user: 'UASKER01', channel: 'DBOTH0001', ts, text }),
    ]);
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'DBOTH0001'));
    await settle();
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DBOTH0001')).toHaveLength(1);
  });

  it('given <!channel> and other mention markup in a question, the reply contains none of it live', async () => {
    // Typed as text, Slack sends it entity-escaped; as real mentions, it sends the markup itself.
    for (const text of [HOSTILE, escapeMrkdwn(HOSTILE)]) {
      const event = mention(h, text);
      await h.postEvent(event);
      const reply = await answerIn(h, event.ts);
      for (const markup of LIVE_MARKUP) expect(posted(reply.args)).not.toContain(markup);
    }
  });

  it('given <!channel> in a question that the reply quotes back, every quoted copy is escaped, never live', async () => {
    const event = mention(h, `echo:${escapeMrkdwn(HOSTILE)}`);
    await h.postEvent(event);
    const reply = await answerIn(h, event.ts);
    const all = posted(reply.args);
    for (const markup of LIVE_MARKUP) expect(all).not.toContain(markup);
    // The words are still shown, as text: escaped where Slack parses, literal where it does not.
    expect(all).toContain('&lt;!channel&gt;');
    expect(String(reply.args.text)).toContain('&lt;!channel&gt;');
    expect(plainTexts(reply.args)).toContain(HOSTILE);
  });

  it('given a 50,000-character message, it replies politely and still answers the next question', async () => {
    const long = mention(h, 'why '.repeat(12_500));
    expect(long.text.length).toBeGreaterThan(50_000);
    await h.postEvent(long);
    const polite = await answerIn(h, long.ts);
    // The polite reply is the core's own, for the same text.
    const expected = await h.core.advisor.ask({ text: 'why '.repeat(12_500).trim(), platform: 'slack', user: { id: 'UASKER01' }, channel: { id: 'CSAFETY01', isDirect: false }, threadId: 'slack:CSAFETY01:x', receivedAt: new Date() });
    expect(['info', 'fallback']).toContain(expected.kind);
    expect(String(polite.args.text)).toContain(escapeMrkdwn(expected.sections[0].body).slice(0, 40));
    expect(posted(polite.args).length).toBeLessThan(13_000);

    const next = mention(h, ACV_QUESTION);
    await h.postEvent(next);
    expect(String((await answerIn(h, next.ts)).args.text)).toMatch(/five years/i);
  });

  it('given the core failing while answering, it apologises in the thread, logs the failure with context, and answers the next question', async () => {
    const event = mention(h, 'please fail');
    await h.postEvent(event);
    const apology = await answerIn(h, event.ts);
    expect(apology.args.text).toBe(escapeMrkdwn(SLACK_COPY.apology));
    const logged = h.logger.lines.find((l) => l.includes('ERROR') && l.includes('answering app_mention failed'));
    expect(logged).toContain('CSAFETY01');
    expect(logged).toContain(event.ts);
    expect(logged).toContain('the matcher fell over');

    const next = mention(h, ACV_QUESTION);
    await h.postEvent(next);
    expect(String((await answerIn(h, next.ts)).args.text)).toMatch(/five years/i);
  });

  it('given Slack refusing the answer, it logs Slack\'s reason and posts a plain apology in the thread', async () => {
    h.fake.failNext('chat.postMessage', 'invalid_blocks');
    const event = mention(h, ACV_QUESTION);
    await h.postEvent(event);
    const calls = await h.fake.waitFor(() => {
      const inThread = h.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === event.ts);
      return inThread.length >= 2 && inThread;
    });
    expect(calls[1].args.text).toBe(escapeMrkdwn(SLACK_COPY.apology));
    expect(calls[1].args.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(SLACK_COPY.apology) } }]);
    expect(h.logger.lines.find((l) => l.includes('posting the answer to app_mention failed'))).toContain('invalid_blocks');
  });
});
