// Staff-written patterns run on every question, so they must never be able to hang the bot.
// Two guards: patterns are executed by re2js, a port of RE2 whose matching time is linear in the
// text whatever the pattern; and patterns whose shape would backtrack catastrophically in an
// ordinary engine (a repeated group that itself repeats, such as "(\w+ ?)+") are rejected when the
// knowledge is checked or reloaded, so staff learn at once that the pattern needs rewriting.
import { RE2JS } from 're2js';

/** A compiled staff pattern; RegExp satisfies it too (tests build entries with plain RegExps). */
export interface SafePattern {
  readonly source: string;
  test(text: string): boolean;
}

export type PatternCheck = { ok: true; pattern: SafePattern } | { ok: false; problem: string };

export function compileStaffPattern(source: string): PatternCheck {
  const shape = catastrophicShape(source);
  if (shape) return { ok: false, problem: shape };
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (err) {
    const why = (err as Error).message.split('\n')[0];
    return { ok: false, problem: `is not a pattern the bot can run (${why}); look-arounds and back-references are not allowed, plain words, (a|b), ? and .* are` };
  }
  return { ok: true, pattern: { source, test: (text: string) => re.matcher(text).find() } };
}

/**
 * A pattern read back from the knowledge cache: the same code checked and compiled it when the
 * cache was written (the cache key holds the code's version), so it is compiled again only when a
 * question first reaches it, which keeps that work off every start.
 */
export function restoredStaffPattern(source: string): SafePattern {
  let re: RE2JS | undefined;
  return { source, test: (text: string) => (re ??= RE2JS.compile(source, RE2JS.CASE_INSENSITIVE)).matcher(text).find() };
}

/**
 * Why the pattern would backtrack catastrophically in a backtracking engine, or undefined.
 * Flags a group repeated by *, + or {n,} that contains its own unbounded repeat ("(a+)+",
 * "(\w+ ?)*"), or alternatives that can start with the same thing ("(a|ab)*", "(.|x)+").
 */
export function catastrophicShape(source: string): string | undefined {
  const groups: { start: number; repeats: boolean; branches: string[] }[] = [];
  let branchStart = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (groups.length && isUnboundedAt(source, i + 2)) groups[groups.length - 1].repeats = true;
      i++;
    } else if (c === '[') {
      const end = classEnd(source, i);
      if (groups.length && isUnboundedAt(source, end + 1)) groups[groups.length - 1].repeats = true;
      i = end;
    } else if (c === '(') {
      groups.push({ start: i, repeats: false, branches: [] });
      branchStart = i + 1;
    } else if (c === '|' && groups.length) {
      groups[groups.length - 1].branches.push(source.slice(branchStart, i));
      branchStart = i + 1;
    } else if (c === ')' && groups.length) {
      const g = groups.pop()!;
      g.branches.push(source.slice(branchStart, i));
      const repeated = isUnboundedAt(source, i + 1);
      if (repeated && g.repeats) return `repeats a group that itself repeats ("${source.slice(g.start, i + 2)}"), which can take minutes on a long question`;
      if (repeated && overlappingBranches(g.branches.map((b) => b.replace(/^\?:/, '')))) {
        return `repeats a choice whose options can match the same text ("${source.slice(g.start, i + 2)}"), which can take minutes on a long question`;
      }
      if (groups.length && (g.repeats || repeated)) groups[groups.length - 1].repeats = true;
      branchStart = i + 1;
    } else if ((c === '*' || c === '+') && groups.length) groups[groups.length - 1].repeats = true;
    else if (c === '{' && groups.length && /^\{\d*,\}/.test(source.slice(i, i + 12))) groups[groups.length - 1].repeats = true;
  }
  return undefined;
}

function isUnboundedAt(source: string, i: number): boolean {
  const c = source[i];
  return c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(source.slice(i, i + 12)));
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > open + 1) return i;
  }
  return source.length - 1;
}

/** Whether two alternatives could begin with the same character (conservative: classes and dots could). */
function overlappingBranches(branches: string[]): boolean {
  if (branches.length < 2) return false;
  const starts = branches.map((b) => (b.length === 0 || /^[.[\\(]/.test(b) ? '*' : b[0].toLowerCase()));
  if (starts.includes('*')) return true;
  return new Set(starts).size < starts.length;
}
