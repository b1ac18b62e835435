// Slack payloads (recorded shapes) -> the core's Question and ActionEvent.
import { describe, expect, it } from '@jest/globals';
import {
  actionFromBlockActions, isAnswerableMessage, questionFromCommand, questionFromMessage, questionText,
  type SlackBlockActionsPayload, type SlackCommandPayload, type SlackMessageEvent,
} from '../../../adapters/slack/inbound.js';
import { slackFixture } from '../../helpers/slack-fixtures.js';

const self = { botUserId: 'U0LAN0Z89', botId: 'B0LAN0Z89' };
const at = new Date('2026-11-21T12:00:00Z');

describe('questions from messages', () => {
  it('given an app_mention, it strips the bot mention and keys the conversation by the message ts', () => {
    const q = questionFromMessage(slackFixture<SlackMessageEvent>('app_mention'), self, at);
    expect(q).toEqual({
      text: 'how long does an ACV listing last?',
      platform: 'slack',
      user: { id: 'U061F7AUR' },
      channel: { id: 'C0LAN2Q65', isDirect: false },
      threadId: 'slack:C0LAN2Q65:1515449522.000016',
      receivedAt: at,
    });
  });

  it('given a mention inside a thread, it keys the conversation by the thread, so follow-ups share it', () => {
    const q = questionFromMessage(slackFixture<SlackMessageEvent>('app_mention_in_thread'), self, at);
    expect(q.threadId).toBe('slack:C0LAN2Q65:1515449522.000016');
  });

  it('given other mentions and @here in the text, it passes them on as plain words, not markup', () => {
    const q = questionFromMessage(slackFixture<SlackMessageEvent>('app_mention_in_thread'), self, at);
    expect(q.text).toBe('and can we get it listed again? cc @U0ABCDEF1 @here');
  });

  it('given a direct message with escaped characters and a link, it gives the words the person typed', () => {
    const q = questionFromMessage(slackFixture<SlackMessageEvent>('message_im'), self, at);
    expect(q.channel).toEqual({ id: 'D024BE91L', isDirect: true });
    // Outside a thread, a direct message conversation is one running conversation.
    expect(q.threadId).toBe('slack:D024BE91L:dm');
    expect(q.text).toBe("what's the moratorium & how long is it? see the guidance <!channel>");
  });

  it('given the bot id is unknown, it still strips a leading mention', () => {
    expect(questionText('<@U0LAN0Z89> hello there')).toBe('hello there');
    expect(questionText('ask <@U0ABCDEF1> about it')).toBe('ask @U0ABCDEF1 about it');
  });

  it('given a mention with nothing after it, it gives empty text', () => {
    expect(questionText('<@U0LAN0Z89>   ', self)).toBe('');
  });

  it('given channel links, user groups, dates and bare links, it keeps the visible words', () => {
    expect(questionText('<#C123ABC|general> <!subteam^S123|@trustees> <!date^1392734382^{date}|Feb 18> <https://gov.uk> <mailto:a@b.org|a@b.org>')).toBe(
      '#general @trustees Feb 18 https://gov.uk a@b.org',
    );
  });

  it('given a 50,000-character message, it returns it whole (the core decides it is too long) without choking', () => {
    const text = questionText(`<@U0LAN0Z89> ${'why '.repeat(12_500)}`, self);
    expect(text.length).toBe(49_999);
  });
});

describe('which messages are answered', () => {
  it('given a person\'s new message, it answers', () => {
    expect(isAnswerableMessage(slackFixture<SlackMessageEvent>('message_im'), self)).toBe(true);
  });

  it.each(['message_im_bot', 'message_im_own', 'message_im_changed'])('given %s, it does not answer (no loops, no edits)', (name) => {
    expect(isAnswerableMessage(slackFixture<SlackMessageEvent>(name), self)).toBe(false);
  });

  it('given another app\'s message posted with a user id, it does not answer', () => {
    expect(isAnswerableMessage({ ...slackFixture<SlackMessageEvent>('message_im'), bot_id: 'BOTHER' }, self)).toBe(false);
  });
});

describe('questions from slash commands', () => {
  it('given /rights with text, it asks that text and keys the private conversation by channel and person', () => {
    const q = questionFromCommand(slackFixture<SlackCommandPayload>('slash_command'), at);
    expect(q).toEqual({
      text: 'how long does an ACV listing last?',
      platform: 'slack',
      user: { id: 'U2147483697' },
      channel: { id: 'C2147483705', isDirect: false },
      threadId: 'slack:C2147483705:command-U2147483697',
      receivedAt: at,
    });
  });

  it('given /rights in a direct message, it marks the channel as direct', () => {
    const q = questionFromCommand({ ...slackFixture<SlackCommandPayload>('slash_command'), channel_id: 'D024BE91L', channel_name: 'directmessage' }, at);
    expect(q.channel.isDirect).toBe(true);
  });
});

describe('button presses', () => {
  it('given a follow-up pressed in a channel thread, it asks for that entry and answers in the same thread', () => {
    const inbound = actionFromBlockActions(slackFixture<SlackBlockActionsPayload>('block_actions_thread'), at);
    expect(inbound).toEqual({
      kind: 'core',
      target: { kind: 'channel', channel: 'C0LAN2Q65', threadTs: '1515449522.000016' },
      event: {
        type: 'followUp',
        entryId: 'acv-what-is',
        question: {
          text: 'What is an asset of community value?',
          platform: 'slack',
          user: { id: 'U061F7AUR' },
          channel: { id: 'C0LAN2Q65', isDirect: false },
          threadId: 'slack:C0LAN2Q65:1515449522.000016',
          receivedAt: at,
        },
      },
    });
  });

  it('given a vote on a private answer, it records feedback and answers privately, in the /rights conversation', () => {
    const inbound = actionFromBlockActions(slackFixture<SlackBlockActionsPayload>('block_actions_ephemeral'), at);
    expect(inbound?.kind).toBe('core');
    if (inbound?.kind !== 'core') return;
    expect(inbound.target).toEqual({ kind: 'ephemeral' });
    expect(inbound.event).toMatchObject({ type: 'feedback', vote: 'down', entryId: 'acv-listing-length' });
    expect(inbound.event.question.threadId).toBe('slack:C2147483705:command-U2147483697');
  });

  it('given a clarify choice in a direct message, it asks for the chosen entry and answers at the top of the conversation', () => {
    const inbound = actionFromBlockActions(slackFixture<SlackBlockActionsPayload>('block_actions_dm'), at);
    if (inbound?.kind !== 'core') throw new Error('expected a core action');
    expect(inbound.event).toMatchObject({ type: 'followUp', entryId: 'rtb-moratorium' });
    expect(inbound.target).toEqual({ kind: 'channel', channel: 'D024BE91L', threadTs: undefined });
    expect(inbound.event.question.channel.isDirect).toBe(true);
  });

  it('given "Share in channel", it asks for a share of that entry', () => {
    const payload = slackFixture<SlackBlockActionsPayload>('block_actions_ephemeral');
    payload.actions[0] = { action_id: 'rights:share:acv-listing-length', value: 'acv-listing-length' };
    expect(actionFromBlockActions(payload, at)).toMatchObject({ kind: 'share', entryId: 'acv-listing-length', question: { user: { id: 'U2147483697' } } });
  });

  it('given "more" on an answer cut to fit, it asks for the entry again and says where to continue', () => {
    const payload = slackFixture<SlackBlockActionsPayload>('block_actions_thread');
    payload.actions[0] = { action_id: 'rights:more:acv-listing-length@7', value: 'acv-listing-length' };
    expect(actionFromBlockActions(payload, at)).toMatchObject({ kind: 'core', renderFrom: 7, event: { type: 'more', entryId: 'acv-listing-length' } });
  });

  it('given a button this adapter did not render, it ignores it', () => {
    const payload = slackFixture<SlackBlockActionsPayload>('block_actions_thread');
    payload.actions[0] = { action_id: 'someone-elses-button', value: 'x' };
    expect(actionFromBlockActions(payload, at)).toBeNull();
  });
});
