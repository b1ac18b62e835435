// Payment details: card numbers (Luhn-checked, so ordinary long numbers stay), IBANs (mod-97
// checked), sort codes and account numbers. Repetitions are bounded, so each expression is linear.
import type { Redaction } from './redaction.js';

const CARD = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;
const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/gi;
// "12-34-56" on its own; a 2-digit-year date written with dashes is the price of catching it.
const SORT_CODE = /(?<![\w-])\d{2}-\d{2}-\d{2}(?![\w-])/g;
const SORT_CODE_NAMED = /(\bsort ?code\b[^\d\n]{0,20})(\d{2}[ -]?\d{2}[ -]?\d{2})(?!\d)/gi;
const ACCOUNT_NAMED = /(\b(?:account|acct|acc|a\/c)\b\.?(?: ?(?:no|number|num|#)\b)?\.?[^\d\n]{0,12})(\d{8})(?!\d)/gi;
const ACCOUNT_AFTER_SORT_CODE = /(\[sort code\][ ,;/]{0,3})(\d{8})(?!\d)/g;

export const MONEY_REDACTIONS: Redaction[] = [
  { marker: 'card number', apply: (t) => t.replace(CARD, (m) => (luhn(m.replace(/\D/g, '')) ? '[card number]' : m)) },
  { marker: 'iban', apply: (t) => t.replace(IBAN, (m) => (ibanValid(m) ? '[iban]' : m)) },
  { marker: 'sort code', apply: (t) => t.replace(SORT_CODE_NAMED, '$1[sort code]').replace(SORT_CODE, '[sort code]') },
  { marker: 'account number', apply: (t) => t.replace(ACCOUNT_NAMED, '$1[account number]').replace(ACCOUNT_AFTER_SORT_CODE, '$1[account number]') },
];

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return digits.length >= 13 && sum % 10 === 0;
}

/** ISO 13616: move the first four characters to the end, letters to numbers, remainder 1 mod 97. */
export function ibanValid(text: string): boolean {
  const iban = text.replace(/ /g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  let remainder = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}
