// "Did you mean --json?" for a mistyped flag: the known flag within two edits, if any.

const MAX_EDITS = 2;

export function closestFlag(typed: string, known: string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = editDistance(typed.toLowerCase(), name);
    if (d <= MAX_EDITS && d < name.length && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

/** Levenshtein distance; flags are a few letters long, so the plain table is plenty. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
