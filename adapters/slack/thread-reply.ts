// Replies in a thread without a mention: answered only in a thread the bot has already answered
// in (the core remembers which, across restarts), and never when the reply starts by addressing
// someone else ("<@U123> what do you think?") or mentions the bot (app_mention answers those).
// https://docs.slack.dev/reference/events/message.channels
import type { BotIdentity, SlackMessageEvent } from './inbound.js';

/** Subtypes that are still a person's own new message: a thread reply also sent to the channel. */
const PERSON_SUBTYPES = new Set(['thread_broadcast']);

/** Whether a channel message is a candidate follow-up; the core then says whether the thread is one it answered in. */
export function isThreadFollowUp(event: SlackMessageEvent, self: BotIdentity): boolean {
  if (!event.thread_ts || event.thread_ts === event.ts) return false;
  if (event.subtype !== undefined && !PERSON_SUBTYPES.has(event.subtype)) return false;
  if (event.bot_id !== undefined || !event.user) return false;
  if (self.botUserId && event.user === self.botUserId) return false;
  const text = event.text ?? '';
  if (self.botUserId && text.includes(`<@${self.botUserId}`)) return false;
  return !/^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/.test(text);
}
