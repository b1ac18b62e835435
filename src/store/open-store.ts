// Opens the store the settings choose: PostgreSQL when ADVISOR_DATABASE_URL is set (several
// processes or machines sharing one state), otherwise the data file. Also settles the salt for
// hashing ids: ADVISOR_HASH_SALT, or one generated once and kept with the data.
import type { AppConfig } from '../config.js';
import type { Logger } from '../log.js';
import { openLowdbStore, type FileStoreOptions } from './lowdb-store.js';
import type { Store } from './store.js';

export interface OpenedStore {
  store: Store;
  salt: string;
}

export async function openStore(config: Pick<AppConfig, 'dataFile' | 'databaseUrl' | 'hashSalt'>, logger: Logger, fileOptions: FileStoreOptions = {}): Promise<OpenedStore> {
  // The PostgreSQL driver is loaded only when a database is configured: a start on the data file
  // does not pay for it.
  const store = config.databaseUrl
    ? await (await import('./postgres/postgres-store.js')).openPostgresStore(config.databaseUrl, logger)
    : await openLowdbStore(config.dataFile, logger, { ...fileOptions, hashSalt: config.hashSalt });
  if (config.hashSalt) return { store, salt: config.hashSalt };
  try {
    const kept = await store.hashSalt();
    if (kept.created) {
      logger.warn(`ADVISOR_HASH_SALT is not set: generated a random salt and kept it in ${kept.where}. Back it up with the data; without it, earlier hashes can no longer be matched. Set ADVISOR_HASH_SALT to choose your own.`);
    } else logger.info(`using the hashing salt kept in ${kept.where} (ADVISOR_HASH_SALT is not set)`);
    return { store, salt: kept.salt };
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
}
