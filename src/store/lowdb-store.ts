// The store on disk: a JSON file through lowdb. lowdb's file adapter writes to a temporary file
// and renames it (atomic), and queues overlapping writes, so the file is never half-written.
// A file that cannot be parsed is moved aside, logged loudly, and replaced by an empty store.
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { StoreError } from '../errors.js';
import type { Logger } from '../log.js';
import { emptyData, withDefaults, type Store, type StoreData } from './store.js';

export async function openLowdbStore(path: string, logger: Logger): Promise<Store> {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw new StoreError(`Cannot create the folder for the data file ${path}. Check ADVISOR_DATA_FILE.`, err);
  }
  // lowdb's JSONFilePreset swaps in a memory adapter under NODE_ENV=test; build Low directly
  // so tests exercise the real file.
  const db = new Low<StoreData>(new JSONFile<StoreData>(path), emptyData());
  const initial = existsSync(path) ? readExisting(path, logger) : undefined;
  db.data = initial ?? emptyData();
  if (!initial) await db.write();

  return {
    read: () => db.data,
    update: async (change) => {
      const result = change(db.data);
      try {
        await db.write();
      } catch (err) {
        throw new StoreError(`Could not write the data file ${path}.`, err);
      }
      return result;
    },
    close: async () => {
      await db.write();
    },
  };
}

function readExisting(path: string, logger: Logger): StoreData | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new StoreError(`Cannot read the data file ${path}. Check its permissions or ADVISOR_DATA_FILE.`, err);
  }
  if (!text.trim()) return undefined;
  let data: StoreData | undefined;
  try {
    data = withDefaults(JSON.parse(text));
  } catch {
    data = undefined;
  }
  if (data) return data;
  const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, aside);
  logger.error(`DATA FILE CORRUPT: ${path} could not be read as advisor data. It was moved to ${aside} and the bot is starting with an empty store. Inspect or delete the moved file.`, { path, movedTo: aside });
  return undefined;
}
