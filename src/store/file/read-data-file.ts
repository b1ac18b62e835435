// Reading the data file: parse, upgrade a version-1 file, check every record. Bad records are set
// aside in a file beside it with a warning naming the field; a file that is not advisor data at
// all is moved aside with a loud error and replaced by an empty store.
import { rename, writeFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { StoreError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { emptyDocument, type StoreDocument } from '../document/document.js';
import { isObject } from '../document/schema.js';
import { validateDocument, type SetAside } from '../document/validate-document.js';
import { reasonOf } from '../failure-log.js';
import type { StoreLimits } from '../limits.js';
import { pseudonym } from '../privacy.js';
import { UnreadableDataFile } from './json-file-adapter.js';

export interface ReadOptions {
  limits: StoreLimits;
  logger: Logger;
  /** The salt, needed only to pseudonymise staff ids when upgrading a version-1 file. */
  salt: () => Promise<string>;
  /** At start-up (or holding the lock) a bad file is moved aside; a running reader keeps its copy. */
  atStart: boolean;
}

export type ReadResult = 'keep' | { doc: StoreDocument; mustWrite: boolean; movedAside: boolean };

export async function readDataFile(adapter: Adapter<StoreDocument>, path: string, options: ReadOptions): Promise<ReadResult> {
  const { limits, logger } = options;
  let raw: unknown;
  try {
    raw = (await adapter.read()) ?? undefined;
  } catch (err) {
    if (!(err instanceof UnreadableDataFile)) throw new StoreError(`Cannot read the data file ${path}. Check its permissions or ADVISOR_DATA_FILE.`, err);
    raw = null;
  }
  if (raw === undefined) return { doc: emptyDocument(), mustWrite: true, movedAside: false };
  const loaded = validateDocument(raw, limits, await pseudonymiserFor(raw, options.salt));
  if (!loaded) {
    if (!options.atStart) return 'keep';
    const aside = `${path}.corrupt-${timestamp()}`;
    await rename(path, aside);
    logger.error(`DATA FILE CORRUPT: ${path} could not be read as advisor data. It was moved to ${aside} and the bot is starting with an empty store. Inspect or delete the moved file.`, { path, movedTo: aside });
    return { doc: emptyDocument(), mustWrite: true, movedAside: true };
  }
  if (loaded.setAside.length) await reportSetAside(path, loaded.setAside, logger);
  if (loaded.migrated) logger.info(`data file ${path} upgraded to version 2 (counters instead of a record per question; staff ids pseudonymised)`);
  return { doc: loaded.doc, mustWrite: loaded.migrated || loaded.setAside.length > 0, movedAside: false };
}

async function pseudonymiserFor(raw: unknown, salt: () => Promise<string>): Promise<(actor: string) => string> {
  if (!isObject(raw) || raw.version === 2) return (actor) => actor;
  const s = await salt();
  return (actor) => {
    const at = actor.indexOf(':');
    return at > 0 ? pseudonym(actor.slice(0, at), actor.slice(at + 1), s) : pseudonym('unknown', actor, s);
  };
}

async function reportSetAside(path: string, found: SetAside[], logger: Logger): Promise<void> {
  const records = found.filter((f) => !f.repaired);
  const aside = `${path}.set-aside-${timestamp()}.json`;
  let where = `; the record was set aside in ${aside}`;
  if (records.length) {
    await writeFile(aside, JSON.stringify(records, null, 2) + '\n', { mode: 0o600 }).catch((err) => {
      where = `; the record was dropped (it could not be kept in ${aside}: ${reasonOf(err)})`;
    });
  }
  for (const f of found.slice(0, 20)) logger.warn(`data file ${path}: ${f.field} ${f.problem}${f.repaired ? '' : where}`);
  if (found.length > 20) logger.warn(`data file ${path}: ${found.length - 20} more problem(s); see ${aside}`);
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}
