// The phrasing the bot learns from a queued question. Redaction leaves "[phone]" and similar
// markers; they say nothing about the topic (the matcher ignores personal details too) and would
// read oddly as an example question in a knowledge file, so they are taken out and the
// punctuation around them tidied.
import { withoutPersonalDetails } from '../store/privacy.js';

export function teachableText(redacted: string): string {
  return withoutPersonalDetails(redacted)
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/^[\s,;:.]+|[\s,;:]+$/g, '')
    .trim();
}

/** Same comparison the knowledge checker uses for duplicate example questions. */
export function questionKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9£]+/g, ' ').trim();
}
