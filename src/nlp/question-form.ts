// The kind of question asked ("how long", "who can", "what is"), read from the small words the
// matcher otherwise drops. Sibling entries often differ only in this: "How long does a listing
// last?" and "When should we renominate?" share every topic word.
const FORMS: readonly (readonly [string, RegExp])[] = [
  ['how-long', /\bhow (long|soon|quickly)\b|\bdeadline\b|\btime limit\b/],
  ['how-much', /\bhow (much|many)\b|\bcost\b|\bprice\b/],
  ['when', /\bwhen\b|\bwhat date\b/],
  ['who', /\bwho\b|\bwhich (groups?|bodies|organisations?)\b/],
  ['where', /\bwhere\b/],
  ['why', /\bwhy\b/],
  ['how', /\bhow (do|does|can|should|to|would)\b/],
  ['what', /\bwhat (is|are|does|happens?)\b/],
];

/** The forms a normalised text asks in (usually one). Each expression is a bounded alternation: linear. */
export function questionForms(normalised: string): Set<string> {
  const out = new Set<string>();
  for (const [form, re] of FORMS) if (re.test(normalised)) out.add(form);
  return out;
}
