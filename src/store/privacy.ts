// Personal details never reach the store or the logs: ids are hashed with a secret salt, and
// names, contact, identity and payment details are replaced by a marker ("[email]") before any
// text is written. Input is cut to a fixed length before any expression runs, and every
// expression is linear in its input (see redaction/), so hostile text costs microseconds.
import { createHash } from 'node:crypto';
import { CONTACT_REDACTIONS } from './redaction/contact.js';
import { IDENTITY_REDACTIONS } from './redaction/identity.js';
import { MONEY_REDACTIONS } from './redaction/money.js';
import { NAME_REDACTIONS } from './redaction/names.js';

/** Longer text is cut to this before redaction: a question is at most 2,000 characters. */
export const MAX_REDACTED_CHARS = 4000;

export function hashUserId(platform: string, id: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${platform}:${id}`).digest('hex').slice(0, 16);
}

/** A conversation key ("slack:C1:1712.5", "slack:cmd:C1:U123") as the store keeps it. */
export function hashConversationKey(key: string, salt: string): string {
  return `c:${createHash('sha256').update(`${salt}:conversation:${key}`).digest('hex').slice(0, 24)}`;
}

/** A staff member as the audit log and learned phrasings name them: platform, then a hash. */
export function pseudonym(platform: string, id: string, salt: string): string {
  return `${platform}:${hashUserId(platform, id, salt)}`;
}

// Order matters: emails before phone numbers (an email may hold digits), payment details before
// phones (a card number looks like a long phone number), addresses before names.
const REDACTIONS = [...CONTACT_REDACTIONS.slice(0, 1), ...MONEY_REDACTIONS, ...CONTACT_REDACTIONS.slice(1), ...IDENTITY_REDACTIONS, ...NAME_REDACTIONS];

/** Every marker redaction can leave, for code that strips or counts them. */
export const REDACTION_MARKERS = REDACTIONS.map((r) => r.marker);
export const MARKER_PATTERN = new RegExp(`\\[(?:${REDACTION_MARKERS.join('|')})\\]`, 'g');

export function redact(text: string, maxChars: number = MAX_REDACTED_CHARS): string {
  let out = text.length > maxChars ? text.slice(0, maxChars) : text;
  for (const r of REDACTIONS) out = r.apply(out);
  return out;
}

/** Question text with personal details taken out entirely: they say nothing about the topic. */
export function withoutPersonalDetails(text: string): string {
  return redact(text).replace(MARKER_PATTERN, ' ');
}

/** How many details redaction took out of a text. */
export function countMarkers(text: string): number {
  return text.match(MARKER_PATTERN)?.length ?? 0;
}
