import { describe, it, expect, afterAll } from '@jest/globals';
import type { ButtonInteraction, ChatInputCommandInteraction, Message } from 'discord.js';
import { cleanText, fromButton, fromCommand, fromMessage } from '../../../adapters/discord/inbound.js';
import {
  BOT_ID,
  BOT_ROLE_ID,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  THREAD_ID,
  USER_ID,
  OTHER_USER_ID,
  askCommandInteraction,
  buttonInteraction,
  mentionMessage,
  messageCreate,
} from '../../helpers/discord-payloads.js';
import { discordStructures } from '../../helpers/discord-structures.js';

// Recorded payload shapes, parsed by discord.js exactly as the gateway would hand them over.
const discord = discordStructures();
afterAll(() => discord.destroy());
const bot = { userId: BOT_ID, roleIds: [BOT_ROLE_ID] };
const message = (payload: unknown) => discord.message(payload) as Message;

describe('Discord inbound: messages', () => {
  it('given a channel message that @-mentions the bot, it is a question without the mention, keyed to the member in that channel', () => {
    const result = fromMessage(message(mentionMessage('how long does an ACV listing last?')), bot);
    expect(result).toEqual({
      kind: 'question',
      question: {
        text: 'how long does an ACV listing last?',
        platform: 'discord',
        user: { id: USER_ID },
        channel: { id: CHANNEL_ID, isDirect: false },
        threadId: `discord:${CHANNEL_ID}:member:${USER_ID}`,
        receivedAt: expect.any(Date),
      },
    });
  });

  it('given a mention inside a thread, the thread id names the parent channel and the thread', () => {
    const result = fromMessage(message(mentionMessage('how long does that last?', { in: 'thread' })), bot);
    expect(result.kind).toBe('question');
    if (result.kind !== 'question') return;
    expect(result.question.threadId).toBe(`discord:${CHANNEL_ID}:${THREAD_ID}`);
    expect(result.question.channel).toEqual({ id: THREAD_ID, isDirect: false });
  });

  it('given a direct message without any mention, it is a question marked direct', () => {
    const result = fromMessage(message(messageCreate('can we stop our pub being sold?', { in: 'dm' })), bot);
    expect(result.kind).toBe('question');
    if (result.kind !== 'question') return;
    expect(result.question.channel).toEqual({ id: DM_CHANNEL_ID, isDirect: true });
    expect(result.question.threadId).toBe(`discord:${DM_CHANNEL_ID}`);
  });

  it('given two members mentioning the bot in one channel, each has their own conversation key', () => {
    const alex = fromMessage(message(mentionMessage('how long does that last?')), bot);
    const sam = fromMessage(message(mentionMessage('how long does that last?', { fromOther: true })), bot);
    expect(alex.kind === 'question' && sam.kind === 'question').toBe(true);
    if (alex.kind !== 'question' || sam.kind !== 'question') return;
    expect(alex.question.threadId).not.toBe(sam.question.threadId);
    expect(sam.question.threadId).toBe(`discord:${CHANNEL_ID}:member:${OTHER_USER_ID}`);
  });

  it('given a reply to one of the bot\'s messages that does not ping it, it is a question from that member', () => {
    const result = fromMessage(message(messageCreate('and what about Wales?', { replyTo: { id: '1500000000000009999', by: 'bot' } })), bot);
    expect(result).toEqual({ kind: 'question', question: expect.objectContaining({ text: 'and what about Wales?', threadId: `discord:${CHANNEL_ID}:member:${USER_ID}` }) });
  });

  it('given a reply to another member\'s message, it is not addressed to the bot', () => {
    const result = fromMessage(message(messageCreate('and what about Wales?', { replyTo: { id: '1500000000000009998', by: 'member' }, mentions: [OTHER_USER_ID] })), bot);
    expect(result).toEqual({ kind: 'ignore', reason: 'not-addressed' });
  });

  it('given a message in a thread the bot started, it is addressed without a mention; in someone else\'s thread it is not', () => {
    const inThread = (ownerId: string, content = 'and what about Wales?') => ({
      content,
      author: { id: USER_ID, bot: false },
      system: false,
      webhookId: null,
      channelId: THREAD_ID,
      guildId: '1200000000000000001',
      createdAt: new Date(),
      channel: { isThread: () => true, parentId: CHANNEL_ID, ownerId },
      mentions: { users: { has: () => false }, roles: { has: () => false }, repliedUser: null },
    });
    expect(fromMessage(inThread(BOT_ID), bot)).toEqual({ kind: 'question', question: expect.objectContaining({ text: 'and what about Wales?', threadId: `discord:${CHANNEL_ID}:${THREAD_ID}` }) });
    expect(fromMessage(inThread(USER_ID), bot)).toEqual({ kind: 'ignore', reason: 'not-addressed' });
    // Without the Message Content intent the text arrives empty: nothing to answer, so no reply.
    expect(fromMessage(inThread(BOT_ID, ''), bot)).toEqual({ kind: 'ignore', reason: 'not-addressed' });
  });

  it('given channel chatter that does not mention the bot, it is ignored', () => {
    expect(fromMessage(message(messageCreate('anyone going to the pub quiz?')), bot)).toEqual({ kind: 'ignore', reason: 'not-addressed' });
  });

  it('given an @everyone announcement, it is not taken as addressed to the bot', () => {
    const payload = messageCreate('@everyone how long does an ACV listing last?', { mentionEveryone: true });
    expect(fromMessage(message(payload), bot)).toEqual({ kind: 'ignore', reason: 'not-addressed' });
  });

  it('given a message from another bot, or from itself, it is ignored even when it mentions the bot', () => {
    expect(fromMessage(message(mentionMessage('how long?', { fromBot: true })), bot)).toEqual({ kind: 'ignore', reason: 'bot' });
    const own = { ...messageCreate('<@1100000000000000001> hi'), author: { id: BOT_ID, username: 'Rights Advisor', discriminator: '0000', bot: false } };
    expect(fromMessage(message(own), bot)).toEqual({ kind: 'ignore', reason: 'bot' });
  });

  it('given a bare mention with nothing asked, it asks for the greeting and help', () => {
    expect(fromMessage(message(mentionMessage('')), bot).kind).toBe('help');
    expect(fromMessage(message(mentionMessage('  ,  ')), bot).kind).toBe('help');
  });

  it("given a mention of the bot's own managed role (what some clients insert for @Bot), it is addressed", () => {
    const payload = messageCreate(`<@&${BOT_ROLE_ID}> what is an ACV?`, { mentionRoles: [BOT_ROLE_ID] });
    const result = fromMessage(message(payload), bot);
    expect(result.kind).toBe('question');
    if (result.kind === 'question') expect(result.question.text).toBe('what is an ACV?');
  });

  it('given a reply to the bot that pings it (listed in mentions, not in the text), it is addressed', () => {
    const payload = messageCreate('and how long does that last?', { mentions: [BOT_ID] });
    expect(fromMessage(message(payload), bot).kind).toBe('question');
  });

  it('given a nickname-style mention <@!id>, it is stripped like <@id>', () => {
    const payload = messageCreate(`<@!${BOT_ID}>: how long does an ACV listing last?`, { mentions: [BOT_ID] });
    const result = fromMessage(message(payload), bot);
    expect(result.kind === 'question' && result.question.text).toBe('how long does an ACV listing last?');
  });
});

describe('Discord inbound: cleaning question text', () => {
  it("given other people's, roles' and channels' mentions and custom emoji, it removes the ids the core has no use for", () => {
    expect(cleanText('<@1400000000000000002> asked in <#1200000000000000010> about <@&1200000000000000030> <:pub:123456789012345678> listing', bot)).toBe(
      'asked in about :pub: listing',
    );
  });
});

describe('Discord inbound: interactions', () => {
  it('given /rights in a server channel, it is a question from the member, keyed to that member in the channel', () => {
    const interaction = discord.interaction(askCommandInteraction('how long does an ACV listing last?')) as ChatInputCommandInteraction;
    const result = fromCommand(interaction, interaction.options.getString('question', true));
    expect(result).toEqual({
      kind: 'question',
      question: expect.objectContaining({ text: 'how long does an ACV listing last?', user: { id: USER_ID }, channel: { id: CHANNEL_ID, isDirect: false }, threadId: `discord:${CHANNEL_ID}:member:${USER_ID}` }),
    });
  });

  it('given /rights in a thread or a DM, the thread id and direct flag follow the channel Discord sent', () => {
    const inThread = discord.interaction(askCommandInteraction('how long?', { in: 'thread' })) as ChatInputCommandInteraction;
    const inDm = discord.interaction(askCommandInteraction('how long?', { in: 'dm' })) as ChatInputCommandInteraction;
    const thread = fromCommand(inThread, 'how long?');
    const dm = fromCommand(inDm, 'how long?');
    expect(thread.kind === 'question' && thread.question.threadId).toBe(`discord:${CHANNEL_ID}:${THREAD_ID}`);
    expect(dm.kind === 'question' && dm.question.channel).toEqual({ id: DM_CHANNEL_ID, isDirect: true });
    expect(dm.kind === 'question' && dm.question.user).toEqual({ id: USER_ID });
  });

  it('given /rights with only whitespace, it asks for help', () => {
    const interaction = discord.interaction(askCommandInteraction('   ')) as ChatInputCommandInteraction;
    expect(fromCommand(interaction, '   ').kind).toBe('help');
  });

  it('given a 👎 button press, it is a feedback ActionEvent for that entry from the presser', () => {
    const interaction = discord.interaction(buttonInteraction('cra1:down:acv-listing-length', 'Not helpful')) as ButtonInteraction;
    expect(interaction.isButton()).toBe(true);
    expect(fromButton(interaction, interaction.customId, 'Not helpful')).toEqual({
      type: 'feedback',
      vote: 'down',
      entryId: 'acv-listing-length',
      question: expect.objectContaining({ platform: 'discord', user: { id: USER_ID }, threadId: `discord:${CHANNEL_ID}:member:${USER_ID}` }),
    });
  });

  it('given a related-topic button, it is a followUp ActionEvent carrying the label as the question text', () => {
    const interaction = discord.interaction(buttonInteraction('cra1:f:acv-what-is', 'What is an ACV?')) as ButtonInteraction;
    const event = fromButton(interaction, interaction.customId, 'What is an ACV?');
    expect(event).toMatchObject({ type: 'followUp', entryId: 'acv-what-is', question: { text: 'What is an ACV?' } });
  });

  it('given a button another app made, it gives no event', () => {
    const interaction = discord.interaction(buttonInteraction('poll:vote:1', 'Yes')) as ButtonInteraction;
    expect(fromButton(interaction, interaction.customId, 'Yes')).toBeNull();
  });
});
