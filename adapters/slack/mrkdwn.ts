// Knowledge bodies use a small Markdown subset (**bold**, [text](https://..), "- " bullets).
// Slack's mrkdwn is different, and it turns `<!channel>`, `<@U123>` and `<url|label>` into live
// mentions and links, so every piece of text is escaped first and the only angle brackets in the
// output are the links built here.
// https://docs.slack.dev/messaging/formatting-message-text#escaping

/** Escapes the three characters Slack interprets as control sequences in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g;
const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*/g;

/** Converts one line of the Markdown subset, escaping everything that is not markup. */
export function inlineToMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    // `|` ends the URL part of `<url|label>`; a URL never needs a literal one.
    .replace(LINK, (_m, label: string, url: string) => `<${url.replace(/\|/g, '%7C')}|${label}>`)
    .replace(BOLD, (_m, inner: string) => `*${inner}*`);
}

/** Converts a body in the Markdown subset to mrkdwn, line by line. */
export function markdownToMrkdwn(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((line) => {
      const bullet = /^(\s*)[-*]\s+(.*)$/.exec(line);
      if (bullet) return `${bullet[1]}• ${inlineToMrkdwn(bullet[2])}`;
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      if (heading) return `*${inlineToMrkdwn(heading[1])}*`;
      return inlineToMrkdwn(line);
    })
    .join('\n');
}

/**
 * Splits mrkdwn into pieces of at most `max` characters, preferring paragraph breaks, then line
 * breaks, then spaces, and never cutting inside a `<link|label>` or an `&amp;`-style entity (half
 * a link or entity would show as garbage, or worse, join up with the next piece).
 */
export function splitMrkdwn(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = safeCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.trim()) pieces.push(rest);
  return pieces.filter((p) => p.length > 0);
}

/** Cuts mrkdwn to at most `max` characters at a safe place, ending in an ellipsis when cut. */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, safeCut(text, max - 1)).trimEnd() + '…';
}

function safeCut(text: string, max: number): number {
  const window = text.slice(0, max);
  let cut = -1;
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(sep);
    if (at > max / 2) {
      cut = at;
      break;
    }
  }
  if (cut <= 0) cut = max;
  // Not inside <...>: a '<' after the last '>' means a link is open at the cut.
  const open = window.lastIndexOf('<', cut - 1);
  if (open >= 0 && window.lastIndexOf('>', cut - 1) < open && open > 0) cut = open;
  // Not inside an entity such as &amp; (at most 5 characters long).
  const amp = window.lastIndexOf('&', cut - 1);
  if (amp >= 0 && amp > cut - 6 && !window.slice(amp, cut).includes(';') && amp > 0) cut = amp;
  // Not between the two halves of a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff && cut > 1) cut -= 1;
  return cut;
}
