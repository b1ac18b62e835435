// Every backend checks record operations the same way before applying them: a malformed one is
// dropped (and reported) rather than failing the whole batch, text is redacted and cut, and a
// conversation state too large to keep is refused, so one bad caller cannot break recording.
import type { StoreLimits } from './limits.js';
import { redact } from './privacy.js';
import type { NearestEntry, RecordOp } from './store.js';

export interface CheckedOps {
  ops: RecordOp[];
  dropped: { type: string; why: string }[];
}

const MAX_ID_CHARS = 200;

export function checkOps(ops: readonly RecordOp[], limits: StoreLimits): CheckedOps {
  const out: CheckedOps = { ops: [], dropped: [] };
  for (const op of ops) {
    const why = problem(op, limits);
    if (why) out.dropped.push({ type: String((op as { type?: unknown })?.type), why });
    else out.ops.push(normalise(op, limits));
  }
  return out;
}

function problem(op: RecordOp, limits: StoreLimits): string | undefined {
  if (!op || typeof op !== 'object') return 'not an operation';
  if (!isTime(op.at)) return '"at" is not a time';
  switch (op.type) {
    case 'question':
      return id(op.platform, 'platform') ?? token(op.userHash, 'userHash') ?? (['answered', 'clarify', 'fallback'].includes(op.status) ? undefined : 'unknown status') ?? optionalId(op.entryId, 'entryId');
    case 'conversation': {
      if (id(op.key, 'key')) return id(op.key, 'key');
      if (op.state === null || op.state === undefined) return undefined;
      let json: string | undefined;
      try {
        json = JSON.stringify(op.state);
      } catch {
        return 'state is not JSON';
      }
      if (json === undefined) return 'state is not JSON';
      return json.length > limits.conversationStateChars ? `state is ${json.length} characters; at most ${limits.conversationStateChars} are kept` : undefined;
    }
    case 'unanswered':
      return id(op.platform, 'platform') ?? token(op.userHash, 'userHash') ?? text(op.text) ?? (['fallback', 'clarify-abandoned', 'thumbs-down'].includes(op.reason) ? undefined : 'unknown reason') ?? nearest(op.nearest) ?? optionalId(op.entryId, 'entryId');
    case 'hold-clarify':
      return id(op.conversation, 'conversation') ?? id(op.platform, 'platform') ?? token(op.userHash, 'userHash') ?? text(op.text) ?? nearest(op.nearest);
    case 'settle-clarify':
      return id(op.conversation, 'conversation') ?? (op.outcome === 'chosen' || op.outcome === 'abandoned' ? undefined : 'unknown outcome');
    case 'vote':
      return id(op.platform, 'platform') ?? token(op.userHash, 'userHash') ?? id(op.entryId, 'entryId') ?? (op.vote === 'up' || op.vote === 'down' ? undefined : 'unknown vote');
    default:
      return 'unknown operation';
  }
}

function normalise(op: RecordOp, limits: StoreLimits): RecordOp {
  const at = new Date(op.at).toISOString();
  if (op.type === 'unanswered' || op.type === 'hold-clarify') {
    return { ...op, at, text: redact(op.text).slice(0, limits.itemTextChars), nearest: op.nearest.slice(0, 10).map((n) => ({ entryId: n.entryId, score: n.score })) };
  }
  return { ...op, at };
}

function isTime(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function id(value: unknown, name: string): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_CHARS ? undefined : `${name} is not a short text`;
}

/** Hashes and keys are single tokens (a vote's key joins a hash and an entry id with a space). */
function token(value: unknown, name: string): string | undefined {
  return id(value, name) ?? (/\s/.test(value as string) ? `${name} contains spaces` : undefined);
}

function optionalId(value: unknown, name: string): string | undefined {
  return value === undefined ? undefined : id(value, name);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? undefined : 'text is not text';
}

function nearest(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'nearest is not a list';
  const ok = value.every((n: NearestEntry) => n && typeof n.entryId === 'string' && typeof n.score === 'number' && Number.isFinite(n.score));
  return ok ? undefined : 'nearest holds something other than entry scores';
}
