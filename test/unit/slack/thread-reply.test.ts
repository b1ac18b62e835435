import { describe, expect, it } from '@jest/globals';
import { isThreadFollowUp } from '../../../adapters/slack/thread-reply.js';
import type { SlackMessageEvent } from '../../../adapters/slack/inbound.js';

const self = { botUserId: 'UBOT0001', botId: 'BBOT0001' };
const reply = (extra: Partial<SlackMessageEvent> = {}): SlackMessageEvent => ({ type: 'message', channel: 'C1', channel_type: 'channel', user: 'UASKER01', ts: '1712.2', thread_ts: '1712.1', text: 'and in Wales?', ...extra });

describe('which channel messages may be follow-ups', () => {
  it('given a person\'s plain reply in a thread, it may be one (if the bot answered in that thread)', () => {
    expect(isThreadFollowUp(reply(), self)).toBe(true);
    expect(isThreadFollowUp(reply({ subtype: 'thread_broadcast' }), self)).toBe(true);
  });

  it.each([
    ['a message outside any thread', { thread_ts: undefined }],
    ['the thread\'s own first message', { ts: '1712.1' }],
    ['a reply that starts by addressing someone else', { text: '<@UFRIEND01> and in Wales?' }],
    ['a reply that mentions the bot (app_mention answers it)', { text: 'and in Wales <@UBOT0001>?' }],
    ['another bot\'s message', { bot_id: 'BOTHER01' }],
    ['the bot\'s own message', { user: 'UBOT0001' }],
    ['an edit', { subtype: 'message_changed' }],
    ['a message with no author', { user: undefined }],
  ])('given %s, it is not one', (_what, extra) => {
    expect(isThreadFollowUp(reply(extra as Partial<SlackMessageEvent>), self)).toBe(false);
  });
});
