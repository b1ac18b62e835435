// Strict loading: every record of the data file is checked against its schema. A bad record is
// set aside (returned with the field that is wrong) and the rest loads; a section of the wrong
// kind is set aside whole. Only a file that is not a JSON object at all counts as corrupt.
import { CLAIM_KEY_PATTERN } from '../claim-key.js';
import type { StoreLimits } from '../limits.js';
import { dict, emptyDocument, type Dict, type StoreDocument } from './document.js';
import { migrateV1 } from './migrate-v1.js';
import { keepIdsUnique } from './unique-ids.js';
import { fromBase64 } from './people-bitmap.js';
import { queueKey } from './queue.js';
import type { SetAside } from './unique-ids.js';
import { count, dictOf, id, isObject, listOf, nearestList, nonEmptyText, object, oneOf, optional, text, time, type Check } from './schema.js';

export type { SetAside } from './unique-ids.js';

export interface Loaded {
  doc: StoreDocument;
  setAside: SetAside[];
  migrated: boolean;
}

const REASONS = ['fallback', 'clarify-abandoned', 'thumbs-down'];
const ITEM = object({
  id, text, count, platforms: listOf(text), reasons: dictOf(count), firstAt: time, lastAt: time, nearest: nearestList,
  status: oneOf('open', 'linked', 'dismissed'), entryId: optional(text), closedAt: optional(time), key: optional(text),
});
const DAY = object({
  asked: object({ answered: count, clarify: count, fallback: count }), platforms: dictOf(count), entries: dictOf(count),
  reask: object({ answers: count, reasked: count }), people: (v) => text(v) ?? (fromBase64(v as string) ? undefined : 'is not a people bitmap'),
});
const CONVERSATION = object({ at: time, state: (v) => (v === undefined || v === null ? 'is missing' : undefined) });
const HELD = object({ at: time, platform: text, userHash: text, text, nearest: nearestList });
const VOTE = object({ vote: oneOf('up', 'down'), day: (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : 'is not a day') });
const LEARNED = object({ id, text: nonEmptyText, entryId: nonEmptyText, by: text, at: time });
const AUDIT = object({ at: time, actor: text, action: text, detail: text });

/** undefined when the value is not a data document at all (the caller moves the file aside). */
export function validateDocument(raw: unknown, limits: StoreLimits, pseudonymise: (actor: string) => string): Loaded | undefined {
  if (!isObject(raw)) return undefined;
  const setAside: SetAside[] = [];
  const v1 = raw.version === 1 || (raw.version === undefined && ['questions', 'feedback', 'contexts'].some((k) => k in raw));
  if (v1) return { doc: migrateV1(raw, limits, pseudonymise, setAside), setAside, migrated: true };

  const doc = emptyDocument();
  const list = <T>(name: string, check: Check): T[] => keepValid<T>(raw[name], name, check, setAside, true) as T[];
  const map = <T>(name: string, check: Check, keyOk: (k: string) => boolean = () => true): Dict<T> => keepValid<T>(raw[name], name, check, setAside, false, keyOk) as Dict<T>;
  doc.conversations = map('conversations', CONVERSATION);
  for (const [k, c] of Object.entries(doc.conversations)) {
    const chars = JSON.stringify(c.state).length;
    if (chars > limits.conversationStateChars) {
      setAside.push({ field: `conversations["${k}"]`, problem: `.state is larger than ${limits.conversationStateChars} characters`, value: c });
      delete doc.conversations[k];
    } else doc.conversations[k] = { at: c.at, state: c.state, chars };
  }
  doc.days = map('days', DAY, (k) => /^\d{4}-\d{2}-\d{2}$/.test(k));
  for (const [k, d] of Object.entries(doc.days)) doc.days[k] = { ...d, platforms: dict(Object.entries(d.platforms)), entries: dict(Object.entries(d.entries)) };
  doc.unanswered = list('unanswered', ITEM);
  for (const item of doc.unanswered) item.key ??= queueKey(item.text);
  doc.held = map('held', HELD);
  doc.rate = map('rate', object({ hour: text, count }));
  doc.votes = map('votes', VOTE, (k) => k.includes(' '));
  doc.learned = list('learned', LEARNED);
  doc.audit = list('audit', AUDIT);
  doc.claims = map('claims', time, (k) => CLAIM_KEY_PATTERN.test(k));
  doc.nextId = Number.isInteger(raw.nextId) && (raw.nextId as number) >= 1 ? (raw.nextId as number) : 1;
  if (raw.nextId !== undefined && doc.nextId !== raw.nextId) setAside.push({ field: 'nextId', problem: 'is not a whole number above 0; recomputed from the ids in use', value: raw.nextId, repaired: true });
  keepIdsUnique(doc, setAside);
  return { doc, setAside, migrated: false };
}

function keepValid<T>(value: unknown, name: string, check: Check, setAside: SetAside[], isList: boolean, keyOk: (k: string) => boolean = () => true): T[] | Dict<T> {
  if (value === undefined) return isList ? [] : dict();
  if (isList ? !Array.isArray(value) : !isObject(value)) {
    setAside.push({ field: name, problem: `is not ${isList ? 'a list' : 'an object'}; the whole section was set aside`, value });
    return isList ? [] : dict();
  }
  if (isList) {
    return (value as unknown[]).filter((x, i) => {
      const problem = check(x);
      if (problem) setAside.push({ field: `${name}[${i}]`, problem: problem.replace(/^\./, ''), value: x });
      return !problem;
    }) as T[];
  }
  const out = dict<T>();
  for (const [k, x] of Object.entries(value as Record<string, unknown>)) {
    const problem = keyOk(k) ? check(x) : 'has a key of the wrong form';
    if (problem) setAside.push({ field: `${name}["${k}"]`, problem: problem.replace(/^\./, ''), value: x });
    else out[k] = x as T;
  }
  return out;
}
