// Slack's size limits for the messages and views this adapter builds. Exceeding any of them makes
// the Web API reject the whole message (`invalid_blocks`, `msg_too_long`), so the renderer checks
// every one of them itself rather than trusting the content to be short.
// Lengths are counted in UTF-16 code units (String#length), which is never less than what Slack
// counts, so staying under them here stays under them there.

/** Limits from https://docs.slack.dev/reference/block-kit/blocks and .../block-elements. */
export const SLACK_LIMITS = {
  /** Blocks in one message (chat.postMessage, response_url). */
  blocksPerMessage: 50,
  /** Blocks in a Home tab or modal view (https://docs.slack.dev/reference/views). */
  blocksPerView: 100,
  /** `text` of a section block. */
  sectionText: 3000,
  /** `text` of a header block (plain_text). */
  headerText: 150,
  /** Elements in a context block. */
  contextElements: 10,
  /** `text` of one context element; the documented maximum for a text object. */
  contextText: 3000,
  /** Elements in an actions block. */
  actionsElements: 25,
  /** A button's plain_text label. */
  buttonText: 75,
  /** A button's action_id. */
  actionId: 255,
  /** A button's value. */
  buttonValue: 2000,
  /**
   * Slack does not document a total for a message, but messages whose blocks carry much more than
   * about 13,000 characters of text are refused; stay well under it.
   */
  messageChars: 12000,
  /** The `text` fallback: Slack truncates at 40,000 (https://docs.slack.dev/reference/methods/chat.postMessage); a notification needs far less. */
  fallbackText: 3000,
} as const;

/** Shortens plain text (no markup) to at most `max` UTF-16 units, ending in an ellipsis when cut. */
export function truncatePlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}
