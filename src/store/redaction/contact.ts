// Email addresses and telephone numbers, in the forms people actually type them.
// Every expression starts only where a run of its characters starts (the lookbehind), and every
// repetition is either bounded or over a class the next token cannot match, so each runs in time
// linear in the text: a 40,000-character run of "a" is scanned once, not once per position.
import type { Redaction } from './redaction.js';

const LOCAL = "[\\p{L}\\p{N}._%+'’-]";
const LABEL = '[\\p{L}\\p{N}-]+';

/** jo.bloggs@example.org, o'brien@example.co.uk, jö@exämple.de, "jo @ example.org". */
const EMAIL = new RegExp(`(?<!${LOCAL})${LOCAL}+ ?@ ?${LABEL}(?:\\.${LABEL})+`, 'gu');
/** jo at example dot com, jo(at)example(dot)org, jo [at] example [dot] org. */
const EMAIL_SPELLED = new RegExp(`(?<!${LOCAL})${LOCAL}+ ?(?:\\(at\\)|\\[at\\]| at ) ?${LABEL}(?: ?(?:\\(dot\\)|\\[dot\\]| dot ) ?${LABEL})+`, 'giu');

// UK numbers: +44 / 0044 / 0 prefixes, the area code in brackets, spaces, dots or dashes.
const PHONE_UK = /(?:(?:\+|\b00)44[\s-]?\(?0?\)?|\(0|\b0)(?:[\s.)-]{0,2}\d){9,10}(?!\d)/g;
// Other countries: + or 00, a country code, then 6 to 12 more digits in any grouping.
const PHONE_INTERNATIONAL = /(?<![\w+])(?:\+|\b00)[1-9]\d{0,2}(?:[\s.()-]{0,2}\d){6,12}(?!\d)/g;

export const CONTACT_REDACTIONS: Redaction[] = [
  { marker: 'email', apply: (t) => t.replace(EMAIL, '[email]').replace(EMAIL_SPELLED, '[email]') },
  { marker: 'phone', apply: (t) => t.replace(PHONE_UK, '[phone]').replace(PHONE_INTERNATIONAL, '[phone]') },
];
