// The staff loop in Discord, end to end: the real discord.js Client against the loopback fake
// Discord, the real core on the shipped knowledge and a lowdb file in a temp dir. Members ask;
// staff (an id in ADVISOR_STAFF, or a member holding the ADVISOR_STAFF_ROLE role) review the
// queue with /rights-admin and teach the bot.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { auditActor } from '../../../src/staff/is-staff.js';
import { startHarness } from '../../helpers/discord-harness.js';
import type { Harness } from '../../helpers/discord-harness.js';
import { CHANNEL_ID, GUILD_ID, STAFF_ROLE_ID, USER_ID, adminCommandInteraction, buttonInteraction, mentionMessage } from '../../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, replyTo, shownText } from '../../helpers/discord-requests.js';

const EPHEMERAL = 64;

/** Staff by id: listed in ADVISOR_STAFF, holding no roles. */
const STAFF_BY_ID = { id: '1400000000000000002', username: 'sam', discriminator: '0', global_name: 'Sam', avatar: null, public_flags: 0 };
/** Staff by role: not listed, but holding the role named by ADVISOR_STAFF_ROLE. */
const STAFF_BY_ROLE = { id: '1400000000000000003', username: 'kim', discriminator: '0', global_name: 'Kim', avatar: null, public_flags: 0 };
type DiscordUser = typeof STAFF_BY_ID;
type Who = { user?: DiscordUser; roles?: string[] };

/** Off-topic for the knowledge, with a phone number in it. */
const UNKNOWN = 'can we race rubber ducks down the canal, ring 07700 900123';
const UNKNOWN_REDACTED = 'can we race rubber ducks down the canal, ring [phone]';
const ACV_QUESTION = 'how long does an ACV listing last?';
/** The entry staff teach the bot to answer UNKNOWN with. */
const TAUGHT_ENTRY = 'fund-awards-for-all';

type Audit = { actor: string; action: string; detail: string; at: string }[];
type Item = { id: number; text: string; platforms: string[]; reasons: Record<string, number>; status: string; entryId?: string };
type Option = { name: string; type: number; value: unknown };
type Component = { type: number; custom_id?: string; label?: string; components?: Component[] };

describe('Discord /rights-admin with the real staff commands', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ env: { ADVISOR_STAFF: `discord:${GUILD_ID}:${STAFF_BY_ID.id}` } });
  });
  afterEach(async () => {
    await h?.close();
  });

  const phrases = () => h.core.knowledge.current.kb.phrases;
  // Recording happens after the reply, so wait for it before looking in the data file.
  const data = async () => (await h.core.flush(), h.readData());
  const counted = async () => (await h.core.flush(), h.core.store.stats('2000-01-01', '2100-01-01'));
  const staffName = (id: string) => auditActor({ platform: 'discord', id, workspace: GUILD_ID }, h.core.config.hashSalt);
  const queue = async () => ((await data()).unanswered ?? []) as Item[];
  const auditLog = async () => ((await data()).audit ?? []) as Audit;

  /** The member (USER_ID, no roles) @-mentions the bot in #general; resolves with the bot's reply. */
  async function mention(text: string) {
    const payload = mentionMessage(text);
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', payload);
    const reply = await h.fake.waitForRequest(replyTo(payload), { since });
    return { message: payload, body: reply.body, text: shownText(reply.body) };
  }

  /** `/rights-admin <subcommand>` from `user` with `roles`; resolves with the deferral and the private reply. */
  async function admin(subcommand: string, who: Who, options: Option[] = []) {
    const base = adminCommandInteraction(subcommand, options, { roles: who.roles ?? [] }) as ReturnType<typeof adminCommandInteraction> & { member: Record<string, unknown> };
    const payload = who.user ? { ...base, member: { ...base.member, user: who.user } } : base;
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitForRequest(callbackOf(payload), { since });
    const edit = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    return { callback, body: edit.body, text: shownText(edit.body) };
  }

  const staffWays: [string, Who, string][] = [
    ['listed by id in ADVISOR_STAFF', { user: STAFF_BY_ID }, STAFF_BY_ID.id],
    ['holding the ADVISOR_STAFF_ROLE role', { user: STAFF_BY_ROLE, roles: [STAFF_ROLE_ID] }, STAFF_BY_ROLE.id],
  ];

  it.each(staffWays)(
    'given a member asked something the bot cannot answer, with a phone number in it, a staff member %s running /rights-admin unanswered sees that question privately, redacted',
    async (_how, who, staffId) => {
      // The premise: the bot declined it and said it had noted it.
      const asked = await mention(UNKNOWN);
      expect(asked.text).toContain(phrases().recorded);
      expect((await counted()).declined).toBe(1);

      const { callback, body, text } = await admin('unanswered', who);
      expect(callback.body.data.flags).toBe(EPHEMERAL);
      expect(text).toContain('Unanswered questions: 1 open');
      expect(text).toContain(`"${UNKNOWN_REDACTED}"`);
      expect(text).toMatch(/asked once/);
      expect(text).toContain('where: discord');
      expect(text).toContain('why: declined');
      expect(JSON.stringify(body)).not.toMatch(/07700|900123/);
      // The store holds only the redacted text, and the look at the queue is audited under the staff member's pseudonym.
      expect(await queue()).toEqual([expect.objectContaining({ text: UNKNOWN_REDACTED, platforms: ['discord'], reasons: { fallback: 1 }, status: 'open' })]);
      expect(JSON.stringify(await data())).not.toMatch(new RegExp(`07700|900123|${staffId}|${USER_ID}`));
      expect(await auditLog()).toEqual([expect.objectContaining({ actor: staffName(staffId), action: 'unanswered' })]);
    },
  );

  it('given a member who is neither listed in ADVISOR_STAFF nor holds the staff role runs /rights-admin unanswered, it refuses privately with the notStaff phrase, shows none of the queue, and leaves the audit log unchanged', async () => {
    await mention(UNKNOWN);
    const before = await auditLog();

    const { callback, text } = await admin('unanswered', { roles: [] });
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(text).toContain(phrases().notStaff);
    expect(text).not.toContain('rubber ducks');
    expect(text).not.toContain('Unanswered questions');
    expect(await auditLog()).toEqual(before);
    expect(await queue()).toEqual([expect.objectContaining({ text: UNKNOWN_REDACTED, status: 'open' })]);
  });

  it('given a member who is not staff tries /rights-admin link, it is refused, nothing is learned, and the question is still declined', async () => {
    await mention(UNKNOWN);
    const [item] = await queue();

    const { text } = await admin('link', { roles: [] }, [{ name: 'item', type: 4, value: item!.id }, { name: 'entry', type: 3, value: TAUGHT_ENTRY }]);
    expect(text).toContain(phrases().notStaff);
    expect((await data()).learned).toEqual([]);
    expect(await queue()).toEqual([expect.objectContaining({ id: item!.id, status: 'open' })]);
    expect(await auditLog()).toEqual([]);

    const again = await mention(UNKNOWN);
    expect(again.text).toContain(phrases().recorded);
    expect((await counted()).declined).toBe(2);
  });

  it('given 👎 pressed on a real answer, it queues that question with reason thumbs-down in the data file, and a staff member\'s /rights-admin unanswered shows it', async () => {
    const answer = await mention(ACV_QUESTION);
    expect(answer.text).toMatch(/five years/i);
    const down = (answer.body.components as Component[]).flatMap((row) => row.components ?? []).find((b) => b.custom_id === 'cra1:down:acv-listing-length');
    expect(down?.label).toBeDefined();
    expect(await queue()).toEqual([]);

    // The press, as Discord sends it for a button on the bot's reply to the member's mention.
    const base = buttonInteraction(down!.custom_id!, down!.label!);
    const { interaction_metadata: _fromASlashCommand, webhook_id: _webhook, application_id: _app, ...message } = base.message;
    const payload = {
      ...base,
      message: {
        ...message,
        type: 19, // a reply
        content: answer.body.content ?? '',
        embeds: answer.body.embeds,
        components: answer.body.components,
        message_reference: { type: 0, message_id: answer.message.id, channel_id: CHANNEL_ID, guild_id: GUILD_ID },
      },
    };
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitForRequest(callbackOf(payload), { since });
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    const thanks = await h.fake.waitForRequest(editOriginalOf(payload), { since });
    expect(shownText(thanks.body)).toContain(phrases().thanksDown);

    expect(await queue()).toEqual([
      expect.objectContaining({ text: ACV_QUESTION, platforms: ['discord'], reasons: { 'thumbs-down': 1 }, status: 'open', entryId: 'acv-listing-length' }),
    ]);
    expect((await counted()).votes).toEqual([{ entryId: 'acv-listing-length', up: 0, down: 1 }]);
    expect(JSON.stringify(await data())).not.toContain(USER_ID);

    const { text } = await admin('unanswered', { user: STAFF_BY_ROLE, roles: [STAFF_ROLE_ID] });
    expect(text).toContain(`"${ACV_QUESTION}"`);
    expect(text).toContain('why: thumbs down');
    expect(text).toContain('acv-listing-length');
  });

  it('given staff link the queued question to an entry with /rights-admin link, the same question asked again in Discord is answered by that entry and the queue is empty', async () => {
    await mention(UNKNOWN);
    const staff = { user: STAFF_BY_ID };
    const listed = await admin('unanswered', staff);
    // Staff read the item number off the list, as they would in Discord.
    const item = /#(\d+) · asked once/.exec(listed.text)?.[1];
    expect(item).toBeDefined();

    const linked = await admin('link', staff, [{ name: 'item', type: 4, value: Number(item) }, { name: 'entry', type: 3, value: TAUGHT_ENTRY }]);
    expect(linked.text).toContain(`Linked #${item} to ${TAUGHT_ENTRY}`);
    expect(await queue()).toEqual([expect.objectContaining({ id: Number(item), status: 'linked', entryId: TAUGHT_ENTRY })]);
    expect((await auditLog()).map((a) => [a.actor, a.action])).toEqual([[staffName(STAFF_BY_ID.id), 'unanswered'], [staffName(STAFF_BY_ID.id), 'link']]);

    const again = await mention(UNKNOWN);
    const title = h.core.knowledge.current.kb.byId.get(TAUGHT_ENTRY)!.title;
    expect(again.body.embeds[0].title).toBe(title);
    const customIds = (again.body.components as Component[]).flatMap((row) => row.components ?? []).map((b) => b.custom_id);
    expect(customIds).toContain(`cra1:down:${TAUGHT_ENTRY}`);
    expect((await counted()).mostAsked).toContainEqual({ entryId: TAUGHT_ENTRY, count: 1 });

    const after = await admin('unanswered', staff);
    expect(after.text).toContain('The queue is empty');
  });
});
