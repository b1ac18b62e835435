// The adapter's only fixed sentences. They are said when the core could not supply words
// (it failed, or a button needs no answer), so they cannot come from the knowledge.

/** Sent, privately where Discord allows, when answering failed; details go to the log, not the user. */
export const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';

/** Private acknowledgement of a 👍/👎 when the core has nothing more to say. */
export const FEEDBACK_THANKS = 'Thanks, your feedback has been recorded.';

/** Logged once when Discord refuses the privileged Message Content intent (gateway close 4014). */
export const MESSAGE_CONTENT_HINT =
  'Discord refused the Message Content intent, so the bot is running without it (slash commands, mentions and DMs still work). ' +
  'To enable it: https://discord.com/developers/applications -> your application -> Bot -> Privileged Gateway Intents -> ' +
  'turn on "Message Content Intent", save, and restart the bot.';
