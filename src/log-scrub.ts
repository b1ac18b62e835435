// What a log line may carry: every string redacted with the same rules as the store (emails,
// phone numbers, postcodes and whatever else privacy.ts removes), errors reduced to name,
// message and stack, and nothing deep or circular (a discord.js object can hold the token).
import { redact } from './store/privacy.js';

/** Longest string kept in a log line; longer ones (huge contexts) are cut before redaction runs. */
const MAX_STRING_CHARS = 16_000;

const MAX_DEPTH = 4;
const MAX_KEYS = 50;

export function scrubForLog(message: string, context?: Record<string, unknown>): { message: string; context?: Record<string, unknown> } {
  return { message: redact(message, MAX_STRING_CHARS), context: context ? (scrub(context, 0, new WeakSet()) as Record<string, unknown>) : undefined };
}

function scrub(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redact(value, MAX_STRING_CHARS);
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { type: value.name, message: redact(value.message, MAX_STRING_CHARS), ...(code !== undefined ? { code: scrub(code, depth + 1, seen) } : {}), ...(value.stack ? { stack: redact(value.stack, MAX_STRING_CHARS) } : {}) };
  }
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return '[nested]';
  if (Array.isArray(value)) return value.slice(0, MAX_KEYS).map((v) => scrub(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).slice(0, MAX_KEYS)) out[key] = scrub((value as Record<string, unknown>)[key], depth + 1, seen);
  return out;
}
