// Text bound for a terminal. A question, a knowledge file or a log line can carry characters a
// terminal acts on instead of showing: C0 controls (ESC starts colour, cursor and clear-screen
// sequences; CR lets text overwrite what came before), DEL, C1 controls (U+0080-U+009F, which
// some terminals read as ESC sequences too) and bidi overrides and isolates, which reorder what a
// staff member reads (the "Trojan Source" trick, CVE-2021-42574). Every terminal writer passes
// its text through here. Newlines and tabs are layout and stay.

/** C0 except tab and newline, DEL, C1, the Arabic letter mark, LRM/RLM, embeddings/overrides, isolates. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify already escapes C0; these are the ones it leaves raw. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every character a terminal could act on removed. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * JSON that is safe to print: the same value once parsed, with the characters above written as
 * \u escapes rather than removed, so scripts reading `--json` output lose nothing.
 */
export function terminalJson(value: unknown, indent?: number): string {
  return escapeJsonForTerminal(JSON.stringify(value, null, indent));
}

/** The same for text JSON.stringify already made: those characters only occur inside its strings. */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
