// Small text helpers for rendering: shortening and splitting at readable boundaries, and
// defusing mention syntax. allowed_mentions already stops pings; escaping also stops a
// "<@123>" in knowledge text from *displaying* as someone's name.

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters, at a word boundary when one is near, ending in "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  let cut = safeCut(text, max - ELLIPSIS.length);
  const space = text.lastIndexOf(' ', cut);
  // Prefer a word boundary unless it would throw away a lot of the room (a long unbroken run).
  if (space > 0 && cut - space <= Math.max(20, cut * 0.2)) cut = space;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/**
 * Splits `text` into pieces of at most `max` characters, preferring paragraph breaks, then line
 * breaks, then spaces; never returns an empty piece.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = -1;
    for (const boundary of ['\n\n', '\n', ' ']) {
      const at = window.lastIndexOf(boundary);
      if (at > max / 2) {
        cut = at;
        break;
      }
    }
    if (cut === -1) cut = safeCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/**
 * Makes mention syntax inert: "@everyone"/"@here" and "<@id>", "<@!id>", "<@&id>" get a zero-width
 * space so they show as text. https://discord.com/developers/docs/reference#message-formatting
 */
export function escapeMentions(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200b$1').replace(/<@/g, '<\u200b@');
}

/** A Markdown link whose title cannot break out of the brackets and whose URL cannot close early. */
export function markdownLink(title: string, url: string): string {
  const safeTitle = title.replace(/[[\]]/g, (c) => `\\${c}`);
  // encodeURIComponent leaves parentheses alone, so escape them by hand.
  const safeUrl = url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${safeTitle}](${safeUrl})`;
}

/** An index <= max that does not fall between the two halves of a surrogate pair. */
function safeCut(text: string, max: number): number {
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
