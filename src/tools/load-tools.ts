// Loads the guided tools' data from the knowledge folder as already read, so periods.yaml and the
// checks are part of the knowledge's version (and so of the start-up cache key): statutory
// periods (periods.yaml) and guided checks (checks/). Both are optional, so a knowledge folder
// without them still loads.
import type { KnowledgeProblem } from '../errors.js';
import type { KnowledgeFile } from '../kb/read-folder.js';
import type { ChecksData } from './checks/check-model.js';
import { isCheckFile, readChecks } from './checks/read-checks.js';
import type { PeriodsData } from './deadlines/periods-model.js';
import { PERIODS_FILE, readPeriods } from './deadlines/read-periods.js';

export interface ToolData {
  periods?: PeriodsData;
  checks?: ChecksData;
}

export interface ToolLoad extends ToolData {
  /** The files are there but have errors: the running bot keeps their last good version. */
  broken: { periods: boolean; checks: boolean };
}

export function loadToolData(extras: ReadonlyMap<string, KnowledgeFile>, entryIds: ReadonlySet<string>, problems: KnowledgeProblem[]): ToolLoad {
  const periodsFile = extras.get(PERIODS_FILE);
  const periods = periodsFile ? readPeriods(periodsFile.text, entryIds, problems) : undefined;
  const checkFiles = [...extras.values()].filter((f) => isCheckFile(f.file));
  const checks = readChecks(checkFiles, entryIds, problems);
  return {
    ...(periods ? { periods } : {}),
    ...(checks ? { checks } : {}),
    broken: { periods: Boolean(periodsFile) && !periods, checks: checkFiles.length > 0 && !checks },
  };
}
