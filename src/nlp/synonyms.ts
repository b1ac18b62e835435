// Rewrites the variants people type ("acv", "eoi", "rite") into the phrase the knowledge uses,
// in one left-to-right pass, longest variant first, so a rewrite is never rewritten again.
import type { Synonyms } from '../kb/model.js';
import { tokenize } from './normalize.js';

export interface SynonymRule {
  from: string[];
  to: string[];
}

export type SynonymTable = Map<string, SynonymRule[]>;

export function buildSynonymTable(synonyms: Synonyms): SynonymTable {
  const table: SynonymTable = new Map();
  for (const [canonical, variants] of Object.entries(synonyms)) {
    const to = tokenize(canonical);
    if (to.length === 0) continue;
    for (const variant of [canonical, ...variants]) {
      const from = tokenize(variant);
      if (from.length === 0) continue;
      const rules = table.get(from[0]) ?? [];
      rules.push({ from, to });
      table.set(from[0], rules);
    }
  }
  for (const rules of table.values()) rules.sort((a, b) => b.from.length - a.from.length);
  return table;
}

export function applySynonyms(tokens: string[], table: SynonymTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const rule = table.get(tokens[i])?.find((r) => r.from.every((t, k) => tokens[i + k] === t));
    if (rule) {
      out.push(...rule.to);
      i += rule.from.length;
    } else {
      out.push(tokens[i]);
      i += 1;
    }
  }
  return out;
}
