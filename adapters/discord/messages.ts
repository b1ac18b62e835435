// The adapter's only fixed sentences. They are said when the core could not supply words
// (it failed, or a button needs no answer), so they cannot come from the knowledge.

/** Sent, privately where Discord allows, when answering failed; details go to the log, not the user. */
export const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';

/** Private acknowledgement of a 👍/👎 when the core has nothing more to say. */
export const FEEDBACK_THANKS = 'Thanks, your feedback has been recorded.';
