// Issue 14, "how it is checked": after questions full of personal details, none of them appears
// in the data file or the logs; no raw platform id is stored anywhere; the hash salt is never a
// shared default; the data file keeps mode 600. Driven through the real Slack adapter (mentions,
// /rights, a 👎, staff linking an item) and the real Discord adapter, logging at debug level.
import { afterEach, describe, expect, it } from '@jest/globals';
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startHarness, type Harness } from '../helpers/discord-harness.js';
import { GUILD_ID, USER_ID, adminCommandInteraction, mentionMessage } from '../helpers/discord-payloads.js';
import { callbackOf, editOriginalOf, replyTo } from '../helpers/discord-requests.js';
import { startSlackHarness, type SlackHarness } from '../helpers/slack-harness.js';
import { nextTs } from '../helpers/slack-signed-requests.js';

/** Each personal detail as written in a question, and the fragments that must never be stored or logged. */
const DETAILS: [kind: string, written: string, needles: string[]][] = [
  ['a name after "my name is"', 'my name is Jane Smithson', ['Smithson']],
  ['a name after "I\'m"', "I'm Priya Ramanathan", ['Ramanathan']],
  ['a street address', 'we live at 14 Acacia Avenue, Little Wittering', ['Acacia']],
  ['a date of birth', 'born 03/07/1981', ['03/07/1981']],
  ['a written date of birth', 'my date of birth is 3 July 1981', ['3 July 1981']],
  ['a card number (Luhn)', 'card 4111 1111 1111 1111', ['4111 1111', '4111111111111111']],
  ['a sort code and account number', 'sort code 20-32-53 account 41253256', ['20-32-53', '41253256']],
  ['an IBAN', 'IBAN GB33 BUKB 2020 1555 5555 55', ['GB33', 'BUKB']],
  ['an IBAN without spaces', 'GB33BUKB20201555555555', ['GB33BUKB', '20201555555555']],
  ['a National Insurance number', 'NI number JG 10 37 59 A', ['JG 10 37 59', 'JG103759']],
  ['a National Insurance number without spaces', 'national insurance AB123456C', ['AB123456C']],
  ['an email address', 'email jane.smithson+pub@example.co.uk', ['jane.smithson', 'example.co.uk']],
  ['a London landline', 'ring +44 (0)20 7946 0958', ['7946 0958', '79460958']],
  ['a mobile', 'or 07700 900123', ['07700 900123', '07700900123']],
  ['a Manchester landline', 'office 0161 496 0000', ['496 0000', '0161']],
  ['a postcode', 'SW1A 1AA', ['SW1A']],
  ['a lower-case postcode', 'postcode ec1a1bb', ['ec1a1bb']],
];

const UNKNOWN = 'can we race rubber ducks down the canal';
const KNOWN = 'how long does an ACV listing last?';
const personal = DETAILS.map(([, written]) => written).join(', ');

/** Every needle found in `text`, with its kind; empty when nothing personal is there. */
function leaks(text: string): string[] {
  return DETAILS.flatMap(([kind, , needles]) => needles.filter((n) => text.toLowerCase().includes(n.toLowerCase())).map((n) => `${kind}: ${n}`));
}

describe('Slack: personal details reach neither the data file nor the logs', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('given mentions, /rights, a 👎 and a staff link, all full of personal details, the data file and logs hold none of them, nor any raw Slack id', async () => {
    h = await startSlackHarness({ env: { ADVISOR_STAFF: 'slack:T0001:USTAFF01', LOG_LEVEL: 'debug' } });
    chmodSync(h.dataFile, 0o600);

    const ts = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CPRIVATE1', ts, text: `<@${h.fake.botUserId}> ${UNKNOWN}, ${personal}` });
    await h.fake.waitFor(() => h!.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));
    const known = nextTs();
    await h.postEvent({ type: 'app_mention', user: 'UASKER01', channel: 'CPRIVATE1', ts: known, text: `<@${h.fake.botUserId}> ${KNOWN} ${personal}` });
    const answer = await h.fake.waitFor(() => h!.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === known));
    const { responseId } = await h.postCommand('/rights', `${UNKNOWN} ${personal}`, { userId: 'UASKER02', channelId: 'CPRIVATE1' });
    await h.fake.waitFor(() => h!.fake.responsesTo(responseId).length > 0);

    await h.postAction({
      type: 'block_actions',
      team: { id: 'T0001', domain: 'example' },
      user: { id: 'UASKER01', username: 'volunteer', team_id: 'T0001' },
      channel: { id: 'CPRIVATE1', name: 'general' },
      container: { type: 'message', message_ts: String(answer.args.ts ?? known), channel_id: 'CPRIVATE1', is_ephemeral: false, thread_ts: known },
      message: { type: 'message', bot_id: 'BBOT0001', user: 'UBOT0001', ts: '1712999999.000001', thread_ts: known, text: '', blocks: [] },
      response_url: h.fake.responseUrl('down'),
      actions: [{ type: 'button', action_id: 'rights:feedback:down:acv-listing-length', block_id: 'b1', value: 'acv-listing-length', text: { type: 'plain_text', text: '👎' }, action_ts: '1712999999.1' }],
    });
    await h.fake.waitFor(() => h!.fake.responsesTo('down').length > 0);

    const listed = await h.postCommand('/rights-admin', 'unanswered', { userId: 'USTAFF01' });
    const [listing] = await h.fake.waitFor(() => h!.fake.responsesTo(listed.responseId).length > 0 && h!.fake.responsesTo(listed.responseId));
    const item = /#(\d+)/.exec(JSON.stringify(listing.body))?.[1];
    expect(item).toBeDefined();
    const linked = await h.postCommand('/rights-admin', `link ${item} fund-awards-for-all`, { userId: 'USTAFF01' });
    await h.fake.waitFor(() => h!.fake.responsesTo(linked.responseId).length > 0);
    // The staff listing itself shows nothing personal either.
    expect(leaks(JSON.stringify(listing.body))).toEqual([]);

    await h.core.close(); // flushes anything still being written
    const data = readFileSync(h.dataFile, 'utf8');
    // The premise: the questions were stored (queued, and one taught to the bot), redacted.
    expect(data).toContain('rubber ducks');
    expect(data).toContain('fund-awards-for-all');
    expect(leaks(data)).toEqual([]);
    expect(leaks(h.logger.lines.join('\n'))).toEqual([]);
    for (const id of ['UASKER01', 'UASKER02', 'USTAFF01', 'CPRIVATE1']) expect(data).not.toContain(id);
    for (const id of ['UASKER01', 'UASKER02', 'USTAFF01']) expect(h.logger.lines.join('\n')).not.toContain(id);
    expect(statSync(h.dataFile).mode & 0o777).toBe(0o600);
    // No ADVISOR_HASH_SALT: a random salt, kept beside the data file, readable by the owner only.
    const salts = readdirSync(dirname(h.dataFile)).filter((f) => /salt/i.test(f));
    expect(salts).toHaveLength(1);
    expect(statSync(join(dirname(h.dataFile), salts[0]!)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dirname(h.dataFile), salts[0]!), 'utf8')).not.toContain('community-rights-advisor');
  });
});

describe('Discord: personal details reach neither the data file nor the logs', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('given mentions full of personal details and a staff look at the queue, the data file and logs hold none of them, nor the member\'s id', async () => {
    h = await startHarness({ env: { ADVISOR_STAFF: `discord:${GUILD_ID}:1400000000000000002`, LOG_LEVEL: 'debug' } });
    for (const text of [`${UNKNOWN}, ${personal}`, `${KNOWN} ${personal}`]) {
      const payload = mentionMessage(text);
      const since = h.fake.requests.length;
      h.fake.dispatch('MESSAGE_CREATE', payload);
      await h.fake.waitForRequest(replyTo(payload), { since });
    }
    const base = adminCommandInteraction('unanswered') as Record<string, any> & { id: string; token: string };
    const admin = { ...base, member: { ...base.member, user: { ...base.member.user, id: '1400000000000000002' } } };
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', admin);
    await h.fake.waitForRequest(callbackOf(admin), { since });
    const listing = await h.fake.waitForRequest(editOriginalOf(admin), { since });
    expect(leaks(JSON.stringify(listing.body))).toEqual([]);

    await h.core.close();
    const data = readFileSync(h.dataFile, 'utf8');
    expect(data).toContain('rubber ducks');
    expect(leaks(data)).toEqual([]);
    expect(leaks(h.logger.lines.join('\n'))).toEqual([]);
    expect(data).not.toContain(USER_ID);
    expect(data).not.toContain('1400000000000000002');
    expect(h.logger.lines.join('\n')).not.toContain(USER_ID);
  });
});
