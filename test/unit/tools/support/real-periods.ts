// The real knowledge/periods.yaml, read the way the knowledge loader reads it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readPeriods } from '../../../../src/tools/deadlines/read-periods.js';
import type { PeriodsData } from '../../../../src/tools/deadlines/periods-model.js';

export const KNOWLEDGE_DIR = new URL('../../../../knowledge/', import.meta.url).pathname;

export function entryIdsIn(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const id of entryIdsIn(path)) ids.add(id);
    else if (name.endsWith('.md') && name !== 'README.md') ids.add(name.replace(/\.md$/, ''));
  }
  return ids;
}

export function realPeriods(): PeriodsData {
  const problems: { message: string }[] = [];
  const data = readPeriods(readFileSync(join(KNOWLEDGE_DIR, 'periods.yaml'), 'utf8'), entryIdsIn(KNOWLEDGE_DIR), problems as never);
  if (!data) throw new Error(`periods.yaml did not load: ${problems.map((p) => p.message).join('; ')}`);
  return data;
}
