// The real Bolt app in HTTP mode, on the real core and shipped knowledge, against a loopback
// fake of Slack: each way a volunteer can ask gets the right answer in the right place.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nextTs } from '../../helpers/slack-signed-requests.js';
import { startSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';

type Block = { type: string; text?: { text: string }; elements?: { type: string; text?: unknown; action_id?: string; value?: string }[] };

const ACV_QUESTION = 'how long does an ACV listing last?';

function blockText(blocks: Block[]): string {
  return JSON.stringify(blocks);
}

function buttons(blocks: Block[]) {
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

describe('Slack adapter over HTTP', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('given an @-mention in a channel, it answers in the message thread with the fact, as blocks plus a text fallback', async () => {
    const ts = nextTs();
    const { status } = await h.postEvent({
      type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts,
      text: `<@${h.fake.botUserId}> ${ACV_QUESTION}`,
    });
    expect(status).toBe(200);
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(call.args.channel).toBe('CGENERAL1');
    expect(call.authorization).toBe('Bearer xoxb-test-token');
    expect(String(call.args.text)).toMatch(/five years/i);
    const blocks = call.args.blocks as Block[];
    expect(blocks.some((b) => b.type === 'section' && /\*five years\*/.test(b.text?.text ?? ''))).toBe(true);
    // The context line: a linked source, the reviewed date and the not-legal-advice notice.
    const context = blockText(blocks.filter((b) => b.type === 'context'));
    expect(context).toMatch(/<https:\/\/www\.legislation\.gov\.uk\/[^|>]+\|[^>]+>/);
    expect(context).toMatch(/reviewed/i);
    expect(context).toMatch(/not legal advice/i);
    const ids = buttons(blocks).map((b) => b.action_id);
    expect(ids).toEqual(expect.arrayContaining(['rights:feedback:up:acv-listing-length', 'rights:feedback:down:acv-listing-length']));
  });

  it('given a mention inside an existing thread, it answers in that thread', async () => {
    const parent = nextTs();
    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts, thread_ts: parent, text: `<@${h.fake.botUserId}> ${ACV_QUESTION}` });
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === parent));
    expect(String(call.args.text)).toMatch(/five years/i);
  });

  it('given a direct message, it answers in the conversation', async () => {
    const ts = nextTs();
    await h.postEvent({ type: 'message', channel_type: 'im', user: 'UASKER01', channel: 'DASKER001', ts, text: ACV_QUESTION });
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'DASKER001'));
    expect(String(call.args.text)).toMatch(/five years/i);
    expect(call.args.thread_ts).toBeUndefined();
  });

  it('given /rights with a question, it answers privately through the response_url with a share button', async () => {
    const { status, responseId } = await h.postCommand('/rights', ACV_QUESTION);
    expect(status).toBe(200);
    const [response] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
    expect(response.body.response_type).toBe('ephemeral');
    expect(String(response.body.text)).toMatch(/five years/i);
    expect(buttons(response.body.blocks as Block[]).map((b) => b.action_id)).toContain('rights:share:acv-listing-length');
    // Nothing was posted publicly.
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CGENERAL1' && /five years/i.test(String(c.args.text)) && !c.args.thread_ts)).toHaveLength(0);
  });
});
