// Periods and counts a text states ("6 weeks", "18 months", "21 members"). Sibling entries on
// the same right often differ only in the period they are about, so a question that names one
// is strong evidence for the entry that states it.
const UNITS: ReadonlyMap<string, string> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['wk', 'week'], ['wks', 'week'],
  ['month', 'month'], ['months', 'month'], ['mth', 'month'], ['mths', 'month'], ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
]);

/** From tokens (number words already digits): "N unit" for periods, "N" for every number. */
export function extractQuantities(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = /^(\d{1,4})(days?|weeks?|months?|years?|wks?|mths?|yrs?)?$/.exec(tokens[i]);
    if (!m) continue;
    out.push(m[1]);
    const unit = UNITS.get(m[2] ?? tokens[i + 1] ?? '');
    if (unit) out.push(`${m[1]} ${unit}`);
  }
  return out;
}

/** The period quantities ("6 week") among extracted ones. */
export const isPeriod = (q: string): boolean => q.includes(' ');
