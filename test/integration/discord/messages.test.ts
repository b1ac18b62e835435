// @-mentions in channels and threads, and direct messages, through the real discord.js Client.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startHarness } from '../../helpers/discord-harness.js';
import type { Harness } from '../../helpers/discord-harness.js';
import { mentionMessage, messageCreate } from '../../helpers/discord-payloads.js';
import { isChannelMessage, replyTo, shownText } from '../../helpers/discord-requests.js';

describe('Discord mentions and DMs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function send(payload: ReturnType<typeof messageCreate>) {
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', payload);
    return h.fake.waitForRequest(replyTo(payload), { since });
  }

  it('given an @-mention in a channel, it replies to that message with the answer in an embed, pinging no one', async () => {
    const reply = await send(mentionMessage('how long does an ACV listing last?'));
    expect(shownText(reply.body)).toContain('five years');
    expect(reply.body.embeds[0].footer.text).toContain('not legal advice');
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('given a direct message without a mention, it replies in the DM', async () => {
    const reply = await send(messageCreate('how long does an ACV listing last?', { in: 'dm' }));
    expect(reply.path).toBe('/api/v10/channels/1300000000000000001/messages');
    expect(shownText(reply.body)).toContain('five years');
  });

  it('given an @-mention inside a thread, it replies in the thread', async () => {
    const reply = await send(mentionMessage('how long does an ACV listing last?', { in: 'thread' }));
    expect(reply.path).toBe('/api/v10/channels/1200000000000000020/messages');
    expect(shownText(reply.body)).toContain('five years');
  });

  it('given @everyone and a role mention in a question, the reply permits no pings, not even of the asker', async () => {
    const reply = await send(mentionMessage('@everyone @here <@&1200000000000000030> how long does an ACV listing last?', { mentionEveryone: true }));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('given chatter that does not mention the bot, and a mention from another bot, neither gets a reply', async () => {
    const since = h.fake.requests.length;
    const chatter = messageCreate('is anyone going to the pub quiz tonight?');
    const announcement = messageCreate('@everyone meeting at 7', { mentionEveryone: true });
    const otherBot = mentionMessage('how long does an ACV listing last?', { fromBot: true });
    for (const m of [chatter, announcement, otherBot]) h.fake.dispatch('MESSAGE_CREATE', m);
    // Events are handled in order, so once a later mention is answered the earlier ones have been seen.
    await send(mentionMessage('how long does an ACV listing last?'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // room for a wrongly started answer to land
    const replied = h.fake.requests.slice(since).filter(isChannelMessage).map((r) => r.body.message_reference?.message_id);
    expect(replied).toHaveLength(1);
    expect(replied).not.toEqual(expect.arrayContaining([chatter.id, announcement.id, otherBot.id]));
  });

  it('given a bare mention, it replies with the greeting and help generated from the knowledge', async () => {
    const reply = await send(mentionMessage(''));
    const { greeting, topics } = h.core.advisor.describe();
    expect(shownText(reply.body)).toContain(greeting);
    expect(shownText(reply.body)).toContain(topics[0]!.label);
  });

  it('given a 6,000-character question, it replies politely, and the next question is still answered', async () => {
    const long = await send(mentionMessage('please tell me '.repeat(400)));
    expect(shownText(long.body)).toContain(h.core.knowledge.current.kb.phrases.tooLong);
    const next = await send(mentionMessage('how long does an ACV listing last?'));
    expect(shownText(next.body)).toContain('five years');
  });
});
