// A follow-up that ends by comparing with another scheme ("do they need a local connection like
// with ACVs?") asks about the conversation's own scheme: the one named in the comparison is the
// yardstick. Read with it, the question would move to that scheme; read without it, it stays on
// the topic. Only a closing comparison of a few words is dropped, and only when those words name
// a subject: "does it show up anywhere else, like for buyers" keeps its buyers.

/** Words after the comparison's opening, at most: "like with the old right to bid" is four. */
const COMPARED_WORDS = 5;

/**
 * The question without its closing comparison, or as it was. `namesSubject` says whether the
 * compared words name a subject of the knowledge (facets.yaml).
 */
export function withoutClosingComparison(text: string, openers: readonly string[], namesSubject: (words: string) => boolean): string {
  for (const opener of openers) {
    const m = closingPattern(opener).exec(text);
    if (!m) continue;
    const [, before, compared, ending] = m;
    if (before!.trim().split(/\s+/).length >= 2 && namesSubject(compared!)) return `${before!.trim()}${ending || ''}`;
  }
  return text;
}

// Compiled once per opener: this runs on every message in a thread.
const compiled = new Map<string, RegExp>();

/** The opener, then up to COMPARED_WORDS words and the question's end. Not global, so exec is safe. */
function closingPattern(opener: string): RegExp {
  let re = compiled.get(opener);
  if (!re) {
    const words = opener.trim().split(/\s+/).map(escape).join('\\s+');
    re = new RegExp(`^(.*?[a-z0-9].*?)[\\s,;-]+${words}\\s+((?:\\S+\\s+){0,${COMPARED_WORDS - 1}}\\S+?)\\s*([?!.]*)\\s*$`, 'i');
    compiled.set(opener, re);
  }
  return re;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
