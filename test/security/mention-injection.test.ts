// Issue 14, markup and mention injection: the bot never echoes @everyone, <!channel>, role or
// user mentions, or links it did not write. A member asks a question full of them; the real core
// declines it and queues it; a staff member lists the queue, which quotes the question back. On
// Slack (real Bolt) and Discord (real discord.js), every message the bot sends is read off the
// loopback fakes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../helpers/discord-harness.js';
import { BOT_ROLE_ID, STAFF_ROLE_ID, adminCommandInteraction, mentionMessage } from '../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, replyTo, shownText } from '../helpers/discord-requests.js';
import type { RecordedRequest } from '../helpers/fake-discord.js';
import { startSlackHarness, type SlackHarness } from '../helpers/slack-harness.js';
import { nextTs } from '../helpers/slack-signed-requests.js';

/** What Slack sends for a member's message typed with every kind of live markup. */
const SLACK_HOSTILE = 'can we race <!channel> <!everyone> <!here> <@UVICTIM01> <#CSECRET01|secret> <!subteam^S0TEAM|@council> ducks <http://evil.example/login|the council form> [click me](http://evil.example/phish) on the canal';
/** The same for Discord: everyone/here, a role, a user, a channel, a masked link. */
const DISCORD_HOSTILE = 'can we race @everyone @here <@&1200000000000000030> <@1400000000000000077> <#1200000000000000010> ducks [the council form](http://evil.example/phish) on the canal';

/** Everything Slack parses for mentions and links: `text` and every mrkdwn text object. */
function slackParsed(args: Record<string, unknown>): string {
  const out: string[] = [String(args.text ?? '')];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(args.blocks ?? []);
  return out.join('\n');
}

/** Live Slack markup: any <!…>, <@…>, <#…> sequence, and any link to the attacker's site. */
const SLACK_LIVE = /<[!@#]|<https?:\/\/evil|\|the council form>/;
/** Live Discord markup: a bare @everyone/@here, a role/user/channel mention, a masked link to the attacker's site. */
const DISCORD_LIVE = /(^|[^\u200b])@(everyone|here)|<@[&!]?\d|<#\d|\]\(https?:\/\/evil/;

describe('Slack: nothing live comes back (real Bolt app, real core)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ env: { ADVISOR_STAFF: 'slack:T0001:USTAFF01' } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('given a question full of live markup, the reply and the staff listing that quotes it carry none of it live', async () => {
    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CINJECT01', ts, text: `<@${h.fake.botUserId}> ${SLACK_HOSTILE}` });
    const reply = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    expect(slackParsed(reply.args)).not.toMatch(SLACK_LIVE);
    expect(String(reply.args.unfurl_links)).toBe('false');

    const { responseId } = await h.postCommand('/rights-admin', 'unanswered', { userId: 'USTAFF01' });
    const [listing] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
    const shown = slackParsed(listing.body);
    // The premise: the question is in the listing, as words.
    expect(shown).toContain('ducks');
    expect(shown).not.toMatch(SLACK_LIVE);
  });
});

describe('Discord: nothing live comes back (real discord.js client, real core)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  /** Everything a message the bot sent would show, and its allowed_mentions. */
  const check = (request: RecordedRequest) => {
    expect(request.body.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
    expect(request.body.allowed_mentions.roles ?? []).toEqual([]);
    expect(request.body.allowed_mentions.users ?? []).toEqual([]);
    const shown = shownText(request.body);
    expect(shown).not.toMatch(DISCORD_LIVE);
    return shown;
  };

  it('given a mention full of live markup, the reply and the staff listing that quotes it carry none of it live, and no send may ping anyone', async () => {
    const payload = mentionMessage(DISCORD_HOSTILE, { mentionEveryone: true, mentionRoles: [STAFF_ROLE_ID, BOT_ROLE_ID], mentions: ['1400000000000000077'] });
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', payload);
    check(await h.fake.waitForRequest(replyTo(payload), { since }));

    const admin = adminCommandInteraction('unanswered', [], { roles: [STAFF_ROLE_ID] });
    h.fake.dispatch('INTERACTION_CREATE', admin);
    await h.fake.waitForRequest(callbackOf(admin), { since });
    const listing = check(await h.fake.waitForRequest(editOriginalOf(admin), { since }));
    expect(listing).toContain('ducks');
  });
});
