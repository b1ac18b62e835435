// Issue 14: "Anyone can become Discord staff" and "Slack staff checks ignore the workspace".
// Staff identity is platform + workspace (Slack team) or server (Discord guild) + user, and a
// Discord staff role counts only in the servers listed in ADVISOR_DISCORD_GUILDS. Driven through
// the real discord.js client against the loopback Discord fake and the real Bolt app against the
// loopback Slack fake, with the real core and a lowdb file.
import { afterEach, describe, expect, it } from '@jest/globals';
import { auditActor } from '../../src/staff/is-staff.js';
import { startHarness, type Harness } from '../helpers/discord-harness.js';
import {
  GUILD_ID, LOOKALIKE_ROLE_ID, OTHER_GUILD_ID, STAFF_ROLE_ID, STAFF_ROLE_NAME,
  adminCommandInteraction, fromOtherServer, mentionMessage, otherGuildCreatePayload,
} from '../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, replyTo, shownText } from '../helpers/discord-requests.js';
import { startSlackHarness, type SlackHarness } from '../helpers/slack-harness.js';
import { nextTs } from '../helpers/slack-signed-requests.js';

const EPHEMERAL = 64;
/** Declined by the knowledge, so it sits in the queue staff read. */
const UNKNOWN = 'can we race rubber ducks down the canal';
/** Listed in ADVISOR_STAFF for our server only. */
const LISTED = { id: '1400000000000000002', username: 'sam', discriminator: '0', global_name: 'Sam', avatar: null, public_flags: 0 };
/** Someone who made their own server, added the bot, and gave themselves a role called "Advisor Staff". */
const OUTSIDER = { id: '1400000000000000066', username: 'mallory', discriminator: '0', global_name: 'Mallory', avatar: null, public_flags: 0 };

describe('Discord staff identity (real discord.js client, loopback Discord)', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function start(env: Record<string, string> = {}) {
    h = await startHarness({ fake: { extraGuilds: [otherGuildCreatePayload()] }, env: { ADVISOR_STAFF: `discord:${GUILD_ID}:${LISTED.id}`, ...env } });
    // The premise: the bot is in both servers and can read the lookalike role's name.
    expect(h.bot.client.guilds.cache.get(OTHER_GUILD_ID)?.roles.cache.get(LOOKALIKE_ROLE_ID)?.name).toBe(STAFF_ROLE_NAME);
    const payload = mentionMessage(UNKNOWN);
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', payload);
    await h.fake.waitForRequest(replyTo(payload), { since });
    return h;
  }

  /** `/rights-admin unanswered` as `payload` describes; resolves with the private reply's text. */
  async function admin(payload: { id: string; token: string }) {
    const since = h!.fake.requests.length;
    h!.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h!.fake.waitForRequest(callbackOf(payload), { since });
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    const edit = await h!.fake.waitForRequest(editOriginalOf(payload), { since });
    return shownText(edit.body);
  }

  const as = (user: typeof LISTED, roles: string[]) => {
    const base = adminCommandInteraction('unanswered', [], { roles }) as Record<string, any> & { id: string; token: string };
    return { ...base, member: { ...base.member, user } };
  };
  const audit = async () => (await h!.core.flush(), h!.core.store.listAudit());

  it('given a member of another server holding a role named like the staff role there, /rights-admin is refused and nothing of the queue is shown or audited', async () => {
    await start();
    const text = await admin(fromOtherServer(as(OUTSIDER, [LOOKALIKE_ROLE_ID]), [LOOKALIKE_ROLE_ID]));
    expect(text).toContain(h!.core.knowledge.current.kb.phrases.notStaff);
    expect(text).not.toContain('rubber ducks');
    expect(await audit()).toEqual([]);
  });

  it('given the listed staff member runs /rights-admin from another server, it is refused there, and answered in our server', async () => {
    await start();
    const elsewhere = await admin(fromOtherServer(as(LISTED, []), []));
    expect(elsewhere).toContain(h!.core.knowledge.current.kb.phrases.notStaff);
    expect(await audit()).toEqual([]);

    const home = await admin(as(LISTED, []));
    expect(home).toContain('rubber ducks');
    expect(await audit()).toEqual([expect.objectContaining({ actor: auditActor({ platform: 'discord', id: LISTED.id, workspace: GUILD_ID }, h!.core.config.hashSalt), action: 'unanswered' })]);
  });

  it('given the staff role set by id, its holder in our server is staff whatever the role is called, and the lookalike role elsewhere is not', async () => {
    await start({ ADVISOR_STAFF_ROLE: STAFF_ROLE_ID });
    expect(await admin(as(OUTSIDER, [STAFF_ROLE_ID]))).toContain('rubber ducks');
    expect(await admin(fromOtherServer(as(OUTSIDER, [LOOKALIKE_ROLE_ID]), [LOOKALIKE_ROLE_ID]))).toContain(h!.core.knowledge.current.kb.phrases.notStaff);
  });
});

describe('Slack staff identity (real Bolt app, signed requests, loopback Slack)', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('given the staff member\'s user id sent from another workspace, /rights-admin is refused; from their own workspace it is answered', async () => {
    h = await startSlackHarness({ env: { ADVISOR_STAFF: 'slack:T0001:USTAFF01' } });
    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CGENERAL1', ts, text: `<@${h.fake.botUserId}> ${UNKNOWN}` });
    await h.fake.waitFor(() => h!.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));

    const run = async (teamId: string) => {
      const { status, responseId } = await h!.postCommand('/rights-admin', 'unanswered', { userId: 'USTAFF01', teamId });
      expect(status).toBe(200);
      const [response] = await h!.fake.waitFor(() => h!.fake.responsesTo(responseId).length > 0 && h!.fake.responsesTo(responseId));
      return JSON.stringify(response.body);
    };
    const elsewhere = await run('T0OTHER1');
    expect(elsewhere).toContain(h.core.knowledge.current.kb.phrases.notStaff.slice(0, 40));
    expect(elsewhere).not.toContain('rubber ducks');
    expect(await h.core.store.listAudit()).toEqual([]);

    expect(await run('T0001')).toContain('rubber ducks');
    expect(await h.core.store.listAudit()).toEqual([expect.objectContaining({ actor: auditActor({ platform: 'slack', id: 'USTAFF01', workspace: 'T0001' }, h.core.config.hashSalt), action: 'unanswered' })]);
  });
});
