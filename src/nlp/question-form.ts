// The kind of question asked ("how long", "who can", "what if refused"), read from the small words
// the matcher otherwise drops. Sibling entries often differ only in this: "How long does a listing
// last?" and "When should we renominate?" share every topic word, and "which services can't be
// challenged" differs from "what is the Right to Challenge" only in its "can't".
// An entry's profile is how often its title and examples ask in each form (search-index.ts).
import { asksForThemselves } from './asker.js';

const FORMS: readonly (readonly [string, RegExp])[] = [
  ['how-long', /\bhow (long|soon|quickly)\b|\bdeadline|\btime ?limits?\b|\bhow many (days|weeks|months|years)\b|\bby when\b/],
  ['how-much', /\bhow (much|many)\b|\bcosts?\b|\bprice\b|\bfees?\b|£/],
  // "when does it end", not "when a council sells": only "when" asking, followed by a verb.
  ['when', /\bwhen (do|does|did|is|are|was|will|can|could|should|would|must|has|have|might)\b|\bwhat date\b|\byet\b/],
  ['who', /\bwho\b|\bwhich (groups?|bodies|organisations?|councils?)\b|\beligib|\bqualif/],
  ['where', /\bwhere\b/],
  ['why', /\bwhy\b/],
  ['how', /\bhow (do|does|can|should|to|would|is)\b|\bsteps?\b|\bprocess\b/],
  ['what', /\bwhat (exactly )?(is|are|does|happens?)\b|\bmeans?\b|\bmeaning\b/],
  // Limits and exceptions: "can't", "not allowed", "excluded", "exempt".
  ['negative', /\bcan not\b|\bnot (allowed|covered|apply|applies|count|counts|eligible|able|included)\b|\bexclu|\bexempt|\bexcept/],
  ['refused', /\brefus|\breject|\bturned (it |us )?down\b|\bturn (it |us )?down\b|\bdeclined?\b|\bappeal|\bunsuccessful|\bsa(y|ys|id) no\b/],
  // Whether something still exists or has changed: "still open", "in force yet", "new rules".
  ['status', /\bstill\b|\bin force\b|\bopen\b|\bclosed?\b|\bended\b|\bavailable\b|\brunning\b|\bany ?more\b|\bnew\b|\bchanged?\b/],
  ['can', /\bcan (we|i|a|an|our|the|they|it|you|he|she|my)\b|\ballowed\b|\bentitled\b|\bable to\b|\bpermitted\b|\bmust\b|\bhave to\b|\bhas to\b|\brequired\b|\bobliged\b/],
  ['after', /\bafter\b|\bnext\b|\bwhat now\b|\bonce\b|\bthen what\b/],
];

/** Asked only about the asker ("I", "my"; see asker.ts): common for questions about the advisor
 *  itself, rare for community-rights questions, so each entry's share is profiled too. */
export const PERSONAL = 'personal';

export const FORM_NAMES: readonly string[] = [...FORMS.map(([name]) => name), PERSONAL];

/** The forms a normalised text asks in. Each expression is a bounded alternation: linear. */
export function questionForms(normalised: string): Set<string> {
  const out = new Set<string>();
  for (const [form, re] of FORMS) if (re.test(normalised)) out.add(form);
  if (asksForThemselves(normalised)) out.add(PERSONAL);
  return out;
}
