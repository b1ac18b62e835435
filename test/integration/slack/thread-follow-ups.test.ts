// Follow-ups in Slack threads through the real Bolt app and the loopback fake: once the bot has
// answered in a thread, a plain reply there is answered with the thread's context; other threads,
// replies addressed to someone else and bots' messages get nothing; the first reply is the short
// answer with a "More detail" button that posts the rest; and it all survives a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { renderReply } from '../../../adapters/slack/render.js';
import { nextTs } from '../../helpers/slack-signed-requests.js';
import { startSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';
import { postsIn, slackThread } from '../../helpers/slack-thread.js';

/** Answer text Slack may show in the first reply (the budget: about 900 characters). */
const FIRST_REPLY_BUDGET = 900;

describe('Slack: conversations in a thread', () => {
  let h: SlackHarness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'slack-threads-'));
    h = await startSlackHarness({ env: { ADVISOR_DATA_FILE: join(dir, 'advisor.json') } });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given the bot answered a mention in a thread, a plain reply there is answered with the thread\'s context', async () => {
    const thread = slackThread(h, 'CTHREADS1');
    const first = await thread.say('who can nominate an asset of community value?', { pressMore: false });
    expect(first.entryId).toBe('acv-who-can-nominate');

    const wales = await thread.say('does that apply in Wales too?', { pressMore: false });
    expect(wales.entryId).toBe('wales-community-rights');
    expect(wales.shortText).toMatch(/Wales/);
  });

  it('given a plain message in a thread the bot never answered in, a reply addressed to someone else, and bots\' messages, it answers none of them', async () => {
    const thread = slackThread(h, 'CTHREADS2');
    await thread.say('how long does an ACV listing last?', { pressMore: false });
    const answered = postsIn(h, 'CTHREADS2', thread.ts!).length;
    const elsewhere = nextTs();
    const otherThread = nextTs();
    await h.postEvent({ type: 'message', channel_type: 'channel', user: 'UASKER01', channel: 'CTHREADS2', ts: elsewhere, thread_ts: otherThread, text: 'and in Wales?' });
    await h.postEvent({ type: 'message', channel_type: 'channel', user: 'UASKER01', channel: 'CTHREADS2', ts: nextTs(), thread_ts: thread.ts, text: '<@UFRIEND01> and in Wales?' });
    await h.postEvent({ type: 'message', channel_type: 'channel', subtype: 'bot_message', bot_id: 'BOTHER01', channel: 'CTHREADS2', ts: nextTs(), thread_ts: thread.ts, text: 'and in Wales?' });
    await h.postEvent({ type: 'message', channel_type: 'channel', user: 'UOTHERBOT', bot_id: 'BOTHER01', channel: 'CTHREADS2', ts: nextTs(), thread_ts: thread.ts, text: 'and in Wales?' });
    await h.postEvent({ type: 'message', channel_type: 'channel', user: h.fake.botUserId, bot_id: h.fake.botId, channel: 'CTHREADS2', ts: nextTs(), thread_ts: thread.ts, text: 'and in Wales?' });
    // A real follow-up sent last: once it is answered, the ones before it have had their chance.
    const sentinel = await thread.say('and in Scotland?', { pressMore: false });
    expect(sentinel.entryId).toBe('scotland-community-rights');
    await new Promise((r) => setTimeout(r, 200));
    expect(postsIn(h, 'CTHREADS2', thread.ts!)).toHaveLength(answered + 1);
    expect(postsIn(h, 'CTHREADS2', otherThread)).toHaveLength(0);
  });

  it('given an answer with more to say, the first reply is the short answer with a "More detail" button, and pressing it posts the rest', async () => {
    const thread = slackThread(h, 'CTHREADS3');
    const reply = await thread.say('what is the 6 week interim moratorium and how do we ask to be a bidder?');
    expect(reply.entryId).toBe('acv-interim-moratorium-6-weeks');
    expect(reply.shortText.length).toBeLessThanOrEqual(FIRST_REPLY_BUDGET);
    expect(reply.actionIds).toContain('rights:more:acv-interim-moratorium-6-weeks');
    const entry = h.core.knowledge.current.kb.byId.get('acv-interim-moratorium-6-weeks')!;
    const detailHeading = entry.sections.find((s) => s.heading && !/in short|what to do next/i.test(s.heading))!.heading!;
    expect(reply.shortText).not.toContain(detailHeading);
    expect(reply.fullText).toContain(detailHeading);
  });

  it('given every entry, the first reply holds at most about 900 characters of answer text', async () => {
    for (const entry of h.core.knowledge.current.kb.entries) {
      const reply = await h.core.advisor.act({ type: 'followUp', entryId: entry.id, question: { text: entry.title, platform: 'slack', user: { id: 'U1' }, channel: { id: 'C1', isDirect: false }, threadId: `slack:CBUDGET:${entry.id}`, receivedAt: new Date() } });
      const text = renderReply(reply!).blocks.filter((b) => b.type === 'section').map((b) => ('text' in b && b.text ? b.text.text : '')).join('');
      expect({ entry: entry.id, length: text.length, fits: text.length <= FIRST_REPLY_BUDGET }).toEqual({ entry: entry.id, length: text.length, fits: true });
    }
  });

  it('given a restart, a plain reply in a thread the bot answered in before is still answered', async () => {
    const thread = slackThread(h, 'CTHREADS4');
    await thread.say('how long does an ACV listing last?', { pressMore: false });
    await h.close();
    h = await startSlackHarness({ env: { ADVISOR_DATA_FILE: join(dir, 'advisor.json') } });

    const before = postsIn(h, 'CTHREADS4', thread.ts!).length;
    await h.postEvent({ type: 'message', channel_type: 'channel', user: 'UASKER01', channel: 'CTHREADS4', ts: nextTs(), thread_ts: thread.ts, text: 'thanks!' });
    const reply = await h.fake.waitFor(() => postsIn(h, 'CTHREADS4', thread.ts!)[before]);
    expect(String(reply.args.text)).toContain(h.core.knowledge.current.kb.conversation.smallTalk.find((k) => k.name === 'thanks')!.reply.slice(0, 20));
  });
});
