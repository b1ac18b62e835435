// Finds known phrases in a list of tokens, longest first and without overlaps, so "who can help"
// is one phrase (help) rather than "who can" (who) followed by "help". Shared by small talk and
// facet signals; each builds its table once per version of the knowledge.

export interface PhraseTable<T> {
  /** first token -> phrases starting with it, longest first. */
  byFirst: Map<string, { tokens: string[]; tag: T }[]>;
}

export interface Span<T> {
  start: number;
  end: number;
  tag: T;
}

export function buildPhraseTable<T>(phrases: { tokens: string[]; tag: T }[]): PhraseTable<T> {
  const byFirst = new Map<string, { tokens: string[]; tag: T }[]>();
  for (const p of phrases) {
    if (p.tokens.length === 0) continue;
    const list = byFirst.get(p.tokens[0]) ?? [];
    list.push(p);
    byFirst.set(p.tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

/** Non-overlapping matches, scanning left to right and taking the longest phrase at each point. */
export function findSpans<T>(tokens: string[], table: PhraseTable<T>): Span<T>[] {
  const spans: Span<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = table.byFirst.get(tokens[i])?.find((p) => p.tokens.every((t, k) => tokens[i + k] === t));
    if (hit) {
      spans.push({ start: i, end: i + hit.tokens.length, tag: hit.tag });
      i += hit.tokens.length;
    } else i++;
  }
  return spans;
}
