// Turns built knowledge (the knowledge base and the matcher's index) into bytes and back, so it
// can be built in a worker thread and handed over, or kept on disk and read at the next start
// instead of being rebuilt. v8's serializer keeps Maps, Sets, typed arrays, RegExps and shared
// references; this adds what it cannot carry: objects without a prototype, instances of the
// matcher's classes, the few functions they hold, and values rebuilt from a recipe (compiled
// patterns). Anything else it does not know (a new class, a closure) is refused with the path to
// it, so a change to the index's shape fails loudly in the round-trip test instead of coming back
// half-broken; callers then simply build instead.
//
// Reading is the part that runs while questions wait (on the main thread), so it does only two
// things: v8's own deserialize, and a list of fixes recorded when writing, each pointing straight
// at the object to fix (v8 keeps those references). It never walks the whole structure.
import { types } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { SNAPSHOT_CLASSES, SNAPSHOT_FUNCTIONS, SNAPSHOT_RECIPES } from './snapshot-registry.js';

export class SnapshotCodecError extends Error {}

/** Stands where a function or a recipe value was; replaced in every place it was held. */
interface Placeholder {
  kind: 'function' | 'recipe';
  name: string;
  saved?: unknown;
}

type Fix =
  | { kind: 'prototype'; target: object; className: string | null }
  | { kind: 'replace'; placeholder: Placeholder; holders: [holder: object, key: unknown][] };

interface Stored {
  root: unknown;
  fixes: Fix[];
}

// util.types rather than instanceof: values v8 deserializes belong to the main realm, which is
// not the realm of code run in a vm context (as jest runs tests).
const { isMap, isSet, isDate, isRegExp } = types;
const PLAIN_NAMES = new Set(['Object', 'Array']);
/** Object.prototype or Array.prototype, from any realm. */
const isPlainProto = (proto: object) => {
  const ctor = (proto as { constructor?: { name?: string; prototype?: unknown } }).constructor;
  return PLAIN_NAMES.has(ctor?.name ?? '') && ctor?.prototype === proto;
};

export function encodeSnapshot(value: unknown): Buffer {
  const fixes: Fix[] = [];
  const copies = new Map<object, unknown>();
  const placeholders = new Map<unknown, Extract<Fix, { kind: 'replace' }>>();

  /** Copies `value` for storing; `hold` records where a placeholder ends up. */
  const copy = (value: unknown, path: string, hold: (p: Placeholder) => [object, unknown]): unknown => {
    if (typeof value === 'function') {
      const name = [...SNAPSHOT_FUNCTIONS].find(([, f]) => f === value)?.[0];
      if (!name) throw new SnapshotCodecError(`cannot store the function at ${path}`);
      return place(value, { kind: 'function', name }, hold);
    }
    if (typeof value === 'symbol') throw new SnapshotCodecError(`cannot store the symbol at ${path}`);
    if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || isDate(value) || isRegExp(value)) return value;
    const known = placeholders.get(value);
    if (known) {
      known.holders.push(hold(known.placeholder));
      return known.placeholder;
    }
    if (copies.has(value)) return copies.get(value);
    for (const [name, recipe] of SNAPSHOT_RECIPES) {
      if (recipe.matches(value)) return place(value, { kind: 'recipe', name, saved: recipe.save(value) }, hold);
    }
    if (isMap(value)) {
      const out = new Map();
      copies.set(value, out);
      for (const [k, v] of value as Map<unknown, unknown>) {
        const key = copy(k, `${path}.key`, () => {
          throw new SnapshotCodecError(`cannot store a function or pattern as a key at ${path}`);
        });
        out.set(key, copy(v, `${path}[${String(k)}]`, () => [out, key]));
      }
      return out;
    }
    if (isSet(value)) {
      const out = new Set();
      copies.set(value, out);
      for (const v of value as Set<unknown>) out.add(copy(v, `${path}{}`, (p) => [out, p]));
      return out;
    }
    const proto = Object.getPrototypeOf(value) as object | null;
    let className: string | null | undefined;
    if (proto === null) className = null;
    else if (!isPlainProto(proto)) {
      className = [...SNAPSHOT_CLASSES].find(([, c]) => c.prototype === proto)?.[0];
      if (!className) throw new SnapshotCodecError(`cannot store the ${proto.constructor?.name ?? 'unknown'} object at ${path}`);
    }
    const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    copies.set(value, out);
    if (className !== undefined) fixes.push({ kind: 'prototype', target: out, className });
    for (const key of Object.keys(value)) {
      const slot = Array.isArray(out) ? Number(key) : key;
      (out as Record<string, unknown>)[key] = copy((value as Record<string, unknown>)[key], `${path}.${key}`, () => [out, slot]);
    }
    return out;
  };

  const place = (original: unknown, placeholder: Placeholder, hold: (p: Placeholder) => [object, unknown]) => {
    const fix: Extract<Fix, { kind: 'replace' }> = { kind: 'replace', placeholder, holders: [hold(placeholder)] };
    placeholders.set(original, fix);
    fixes.push(fix);
    return placeholder;
  };

  const rootHolder: Record<string, unknown> = {};
  rootHolder.root = copy(value, '$', () => [rootHolder, 'root']);
  const stored: Stored & { holder: Record<string, unknown> } = { root: undefined, fixes, holder: rootHolder };
  return serialize(stored);
}

export function decodeSnapshot<T>(bytes: Uint8Array): T {
  const stored = deserialize(bytes) as { fixes: Fix[]; holder: Record<string, unknown> };
  const built = new Map<Placeholder, unknown>();
  for (const fix of stored.fixes) {
    if (fix.kind === 'prototype') {
      const proto = fix.className === null ? null : SNAPSHOT_CLASSES.get(fix.className)?.prototype;
      if (proto === undefined) throw new SnapshotCodecError(`the stored knowledge uses a class this version does not know (${fix.className})`);
      Object.setPrototypeOf(fix.target, proto);
      continue;
    }
    const { placeholder } = fix;
    const replacement = built.get(placeholder) ?? rebuild(placeholder);
    built.set(placeholder, replacement);
    for (const [holder, key] of fix.holders) {
      if (isMap(holder)) (holder as Map<unknown, unknown>).set(key, replacement);
      else if (isSet(holder)) {
        (holder as Set<unknown>).delete(placeholder);
        (holder as Set<unknown>).add(replacement);
      } else (holder as Record<string, unknown>)[key as string] = replacement;
    }
  }
  return stored.holder.root as T;
}

function rebuild(p: Placeholder): unknown {
  const found = p.kind === 'function' ? SNAPSHOT_FUNCTIONS.get(p.name) : SNAPSHOT_RECIPES.get(p.name)?.load(p.saved);
  if (found === undefined) throw new SnapshotCodecError(`the stored knowledge uses a ${p.kind} this version does not know (${p.name})`);
  return found;
}
