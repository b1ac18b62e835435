// The guided tools through the real Bolt app against the loopback Slack fake, with signed
// requests: a dated question answered in its thread with the calendar uploaded there
// (files.uploadV2), and the moratorium check run by pressing its buttons.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { addDays, format } from 'date-fns';
import { nextTs } from '../../helpers/slack-signed-requests.js';
import { startSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';
import { slackThread } from '../../helpers/slack-thread.js';

type Element = { type: string; action_id?: string; text?: { text: string } };
type Block = { type: string; text?: { text: string }; elements?: Element[] };

/** A block_actions payload for a press on one of the bot's messages in a thread, as Slack sends it. */
function press(actionId: string, where: { channel: string; threadTs?: string; ephemeral?: boolean; responseUrl: string; user?: string }) {
  const messageTs = nextTs();
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'example' },
    user: { id: where.user ?? 'UASKER01', username: 'volunteer', team_id: 'T0001' },
    api_app_id: 'A0001',
    token: 'legacy-verification-token',
    trigger_id: '1.2.abc',
    channel: { id: where.channel, name: 'general' },
    container: { type: 'message', message_ts: messageTs, channel_id: where.channel, is_ephemeral: where.ephemeral === true, ...(where.threadTs ? { thread_ts: where.threadTs } : {}) },
    ...(where.ephemeral ? {} : { message: { type: 'message', bot_id: 'BBOT0001', user: 'UBOT0001', ts: messageTs, thread_ts: where.threadTs, text: '', blocks: [] } }),
    response_url: where.responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value: actionId.split(':').pop(), text: { type: 'plain_text', text: 'label', emoji: true }, action_ts: '1712999999.1' }],
  };
}

const buttons = (blocks: Block[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const buttonFor = (blocks: Block[], label: string) => {
  const found = buttons(blocks).find((e) => e.text?.text === label);
  if (!found?.action_id) throw new Error(`no button "${label}" among ${buttons(blocks).map((e) => e.text?.text).join(' | ')}`);
  return found.action_id;
};

describe('guided tools in Slack', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('given a mention with the date the owner notified the council, it answers in the thread with the dates and uploads their calendar there', async () => {
    const ts = nextTs();
    const start = addDays(new Date(), 7);
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts, text: `<@${h.fake.botUserId}> the owner's notice reached the council on ${format(start, 'd MMMM yyyy')}, when does our window close?` });
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(JSON.stringify(call.args.blocks)).toContain(`Interim moratorium ends: ${format(addDays(start, 41), 'EEEE d MMMM yyyy')}`);
    expect(call.args.files).toBeUndefined();
    const upload = await h.fake.waitFor(() => h.fake.files.find((f) => f.threadTs === ts));
    expect(upload).toMatchObject({ channel: 'CGENERAL1', filename: expect.stringMatching(/\.ics$/) });
    const events = new ICAL.Component(ICAL.parse(upload.content.toString('utf8'))).getAllSubcomponents('vevent');
    expect(events).toHaveLength(3);
  });

  it('given the moratorium check run with buttons as an unincorporated group, it says the group cannot and names who can', async () => {
    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts, text: `<@${h.fake.botUserId}> check if our group can trigger the moratorium` });
    const step = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(JSON.stringify(step.args.blocks)).toContain('What kind of group are you?');
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.postAction(press(buttonFor(step.args.blocks as Block[], 'An informal or unincorporated group (not a charity)'), { channel: 'CGENERAL1', threadTs: ts, responseUrl: h.fake.responseUrl() }));
    const verdict = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').slice(before).find((c) => c.args.thread_ts === ts));
    const text = JSON.stringify(verdict.args.blocks);
    expect(text).toContain('No: an informal group cannot trigger the moratorium');
    expect(text).toMatch(/parish council[^"]*charity[^"]*community benefit society/);
    expect(text).toContain('regulation/12/made');
  });

  it('given the same check answered as a registered charity with a local connection, pressing the buttons in turn, it says the group can', async () => {
    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts, text: `<@${h.fake.botUserId}> check if our group can trigger the moratorium` });
    let message = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    for (const label of ['A charity (registered or not)', 'Yes']) {
      const before = h.fake.callsTo('chat.postMessage').length;
      await h.postAction(press(buttonFor(message.args.blocks as Block[], label), { channel: 'CGENERAL1', threadTs: ts, responseUrl: h.fake.responseUrl() }));
      message = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').slice(before).find((c) => c.args.thread_ts === ts));
    }
    expect(JSON.stringify(message.args.blocks)).toContain('Yes: your group can ask to be treated as a potential bidder');
  });

  it('given the check started in a thread, plain replies typed as a number and as a label pick the options, and the verdict\'s "More detail" posts the answers', async () => {
    const thread = slackThread(h, 'CTOOLS01');
    const step = await thread.say('check if our group can trigger the moratorium', { pressMore: false });
    expect(step.shortText).toContain('What kind of group are you?');
    const next = await thread.say('2', { pressMore: false });
    expect(next.shortText).toContain("Are the group's activities wholly or partly about the council's area");
    const verdict = await thread.say('Yes');
    expect(verdict.title).toBe('Yes: your group can ask to be treated as a potential bidder');
    expect(verdict.shortText).not.toContain('Your answers');
    expect(verdict.fullText).toContain('Your answers');
    expect(verdict.fullText).toContain('A charity (registered or not)');
  });

  it('given a dated question, the first reply has each date with its rule, and "More detail" posts what each date means', async () => {
    const start = addDays(new Date(), 4);
    const reply = await slackThread(h, 'CTOOLS02').say(`the owner's notice reached the council on ${format(start, 'd MMMM yyyy')}, when does our window close?`);
    expect(reply.shortText).toContain(`Interim moratorium ends: ${format(addDays(start, 41), 'EEEE d MMMM yyyy')}`);
    expect(reply.shortText).toContain('Counted as 6 weeks beginning with');
    const fromDay = `If none arrives, the owner may sell from ${format(addDays(start, 42), 'EEEE d MMMM yyyy')}`;
    expect(reply.shortText).not.toContain(fromDay);
    expect(reply.fullText).toContain(fromDay);
  });

  it('given /rights check, it shows the checks privately, and a press starts the chosen check privately', async () => {
    const { responseId } = await h.postCommand('/rights', 'check');
    const menu = await h.fake.waitFor(() => h.fake.responsesTo(responseId)[0]);
    expect(menu.body.response_type).toBe('ephemeral');
    const responseUrl = h.fake.responseUrl();
    const pressId = responseUrl.split('/').pop()!;
    await h.postAction(press(buttonFor(menu.body.blocks as Block[], 'Can our group nominate a building or land?'), { channel: 'CGENERAL1', ephemeral: true, responseUrl }));
    const step = await h.fake.waitFor(() => h.fake.responsesTo(pressId)[0]);
    expect(step.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(step.body.blocks)).toContain('What kind of group are you?');
  });

  it('given a dated /rights question, the private answer has the dates and the calendar goes to the asker\'s direct messages', async () => {
    const start = addDays(new Date(), 3);
    const { responseId } = await h.postCommand('/rights', `the council received our nomination on ${format(start, 'd MMMM yyyy')}`, { userId: 'UASKER77' });
    const answer = await h.fake.waitFor(() => h.fake.responsesTo(responseId)[0]);
    expect(JSON.stringify(answer.body.blocks)).toContain("Council's decision due");
    const opened = await h.fake.waitFor(() => h.fake.callsTo('conversations.open').find((c) => c.args.users === 'UASKER77'));
    expect(opened).toBeTruthy();
    const upload = await h.fake.waitFor(() => h.fake.files.find((f) => f.channel === 'DASKER77'));
    expect(upload.content.toString('utf8')).toContain('BEGIN:VCALENDAR');
  });
});
