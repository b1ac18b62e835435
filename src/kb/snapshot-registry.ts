// What the snapshot codec may meet in built knowledge besides plain data: the matcher's classes
// (restored with their prototype), the functions they hold (restored by name), and values that
// are rebuilt from a recipe. A new kind of value in the index belongs here; the round-trip test
// (snapshot-codec.test.ts) fails until it is.
import { stem } from '../nlp/natural.js';
import { restoredStaffPattern, type SafePattern } from '../nlp/safe-pattern.js';
import { TypoCorrector } from '../nlp/typos.js';

/** Classes whose instances are stored field by field and restored with their prototype. */
export const SNAPSHOT_CLASSES = new Map<string, { prototype: object }>([['TypoCorrector', TypoCorrector]]);

/** Functions an index holds (a stemmer handed to a class), stored by name. */
export const SNAPSHOT_FUNCTIONS = new Map<string, unknown>([['stem', stem]]);

export interface Recipe {
  matches(value: object): boolean;
  save(value: object): unknown;
  load(saved: unknown): object;
}

/** Values stored as what they were built from, and built again when read. */
export const SNAPSHOT_RECIPES = new Map<string, Recipe>([
  [
    // A staff pattern compiled for the linear-time engine: kept as its source, compiled again
    // when first used (it was checked when the snapshot was made).
    'staffPattern',
    {
      matches: (v) => typeof (v as SafePattern).test === 'function' && typeof (v as SafePattern).source === 'string' && Object.keys(v).length === 2,
      save: (v) => (v as SafePattern).source,
      load: (saved) => restoredStaffPattern(String(saved)),
    },
  ],
]);
