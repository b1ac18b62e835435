// Issue 14: personal details never reach the logs. At LOG_LEVEL=debug Slack's Web API client
// logs every request and response body: whole answers, staff listings that quote members'
// questions, "Shared by <@U…>". The adapter keeps those bodies out of the log.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSlackHarness, type SlackHarness } from '../helpers/slack-harness.js';

describe('Slack at debug level', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ env: { LOG_LEVEL: 'debug' } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('given an answer shared in the channel by a member, the log shows the calls were made but not their bodies, the answer or the member\'s id', async () => {
    const responseId = 'share';
    await h.postAction({
      type: 'block_actions',
      team: { id: 'T0001', domain: 'example' },
      user: { id: 'USHARER07', username: 'volunteer', team_id: 'T0001' },
      channel: { id: 'CLOGS0001', name: 'general' },
      container: { type: 'message', message_ts: '1712999999.000001', channel_id: 'CLOGS0001', is_ephemeral: true },
      response_url: h.fake.responseUrl(responseId),
      actions: [{ type: 'button', action_id: 'rights:share:acv-listing-length', block_id: 'b1', value: 'acv-listing-length', text: { type: 'plain_text', text: 'Share in channel' }, action_ts: '1712999999.1' }],
    });
    const [shared] = await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0 && h.fake.responsesTo(responseId));
    // The premise: what was sent names the member and carries the answer.
    expect(JSON.stringify(shared.body)).toContain('<@USHARER07>');
    expect(JSON.stringify(shared.body)).toMatch(/five years/i);

    const ts = `${Math.floor(Date.now() / 1000)}.000777`;
    await h.postEvent({ type: 'app_mention', user: 'UASKER77', channel: 'CLOGS0001', ts, text: `<@${h.fake.botUserId}> how long does an ACV listing last?` });
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts));

    const log = h.logger.lines.join('\n');
    expect(log).toMatch(/http request body: \(\d+ characters, not logged\)/);
    expect(log).not.toContain('USHARER07');
    expect(log).not.toContain('UASKER77');
    expect(log).not.toMatch(/five years/i);
  });
});

describe('Slack failure logs', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({
      wrapAdvisor: (advisor) => ({
        ...advisor,
        ask: async () => {
          throw new Error('the matcher fell over');
        },
        act: async () => {
          throw new Error('the store fell over');
        },
      }),
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('given /rights and a private button press failing, the error is logged with where it happened but not the member\'s id', async () => {
    const { responseId } = await h.postCommand('/rights', 'how long does an ACV listing last?', { userId: 'UFAILING1', channelId: 'CFAIL0001' });
    await h.fake.waitFor(() => h.fake.responsesTo(responseId).length > 0);
    await h.postAction({
      type: 'block_actions',
      team: { id: 'T0001', domain: 'example' },
      user: { id: 'UFAILING2', username: 'volunteer', team_id: 'T0001' },
      channel: { id: 'CFAIL0001', name: 'general' },
      container: { type: 'message', message_ts: '1712999999.000001', channel_id: 'CFAIL0001', is_ephemeral: true },
      response_url: h.fake.responseUrl('failed-press'),
      actions: [{ type: 'button', action_id: 'rights:more:acv-listing-length', block_id: 'b1', value: 'acv-listing-length', text: { type: 'plain_text', text: 'More' }, action_ts: '1712999999.1' }],
    });
    await h.fake.waitFor(() => h.fake.responsesTo('failed-press').length > 0);

    const errors = h.logger.lines.filter((l) => l.includes('ERROR'));
    expect(errors.some((l) => l.includes('/rights') && l.includes('CFAIL0001') && l.includes('the matcher fell over'))).toBe(true);
    expect(errors.some((l) => l.includes('button') && l.includes('the store fell over'))).toBe(true);
    expect(h.logger.lines.join('\n')).not.toMatch(/UFAILING[12]/);
  });
});
