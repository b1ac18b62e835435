// Issue 14: "There is no per-user rate limit anywhere." Through every way a member reaches the
// bot on Slack (mentions, /rights, buttons) and Discord (mentions, /rights, buttons), the real
// adapters on the real core: past the allowance the member gets the knowledge's "slow down"
// phrase, others are still answered, and Discord interactions are still deferred first. And
// "one user can cast 20 votes on one answer": with the limit lifted, only their latest vote counts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../helpers/discord-harness.js';
import { askCommandInteraction, buttonInteraction, mentionMessage, USER } from '../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, replyTo, shownText } from '../helpers/discord-requests.js';
import { startSlackHarness, type SlackHarness } from '../helpers/slack-harness.js';
import { nextTs } from '../helpers/slack-signed-requests.js';

const LIMITS = { ADVISOR_QUESTIONS_PER_MINUTE: '2', ADVISOR_VOTES_PER_MINUTE: '2' };
const QUESTION = 'how long does an ACV listing last?';

describe('Slack: a member past their allowance is asked to slow down (real Bolt app, loopback Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ env: LIMITS });
  });
  afterAll(async () => {
    await h.close();
  });
  const slowDown = () => h.core.knowledge.current.kb.phrases.slowDown;

  async function mention(user: string): Promise<string> {
    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user, channel: 'CGENERAL1', ts, text: `<@${h.fake.botUserId}> ${QUESTION}` });
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    return String(call.args.text);
  }

  it('given a third mention within the minute, it answers the first two and asks the member to slow down; another member is still answered', async () => {
    const replies = [await mention('UFLOOD01'), await mention('UFLOOD01'), await mention('UFLOOD01')];
    expect(replies[0]).toMatch(/five years/i);
    expect(replies[1]).toMatch(/five years/i);
    expect(replies[2]).toContain(slowDown());
    expect(await mention('UCALM001')).toMatch(/five years/i);
  });

  it('given a third /rights within the minute, the private reply asks the member to slow down', async () => {
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { responseId } = await h.postCommand('/rights', QUESTION, { userId: 'UFLOOD02' });
      const [response] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
      texts.push(String(response.body.text));
    }
    expect(texts[1]).toMatch(/five years/i);
    expect(texts[2]).toContain(slowDown());
  });

  it('given a third 👎 within the minute, it is not stored and the member is asked to slow down', async () => {
    const texts: string[] = [];
    const entries = ['acv-listing-length', 'acv-nominate', 'acv-what-is'];
    for (let i = 0; i < 3; i++) {
      const responseId = `vote-${i}`;
      await h.postAction({
        type: 'block_actions',
        team: { id: 'T0001', domain: 'example' },
        user: { id: 'UFLOOD03', username: 'volunteer', team_id: 'T0001' },
        api_app_id: 'A0001',
        token: 'legacy-verification-token',
        trigger_id: '1.2.abc',
        channel: { id: 'CGENERAL1', name: 'general' },
        container: { type: 'message', message_ts: '1712999999.000001', channel_id: 'CGENERAL1', is_ephemeral: false },
        message: { type: 'message', bot_id: 'BBOT0001', user: 'UBOT0001', ts: '1712999999.000001', text: '', blocks: [] },
        response_url: h.fake.responseUrl(responseId),
        actions: [{ type: 'button', action_id: `rights:feedback:down:${entries[i]}`, block_id: 'b1', value: entries[i], text: { type: 'plain_text', text: '👎' }, action_ts: '1712999999.1' }],
      });
      const [response] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
      texts.push(String(response.body.text));
    }
    expect(texts[2]).toContain(slowDown());
    await h.core.flush();
    const today = new Date().toISOString().slice(0, 10);
    expect((await h.core.store.stats(today, today)).votes.map((v) => v.entryId).sort()).toEqual(entries.slice(0, 2));
  });
});

describe('Discord: a member past their allowance is asked to slow down (real discord.js client, loopback Discord)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: LIMITS });
  });
  afterAll(async () => {
    await h.close();
  });
  const slowDown = () => h.core.knowledge.current.kb.phrases.slowDown;
  const member = (id: string) => ({ ...USER, id, username: `member-${id.slice(-3)}` });

  async function mention(userId: string): Promise<string> {
    const base = mentionMessage(QUESTION) as ReturnType<typeof mentionMessage> & { member: Record<string, unknown> };
    const payload = { ...base, author: member(userId), member: { ...base.member } };
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', payload);
    return shownText((await h.fake.waitForRequest(replyTo(payload), { since })).body);
  }

  /** Dispatches an interaction from `userId`; resolves with its deferral and the edited reply. */
  async function interaction(base: Record<string, any> & { id: string; token: string }, userId: string) {
    const payload = { ...base, member: { ...base.member, user: member(userId) } };
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitForRequest(callbackOf(payload), { since });
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    return { callback, edit, text: shownText(edit.body) };
  }

  it('given a third mention within the minute, it asks the member to slow down; another member is still answered', async () => {
    const replies = [await mention('1400000000000000101'), await mention('1400000000000000101'), await mention('1400000000000000101')];
    expect(replies[1]).toMatch(/five years/i);
    expect(replies[2]).toContain(slowDown());
    expect(await mention('1400000000000000102')).toMatch(/five years/i);
  });

  it('given a third /rights within the minute, it defers first as always and then asks the member to slow down', async () => {
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await interaction(askCommandInteraction(QUESTION), '1400000000000000103'));
    for (const r of results) expect(h.fake.requests.indexOf(r.callback)).toBeLessThan(h.fake.requests.indexOf(r.edit));
    expect(results[1]!.text).toMatch(/five years/i);
    expect(results[2]!.text).toContain(slowDown());
  });

  it('given a third 👍 within the minute, it asks the member to slow down', async () => {
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await interaction(buttonInteraction('cra1:up:acv-listing-length', '👍'), '1400000000000000104')).text);
    expect(texts[1]).not.toContain(slowDown());
    expect(texts[2]).toContain(slowDown());
  });

  it('given a flood of forty /rights from one member, every one is deferred within Discord\'s three seconds and gets a reply', async () => {
    const user = '1400000000000000105';
    const since = h.fake.requests.length;
    const sent = Array.from({ length: 40 }, () => {
      const base = askCommandInteraction(QUESTION) as Record<string, any> & { id: string; token: string };
      const payload = { ...base, member: { ...base.member, user: member(user) } };
      const at = Date.now();
      h.fake.dispatch('INTERACTION_CREATE', payload);
      return { payload, at };
    });
    for (const { payload, at } of sent) {
      const callback = await h.fake.waitForRequest(callbackOf(payload), { since, timeoutMs: 15_000 });
      expect(callback.at - at).toBeLessThan(3000);
      const text = shownText((await h.fake.waitForRequest(editOriginalOf(payload), { since, timeoutMs: 15_000 })).body);
      expect(/five years/i.test(text) || text.includes(slowDown())).toBe(true);
    }
  });
});

describe('Slack: one member, one vote per answer (real Bolt app, loopback Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('given twenty 👍 on one answer from one member (under a lifted rate limit), the statistics count one vote, and another member\'s vote counts too', async () => {
    const press = async (user: string, i: number) => {
      const responseId = `${user}-${i}`;
      await h.postAction({
        type: 'block_actions',
        team: { id: 'T0001', domain: 'example' },
        user: { id: user, username: 'volunteer', team_id: 'T0001' },
        channel: { id: 'CVOTES001', name: 'general' },
        container: { type: 'message', message_ts: '1712999999.000001', channel_id: 'CVOTES001', is_ephemeral: false },
        message: { type: 'message', bot_id: 'BBOT0001', user: 'UBOT0001', ts: '1712999999.000001', text: '', blocks: [] },
        response_url: h.fake.responseUrl(responseId),
        actions: [{ type: 'button', action_id: 'rights:feedback:up:acv-listing-length', block_id: 'b1', value: 'acv-listing-length', text: { type: 'plain_text', text: '👍' }, action_ts: '1712999999.1' }],
      });
      await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0);
    };
    for (let i = 0; i < 20; i++) await press('UVOTER001', i);
    await press('UVOTER002', 0);
    await h.core.flush();
    const today = new Date().toISOString().slice(0, 10);
    expect((await h.core.store.stats(today, today)).votes).toEqual([{ entryId: 'acv-listing-length', up: 2, down: 0 }]);
  });
});
