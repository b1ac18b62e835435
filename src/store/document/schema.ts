// Tiny field checks for loading the data file: each returns what is wrong, in words, or nothing.

export type Check = (value: unknown) => string | undefined;

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 30 ? 'a long text' : `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

export const text: Check = (v) => (typeof v === 'string' ? undefined : `is not text (got ${describe(v)})`);
export const nonEmptyText: Check = (v) => text(v) ?? ((v as string).trim() ? undefined : 'is empty');
export const time: Check = (v) => text(v) ?? (Number.isNaN(Date.parse(v as string)) ? `is not a time (got ${describe(v)})` : undefined);
export const count: Check = (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : `is not a whole number (got ${describe(v)})`);
export const id: Check = (v) => (Number.isInteger(v) && (v as number) >= 1 ? undefined : `is not an id (got ${describe(v)})`);
export const score: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : `is not a number (got ${describe(v)})`);
export const oneOf = (...allowed: string[]): Check => (v) => (typeof v === 'string' && allowed.includes(v) ? undefined : `is not one of ${allowed.join(', ')} (got ${describe(v)})`);
export const optional = (check: Check): Check => (v) => (v === undefined ? undefined : check(v));
export const listOf = (check: Check): Check => (v) => {
  if (!Array.isArray(v)) return `is not a list (got ${describe(v)})`;
  const bad = v.findIndex((x) => check(x));
  return bad < 0 ? undefined : `[${bad}] ${check(v[bad])}`;
};

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const object = (fields: Record<string, Check>): Check => (v) => {
  if (!isObject(v)) return `is not an object (got ${describe(v)})`;
  for (const [name, check] of Object.entries(fields)) {
    const problem = check(v[name]);
    if (problem) return `.${name} ${problem}`;
  }
  return undefined;
};

export const dictOf = (check: Check): Check => (v) => {
  if (!isObject(v)) return `is not an object (got ${describe(v)})`;
  for (const [k, x] of Object.entries(v)) {
    const problem = check(x);
    if (problem) return `["${k}"] ${problem}`;
  }
  return undefined;
};

export const nearestList = listOf(object({ entryId: text, score }));
