// The staff loop in Slack, end to end: the real Bolt app in HTTP mode, the real core on the
// shipped knowledge and a lowdb file in a temp dir, against the loopback fake of Slack. Members
// ask; staff (listed in ADVISOR_STAFF) review the queue with /rights-admin and teach the bot.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { nextTs } from '../../helpers/slack-signed-requests.js';
import { auditActor } from '../../../src/staff/is-staff.js';
import { startSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';

type Block = { type: string; text?: { text: string }; elements?: { type: string; text?: unknown; action_id?: string; value?: string }[] };
type Body = Record<string, unknown>;

const STAFF = 'USTAFF01';
/** The workspace the harness's requests come from. */
const TEAM = 'T0001';
const MEMBER = 'UASKER01';
const CHANNEL = 'CGENERAL1';

/** Off-topic for the knowledge, with a phone number in it. */
const UNKNOWN = 'can we race rubber ducks down the canal, ring 07700 900123';
const UNKNOWN_REDACTED = 'can we race rubber ducks down the canal, ring [phone]';
const ACV_QUESTION = 'how long does an ACV listing last?';
/** The entry staff teach the bot to answer UNKNOWN with. */
const TAUGHT_ENTRY = 'fund-awards-for-all';

/** What a person sees of a message: header, sections and context lines, as plain mrkdwn. */
function shown(body: Body): string {
  const blocks = (body.blocks ?? []) as Block[];
  return blocks
    .flatMap((b) => [b.text?.text ?? '', ...(b.type === 'context' ? (b.elements ?? []).map((e) => String((e as { text?: string }).text ?? '')) : [])])
    .join('\n');
}

function buttons(blocks: Block[]) {
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

type Audit = { actor: string; action: string; detail: string; at: string }[];
type Item = { id: number; text: string; platforms: string[]; reasons: Record<string, number>; status: string; entryId?: string };

describe('Slack /rights-admin with the real staff commands', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness({ env: { ADVISOR_STAFF: `slack:${TEAM}:${STAFF}` } });
  });
  afterEach(async () => {
    await h.close();
  });

  /** A member @-mentions the bot in a channel; resolves with the bot's reply in that thread. */
  async function mention(text: string, user = MEMBER) {
    const ts = nextTs();
    const { status } = await h.postEvent({ type: 'app_mention', user, channel: CHANNEL, ts, text: `<@${h.fake.botUserId}> ${text}` });
    expect(status).toBe(200);
    const call = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    return { ts, blocks: call.args.blocks as Block[], text: shown(call.args) };
  }

  /** Runs /rights-admin as `user`; resolves with what Slack was sent on the command's response_url. */
  async function admin(line: string, user: string) {
    const { status, responseId } = await h.postCommand('/rights-admin', line, { userId: user, channelId: CHANNEL });
    expect(status).toBe(200);
    const [response] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
    return { body: response.body, text: shown(response.body) };
  }

  // Recording happens after the reply, so wait for it before looking in the data file.
  const dataFile = async () => (await h.core.flush(), h.readDataFile());
  const queue = async () => ((await dataFile()).unanswered ?? []) as Item[];
  const auditLog = async () => ((await dataFile()).audit ?? []) as Audit;
  const counted = async () => (await h.core.flush(), h.core.store.stats('2000-01-01', '2100-01-01'));
  const staffName = () => auditActor({ platform: 'slack', id: STAFF, workspace: TEAM }, h.core.config.hashSalt);
  const phrases = () => h.core.knowledge.current.kb.phrases;

  it('given a member asked something the bot cannot answer, with a phone number in it, a staff member\'s /rights-admin unanswered lists that question privately, redacted', async () => {
    // The premise: the bot declined it and said it had noted it.
    const asked = await mention(UNKNOWN);
    expect(asked.text).toContain(phrases().recorded);
    expect((await counted()).declined).toBe(1);

    const { body, text } = await admin('unanswered', STAFF);
    expect(body.response_type).toBe('ephemeral');
    expect(text).toContain('Unanswered questions: 1 open');
    expect(text).toContain(`"${UNKNOWN_REDACTED}"`);
    expect(text).toMatch(/asked once/);
    expect(text).toContain('where: slack');
    expect(text).toContain('why: declined');
    expect(JSON.stringify(body)).not.toMatch(/07700|900123/);
    // The store holds only the redacted text, and the look at the queue is audited under the staff member's pseudonym.
    expect(await queue()).toEqual([expect.objectContaining({ text: UNKNOWN_REDACTED, platforms: ['slack'], reasons: { fallback: 1 }, status: 'open' })]);
    expect(JSON.stringify(await dataFile())).not.toMatch(/07700|900123|USTAFF01|UASKER01/);
    expect(await auditLog()).toEqual([expect.objectContaining({ actor: staffName(), action: 'unanswered' })]);
  });

  it('given a member who is not in ADVISOR_STAFF runs /rights-admin unanswered, it refuses politely with the notStaff phrase, shows none of the queue, and leaves the audit log unchanged', async () => {
    await mention(UNKNOWN);
    const before = await auditLog();

    const { body, text } = await admin('unanswered', MEMBER);
    expect(body.response_type).toBe('ephemeral');
    expect(text).toContain(phrases().notStaff);
    expect(text).not.toContain('rubber ducks');
    expect(text).not.toContain('Unanswered questions');
    expect(await auditLog()).toEqual(before);
    expect(await queue()).toEqual([expect.objectContaining({ text: UNKNOWN_REDACTED, status: 'open' })]);
  });

  it('given a member who is not staff tries /rights-admin link, it is refused, nothing is learned, and the question is still declined', async () => {
    await mention(UNKNOWN);
    const [item] = await queue();

    const { text } = await admin(`link ${item!.id} ${TAUGHT_ENTRY}`, MEMBER);
    expect(text).toContain(phrases().notStaff);
    expect((await dataFile()).learned).toEqual([]);
    expect(await queue()).toEqual([expect.objectContaining({ id: item!.id, status: 'open' })]);
    expect(await auditLog()).toEqual([]);

    const again = await mention(UNKNOWN);
    expect(again.text).toContain(phrases().recorded);
    expect((await counted()).declined).toBe(2);
  });

  it('given 👎 pressed on a real answer in a thread, it queues that question with reason thumbs-down in the data file, and a staff member\'s /rights-admin unanswered shows it', async () => {
    const answer = await mention(ACV_QUESTION);
    expect(answer.text).toMatch(/five years/i);
    const down = buttons(answer.blocks).find((b) => b.action_id === 'rights:feedback:down:acv-listing-length');
    expect(down).toBeDefined();
    expect(await queue()).toEqual([]);

    // The press, as Slack sends it for a button on the bot's reply inside the asker's thread.
    const answerTs = nextTs();
    const responseId = 'thumbs-down';
    const { status } = await h.postAction({
      type: 'block_actions',
      team: { id: 'T0001', domain: 'example' },
      user: { id: MEMBER, username: 'volunteer', team_id: 'T0001' },
      api_app_id: 'A0001',
      token: 'legacy-verification-token',
      trigger_id: '1.2.abc',
      channel: { id: CHANNEL, name: 'general' },
      container: { type: 'message', message_ts: answerTs, channel_id: CHANNEL, is_ephemeral: false, thread_ts: answer.ts },
      message: { type: 'message', bot_id: h.fake.botId, user: h.fake.botUserId, ts: answerTs, thread_ts: answer.ts, text: '', blocks: answer.blocks },
      response_url: h.fake.responseUrl(responseId),
      actions: [{ type: 'button', action_id: down!.action_id, block_id: 'b1', value: down!.value, text: down!.text, action_ts: `${answerTs}1` }],
    });
    expect(status).toBe(200);
    const [thanks] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
    expect(String(thanks.body.text)).toContain(phrases().thanksDown);

    expect(await queue()).toEqual([
      expect.objectContaining({ text: ACV_QUESTION, platforms: ['slack'], reasons: { 'thumbs-down': 1 }, status: 'open', entryId: 'acv-listing-length' }),
    ]);
    expect((await counted()).votes).toEqual([{ entryId: 'acv-listing-length', up: 0, down: 1 }]);

    const { text } = await admin('unanswered', STAFF);
    expect(text).toContain(`"${ACV_QUESTION}"`);
    expect(text).toContain('why: thumbs down');
    expect(text).toContain('acv-listing-length');
  });

  it('given staff link the queued question to an entry with /rights-admin link, the same question asked again in Slack is answered by that entry and the queue is empty', async () => {
    await mention(UNKNOWN);
    const listed = await admin('unanswered', STAFF);
    // Staff read the item number off the list, as they would in Slack.
    const item = /#(\d+) · asked once/.exec(listed.text)?.[1];
    expect(item).toBeDefined();

    const linked = await admin(`link ${item} ${TAUGHT_ENTRY}`, STAFF);
    expect(linked.text).toContain(`Linked #${item} to ${TAUGHT_ENTRY}`);
    expect(await queue()).toEqual([expect.objectContaining({ id: Number(item), status: 'linked', entryId: TAUGHT_ENTRY })]);
    expect((await auditLog()).map((a) => [a.actor, a.action])).toEqual([[staffName(), 'unanswered'], [staffName(), 'link']]);

    const again = await mention(UNKNOWN);
    const title = h.core.knowledge.current.kb.byId.get(TAUGHT_ENTRY)!.title;
    expect(again.blocks.find((b) => b.type === 'header')?.text?.text).toBe(title);
    expect(buttons(again.blocks).map((b) => b.action_id)).toContain(`rights:feedback:down:${TAUGHT_ENTRY}`);
    expect((await counted()).mostAsked).toContainEqual({ entryId: TAUGHT_ENTRY, count: 1 });

    const after = await admin('unanswered', STAFF);
    expect(after.text).toContain('The queue is empty');
  });
});
