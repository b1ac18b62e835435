// Personal details never reach the store: user ids are hashed with a secret salt, and emails,
// phone numbers and postcodes are replaced before any question text is written.
import { createHash } from 'node:crypto';

export function hashUserId(platform: string, id: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${platform}:${id}`).digest('hex').slice(0, 16);
}

// The lookbehind lets a match start only where a run of address characters starts, so a long
// run with no "@" is scanned once, not once from every character (linear, not quadratic).
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// UK numbers in their common written forms: +44 / 0 prefixes, spaces, dots or dashes.
const PHONE = /(?:\+44\s?\(?0?\)?|\(0|\b0)(?:[\s.)-]{0,2}\d){9,10}\b/g;
// UK postcodes, full ("SW1A 1AA") and district-only when followed by a space and digit-letter pair.
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;

export function redact(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, '[phone]').replace(POSTCODE, '[postcode]');
}

/** Question text with personal details taken out entirely: they say nothing about the topic. */
export function withoutPersonalDetails(text: string): string {
  return redact(text).replace(/\[(?:email|phone|postcode)\]/g, ' ');
}
