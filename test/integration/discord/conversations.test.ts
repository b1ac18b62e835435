// Conversations in Discord through the real discord.js client and the loopback fake: each member
// in a channel has their own conversation, so one member's follow-up is never read against
// another's question; a reply to one of the bot's messages is answered without a mention; and
// "More detail" posts the rest of a short first answer.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../../helpers/discord-harness.js';
import { buttonInteraction, mentionMessage, messageCreate, snowflake } from '../../helpers/discord-payloads.js';
import { editOriginalOf, isChannelMessage, replyTo, shownText } from '../../helpers/discord-requests.js';

const FOLLOW_UP = 'how long does the council have to decide on that?';

describe('Discord conversations', () => {
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

  it('given two members asking in one channel, each member\'s follow-up is read against their own question', async () => {
    await send(mentionMessage('who can nominate an asset of community value?'));
    await send(mentionMessage('what is the community right to challenge?', { fromOther: true }));

    const alex = await send(mentionMessage(FOLLOW_UP));
    const sam = await send(mentionMessage(FOLLOW_UP, { fromOther: true }));

    const { kb } = h.core.knowledge.current;
    expect(alex.body.embeds[0].title).toBe(kb.byId.get('acv-council-decision')!.title);
    expect(sam.body.embeds[0].title).toBe(kb.byId.get('rtc-timing')!.title);
  });

  it('given a reply to one of the bot\'s messages without a mention, it answers it in that member\'s conversation', async () => {
    await send(mentionMessage('what is the community right to challenge?'));
    const reply = await send(messageCreate(FOLLOW_UP, { replyTo: { id: snowflake(), by: 'bot' } }));
    expect(reply.body.embeds[0].title).toBe(h.core.knowledge.current.kb.byId.get('rtc-timing')!.title);
  });

  it('given a reply to another member\'s message without a mention, it stays quiet', async () => {
    const since = h.fake.requests.length;
    const chatter = messageCreate(FOLLOW_UP, { replyTo: { id: snowflake(), by: 'member' } });
    h.fake.dispatch('MESSAGE_CREATE', chatter);
    // Events are handled in order: once a later mention is answered, the reply has been seen.
    await send(mentionMessage('how long does an ACV listing last?'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const replied = h.fake.requests.slice(since).filter(isChannelMessage).map((r) => r.body.message_reference?.message_id);
    expect(replied).not.toContain(chatter.id);
  });

  it('given a short first answer, it offers "More detail", and pressing it shows the rest', async () => {
    const first = await send(mentionMessage('what is the 6 week interim moratorium and how do we ask to be a bidder?'));
    const more = first.body.components.flatMap((row: { components: { custom_id: string }[] }) => row.components).find((b: { custom_id: string }) => b.custom_id === 'cra1:m:acv-interim-moratorium-6-weeks');
    expect(more).toBeDefined();
    const entry = h.core.knowledge.current.kb.byId.get('acv-interim-moratorium-6-weeks')!;
    const detail = entry.sections.find((s) => s.heading && !/in short|what to do next/i.test(s.heading))!.heading!;
    expect(shownText(first.body)).not.toContain(detail);

    const press = buttonInteraction('cra1:m:acv-interim-moratorium-6-weeks', more.label);
    const since = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', press);
    const edit = await h.fake.waitForRequest(editOriginalOf(press), { since });
    expect(shownText(edit.body)).toContain(detail);
  });
});
