// The real Bolt app in HTTP mode, on the real core and shipped knowledge, against a loopback
// fake of Slack: each way a volunteer can ask gets the right answer in the right place.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { renderReply } from '../../../adapters/slack/render.js';
import { nextTs } from '../../helpers/slack-signed-requests.js';
import { startSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';

type Block = { type: string; text?: { text: string }; elements?: { type: string; text?: unknown; action_id?: string; value?: string }[] };

const ACV_QUESTION = 'how long does an ACV listing last?';

function blockText(blocks: Block[]): string {
  return JSON.stringify(blocks);
}

/** A block_actions payload for a press on a message, as Slack sends it. */
function press(actionId: string, where: { channel: string; messageTs?: string; threadTs?: string; ephemeral?: boolean; responseUrl: string; user?: string }) {
  const entryId = actionId.split(':').pop();
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'example' },
    user: { id: where.user ?? 'UASKER01', username: 'volunteer', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    trigger_id: '1.2.abc',
    channel: { id: where.channel, name: 'general' },
    container: { type: 'message', message_ts: where.messageTs ?? '1712999999.000001', channel_id: where.channel, is_ephemeral: where.ephemeral === true, ...(where.threadTs ? { thread_ts: where.threadTs } : {}) },
    ...(where.ephemeral ? {} : { message: { type: 'message', bot_id: 'BBOT0001', user: 'UBOT0001', ts: where.messageTs ?? '1712999999.000001', ...(where.threadTs ? { thread_ts: where.threadTs } : {}), text: '', blocks: [] } }),
    response_url: where.responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value: entryId, text: { type: 'plain_text', text: 'label', emoji: true }, action_ts: '1712999999.1' }],
  };
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

  // On its own, "how long does the council have to decide on that?" is read as the ACV nomination
  // decision; only the previous answer makes it about the Right to Challenge.
  it('given a Right to Challenge answer then "how long does the council have to decide on that?" as the next direct message, it answers about the Right to Challenge', async () => {
    await h.postEvent({ type: 'message', channel_type: 'im', user: 'UFOLLOW1', channel: 'DFOLLOW01', ts: nextTs(), text: 'what is the community right to challenge?' });
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DFOLLOW01').length === 1);
    await h.postEvent({ type: 'message', channel_type: 'im', user: 'UFOLLOW1', channel: 'DFOLLOW01', ts: nextTs(), text: 'how long does the council have to decide on that?' });
    const replies = await h.fake.waitFor(() => {
      const posted = h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DFOLLOW01');
      return posted.length === 2 && posted;
    });
    expect(String(replies[1].args.text)).toMatch(/right to challenge/i);
    expect(String(replies[1].args.text)).not.toMatch(/nomination/i);
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

  it('given a follow-up button pressed under an answer in a thread, it posts that entry\'s answer in the same thread', async () => {
    const parent = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts: parent, text: `<@${h.fake.botUserId}> ${ACV_QUESTION}` });
    const answer = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === parent));
    const followUp = buttons(answer.args.blocks as Block[]).find((b) => b.action_id?.startsWith('rights:followUp:'));
    expect(followUp).toBeDefined();
    const entryId = followUp!.value!;
    const title = h.core.advisor.describe().topics.flatMap((t) => t.entries).find((e) => e.entryId === entryId)!.title;

    const before = h.fake.callsTo('chat.postMessage').length;
    const { status } = await h.postAction(press(followUp!.action_id!, { channel: 'CGENERAL1', messageTs: nextTs(), threadTs: parent, responseUrl: h.fake.responseUrl() }));
    expect(status).toBe(200);
    const posted = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').slice(before).find((c) => c.args.thread_ts === parent));
    const header = (posted.args.blocks as Block[]).find((b) => b.type === 'header');
    expect(header?.text?.text).toBe(title);
  });

  it('given a clarify choice pressed, it posts the chosen entry\'s answer in the thread', async () => {
    const parent = nextTs();
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.postAction(press('rights:clarify:acv-listing-length', { channel: 'CGENERAL1', messageTs: nextTs(), threadTs: parent, responseUrl: h.fake.responseUrl() }));
    const posted = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').slice(before).find((c) => c.args.thread_ts === parent));
    expect(String(posted.args.text)).toMatch(/five years/i);
  });

  it('given "more" pressed on an answer that was cut to fit, it posts the rest of that answer in the thread', async () => {
    const parent = nextTs();
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.postAction(press('rights:more:acv-interim-moratorium-6-weeks@1', { channel: 'CGENERAL1', messageTs: nextTs(), threadTs: parent, responseUrl: h.fake.responseUrl() }));
    const posted = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').slice(before).find((c) => c.args.thread_ts === parent));
    const sections = (posted.args.blocks as Block[]).filter((b) => b.type === 'section').map((b) => b.text!.text);
    const full = renderReply((await h.core.advisor.act({ type: 'more', entryId: 'acv-interim-moratorium-6-weeks', question: { text: '', platform: 'slack', user: { id: 'U1' }, channel: { id: 'C1', isDirect: false }, threadId: 'slack:C1:1', receivedAt: new Date() } }))!)
      .blocks.filter((b) => b.type === 'section').map((b) => (b as Block).text!.text);
    expect(full.length).toBeGreaterThan(1);
    expect(sections).toEqual(full.slice(1));
  });

  it('given a button pressed on a private /rights answer, it answers privately through the response_url', async () => {
    const responseUrl = h.fake.responseUrl('private-follow');
    await h.postAction(press('rights:followUp:acv-listing-length', { channel: 'CGENERAL1', ephemeral: true, responseUrl }));
    const [response] = await h.fake.waitFor(() => h.fake.responsesTo('private-follow').length > 0 && h.fake.responsesTo('private-follow'));
    expect(response.body.response_type).toBe('ephemeral');
    expect(response.body.replace_original).toBe(false);
    expect(String(response.body.text)).toMatch(/five years/i);
  });

  it.each([
    ['up', 'rights:feedback:up:acv-listing-length'],
    ['down', 'rights:feedback:down:acv-listing-length'],
  ] as const)('given the %s-vote button pressed, it stores the vote against the entry in the data file and thanks the voter privately', async (vote, actionId) => {
    const responseId = `vote-${vote}`;
    await h.postAction(press(actionId, { channel: 'CGENERAL1', messageTs: nextTs(), threadTs: nextTs(), responseUrl: h.fake.responseUrl(responseId), user: 'UVOTER01' }));
    const [thanks] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
    expect(thanks.body.response_type).toBe('ephemeral');
    expect(thanks.body.replace_original).toBe(false);
    await h.core.flush();
    const votes = (h.readDataFile().votes ?? {}) as Record<string, { vote: string }>;
    // One vote per person per entry, keyed by a salted hash of the voter: the latest press counts.
    const stored = Object.entries(votes).filter(([key]) => key.endsWith(' acv-listing-length'));
    expect(stored.map(([, v]) => v.vote)).toEqual([vote]);
    expect(JSON.stringify(h.readDataFile())).not.toContain('UVOTER01');
  });

  it('given "Share in channel" pressed on a private answer, it posts the answer publicly, says who shared it, and removes the private copy', async () => {
    const responseId = 'share-1';
    await h.postAction(press('rights:share:acv-listing-length', { channel: 'CGENERAL1', ephemeral: true, responseUrl: h.fake.responseUrl(responseId), user: 'USHARER1' }));
    const [shared, removed] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length >= 2 && h.fake.responsesTo(responseId));
    expect(shared.body.response_type).toBe('in_channel');
    expect(String(shared.body.text)).toMatch(/five years/i);
    expect(JSON.stringify(shared.body.blocks)).toContain('<@USHARER1>');
    expect(removed.body.delete_original).toBe(true);
  });

  it('given an empty mention, it replies with the greeting and how to ask', async () => {
    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts, text: `<@${h.fake.botUserId}>` });
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    const { greeting, topics } = h.core.advisor.describe();
    const text = JSON.stringify(call.args.blocks);
    expect(text).toContain(greeting.slice(0, 40));
    expect(text).toContain(topics[0].label);
  });

  it('given the App Home tab opened, it publishes a home view listing the topics', async () => {
    await h.postEvent({ type: 'app_home_opened', user: 'UASKER01', channel: 'DASKER001', tab: 'home', event_ts: nextTs() });
    const call = await h.fake.waitFor(() => h.fake.callsTo('views.publish')[0]);
    expect(call.args.user_id).toBe('UASKER01');
    const view = call.args.view as { type: string; blocks: Block[] };
    expect(view.type).toBe('home');
    for (const topic of h.core.advisor.describe().topics) expect(JSON.stringify(view.blocks)).toContain(topic.label);
  });

  it('given /rights-admin, it passes the command to the core as a Slack actor and answers privately with its reply', async () => {
    const { responseId } = await h.postCommand('/rights-admin', 'unanswered', { userId: 'UNOTSTAFF' });
    const [response] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
    const expected = await h.core.advisor.staff({ platform: 'slack', id: 'UNOTSTAFF' }, 'unanswered');
    expect(response.body.response_type).toBe('ephemeral');
    expect(response.body.blocks).toEqual(renderReply(expected).blocks);
  });

  it('given channel chatter without a mention, bot messages, edits and its own messages, it answers none of them', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.postEvent({ type: 'message', channel_type: 'channel', user: 'UASKER01', channel: 'CGENERAL1', ts: nextTs(), text: ACV_QUESTION });
    await h.postEvent({ type: 'message', channel_type: 'im', subtype: 'bot_message', bot_id: 'BOTHER01', channel: 'DASKER001', ts: nextTs(), text: ACV_QUESTION });
    await h.postEvent({ type: 'message', channel_type: 'im', user: 'UOTHERBOT', bot_id: 'BOTHER01', channel: 'DASKER001', ts: nextTs(), text: ACV_QUESTION });
    await h.postEvent({ type: 'message', channel_type: 'im', user: h.fake.botUserId, bot_id: h.fake.botId, channel: 'DASKER001', ts: nextTs(), text: ACV_QUESTION });
    await h.postEvent({ type: 'message', channel_type: 'im', subtype: 'message_changed', channel: 'DASKER001', ts: nextTs(), message: { user: 'UASKER01', text: ACV_QUESTION } });
    // A real question sent last: once it is answered, the ones before it have had their chance.
    const sentinel = nextTs();
    await h.postEvent({ type: 'message', channel_type: 'im', user: 'UASKER01', channel: 'DSENTINEL', ts: sentinel, text: ACV_QUESTION });
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'DSENTINEL'));
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.callsTo('chat.postMessage').slice(before).map((c) => c.args.channel)).toEqual(['DSENTINEL']);
  });
});
