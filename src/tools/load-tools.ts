// Loads the guided tools' data from the knowledge folder: statutory periods (periods.yaml) and
// guided checks (checks/). Both are optional, so a knowledge folder without them still loads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeProblem } from '../errors.js';
import type { ChecksData } from './checks/check-model.js';
import { readChecksFolder } from './checks/read-checks.js';
import type { PeriodsData } from './deadlines/periods-model.js';
import { PERIODS_FILE, readPeriods } from './deadlines/read-periods.js';

export interface ToolData {
  periods?: PeriodsData;
  checks?: ChecksData;
}

export function loadToolData(dir: string, entryIds: ReadonlySet<string>, problems: KnowledgeProblem[]): ToolData {
  const periodsPath = join(dir, PERIODS_FILE);
  const periods = existsSync(periodsPath) ? readPeriods(readFileSync(periodsPath, 'utf8'), entryIds, problems) : undefined;
  const checks = readChecksFolder(dir, entryIds, problems);
  return { ...(periods ? { periods } : {}), ...(checks ? { checks } : {}) };
}
