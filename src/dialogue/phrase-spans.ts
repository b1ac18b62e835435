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

/**
 * Non-overlapping matches, scanning left to right and taking the longest phrase at each point.
 * `crosses`: whether a phrase that starts inside the last match and runs past its end may be read
 * too ("can not raise" + "raise the money": a missed outcome and a stage); it then replaces what
 * the scan would find in the words it covers.
 */
export function findSpans<T>(tokens: string[], table: PhraseTable<T>, crosses?: (last: T, next: T) => boolean): Span<T>[] {
  const spans: Span<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = longestAt(tokens, table, i);
    if (hit) {
      spans.push({ start: i, end: i + hit.tokens.length, tag: hit.tag });
      i += hit.tokens.length;
      const last = spans[spans.length - 1];
      const crossing = crosses && crossingFrom(tokens, table, last, crosses);
      if (crossing) {
        spans.push(crossing);
        i = crossing.end;
      }
    } else i++;
  }
  return spans;
}

function longestAt<T>(tokens: string[], table: PhraseTable<T>, i: number) {
  return table.byFirst.get(tokens[i])?.find((p) => p.tokens.every((t, k) => tokens[i + k] === t));
}

/** The longest phrase starting inside `last` and ending past it that `crosses` allows, if any. */
function crossingFrom<T>(tokens: string[], table: PhraseTable<T>, last: Span<T>, crosses: (last: T, next: T) => boolean): Span<T> | undefined {
  for (let j = last.start + 1; j < last.end; j++) {
    const hit = table.byFirst.get(tokens[j])?.find((p) => j + p.tokens.length > last.end && crosses(last.tag, p.tag) && p.tokens.every((t, k) => tokens[j + k] === t));
    if (hit) return { start: j, end: j + hit.tokens.length, tag: hit.tag };
  }
  return undefined;
}

/**
 * Phrases lying wholly inside `outer` that `accept` allows, longest first and without overlaps:
 * the words of a look-alike of one facet ("have to vote yes" is no outcome) may still signal
 * another facet ("vote", the referendum stage).
 */
export function spansWithin<T>(tokens: string[], table: PhraseTable<T>, outer: Span<T>, accept: (tag: T) => boolean): Span<T>[] {
  const spans: Span<T>[] = [];
  let j = outer.start;
  while (j < outer.end) {
    const hit = table.byFirst.get(tokens[j])?.find((p) => j + p.tokens.length <= outer.end && accept(p.tag) && p.tokens.every((t, k) => tokens[j + k] === t));
    if (hit) {
      spans.push({ start: j, end: j + hit.tokens.length, tag: hit.tag });
      j += hit.tokens.length;
    } else j++;
  }
  return spans;
}
