// Who someone is and where they live: National Insurance numbers, dates of birth, postcodes and
// street addresses. Repetitions are bounded or anchored at a run's start, so each is linear.
import type { Redaction } from './redaction.js';

// Two prefix letters (never D, F, I, Q, U, V; the second never O), six digits, a suffix A-D.
const NI_NUMBER = /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/gi;

const DAY_MONTH_YEAR = "\\d{1,2}(?:st|nd|rd|th)?[ ./-]{1,2}(?:\\d{1,2}|[A-Za-z]{3,9})[ ./,-]{1,2}\\d{2,4}";
const MONTH_DAY_YEAR = '[A-Za-z]{3,9} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}';
const BIRTH_CUE = "\\b(?:born(?: on)?|d\\.?o\\.?b\\.?|date of birth|birthday(?: is)?)[\\s:,-]{0,4}(?:is[\\s:]{1,3})?";
const BIRTH_DATE = new RegExp(`(${BIRTH_CUE})(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})`, 'gi');

// Full postcodes in any case, with no, one or two spaces or a dash in the middle.
const POSTCODE = /(?<![A-Za-z0-9])(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]?(?: {0,2}|-)\d[A-Z]{2})(?![A-Za-z0-9])/gi;

const STREET_WORDS = 'Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Cres|Place|Court|Gardens|Gdns|Terrace|Grove|Hill|Row|Square|Sq|Mews|Walk|Parade|Rise|Green|Yard|Wharf';
// "12 High Street", "Flat 3, 221b Baker Street": capitalised words before a street word.
const ADDRESS = new RegExp(`(?<![\\w£$€])(?:(?:Flat|Apartment|Unit) \\d{1,4}[a-z]?,? )?\\d{1,4}[a-z]?,? (?:[A-Z][a-z'’]+ ){1,3}(?:${STREET_WORDS})\\b`, 'g');
// "12 church lane": all in lower case, then only with the unmistakable street words and no
// little words in between ("6 months on this road" is not an address).
const ADDRESS_LOWER = /(?<![\w£$€])\d{1,4}[a-z]?,? ((?:[a-z'’]+ ){1,3})(?:street|road|lane|avenue|crescent|terrace|gardens|mews)\b/gi;
const NOT_STREET_NAME = new Set(['a', 'an', 'the', 'on', 'in', 'of', 'to', 'at', 'by', 'for', 'from', 'our', 'my', 'your', 'their', 'this', 'that', 'these', 'those', 'and', 'or', 'off', 'along', 'near', 'up', 'down', 'days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year', 'houses', 'homes', 'people', 'members', 'miles', 'metres', 'meters', 'yards', 'acres']);

export const IDENTITY_REDACTIONS: Redaction[] = [
  { marker: 'ni number', apply: (t) => t.replace(NI_NUMBER, '[ni number]') },
  { marker: 'date of birth', apply: (t) => t.replace(BIRTH_DATE, '$1[date of birth]') },
  { marker: 'postcode', apply: (t) => t.replace(POSTCODE, '[postcode]') },
  {
    marker: 'address',
    apply: (t) =>
      t.replace(ADDRESS, '[address]').replace(ADDRESS_LOWER, (m, words: string) => (words.trim().split(' ').some((w) => NOT_STREET_NAME.has(w.toLowerCase())) ? m : '[address]')),
  },
];
