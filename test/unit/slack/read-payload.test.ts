// The Slack payload readers are the adapter's edge: whatever JSON arrives, they never throw, and
// what they let through has the types the rest of the adapter relies on.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readBlockActions, readCommand, readMessageEvent } from '../../../adapters/slack/read-payload.js';
import { actionFromBlockActions, questionFromCommand, questionFromMessage } from '../../../adapters/slack/inbound.js';
import { slackFixture } from '../../helpers/slack-fixtures.js';

const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/** Recorded payloads with some fields swapped for arbitrary JSON. */
const mangled = (base: Record<string, unknown>) =>
  fc.dictionary(fc.constantFrom(...Object.keys(base), 'text', 'user', 'channel', 'ts', 'actions', 'container', 'message', 'team_id'), fc.jsonValue(), { maxKeys: 4 }).map((swap) => ({ ...base, ...swap }));

describe('reading Slack payloads at the edge', () => {
  it('given any JSON in place of a message event, it never throws, and a readable one has string fields the adapter can use', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mangled(slackFixture('app_mention') as Record<string, unknown>)), (raw) => {
        const read = readMessageEvent(raw);
        if (!read.ok) return typeof read.field === 'string';
        const e = read.value;
        expect([e.channel, e.ts, e.type].every((v) => typeof v === 'string')).toBe(true);
        expect([e.text, e.user, e.thread_ts, e.subtype, e.bot_id, e.channel_type].every(optionalString)).toBe(true);
        expect(typeof questionFromMessage(e, {}).text).toBe('string');
        return true;
      }),
    );
  });

  it('given any JSON in place of a slash command, it never throws, and a readable one always has a string text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mangled(slackFixture('slash_command') as Record<string, unknown>)), (raw) => {
        const read = readCommand(raw);
        if (!read.ok) return true;
        expect(typeof read.value.text).toBe('string');
        expect(typeof questionFromCommand(read.value).text).toBe('string');
        return true;
      }),
    );
  });

  it('given any JSON in place of a button press, it never throws, and a readable one can be turned into an action', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), mangled(slackFixture('block_actions_thread') as Record<string, unknown>)), (raw) => {
        const read = readBlockActions(raw);
        if (read.ok) actionFromBlockActions(read.value);
        return true;
      }),
    );
  });

  it('given a recorded payload, it reads it unchanged in every field the adapter uses', () => {
    const event = slackFixture('app_mention') as Record<string, unknown>;
    expect(readMessageEvent(event)).toEqual({ ok: true, value: expect.objectContaining({ text: event.text, user: event.user, channel: event.channel, ts: event.ts }) });
    const command = slackFixture('slash_command') as Record<string, unknown>;
    expect(readCommand(command)).toEqual({ ok: true, value: expect.objectContaining({ text: command.text, user_id: command.user_id, team_id: command.team_id }) });
    expect(readBlockActions(slackFixture('block_actions_thread')).ok).toBe(true);
  });
});
