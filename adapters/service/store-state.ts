// The store's health for the health check. A store that can report its own state (a database
// connection, a writer that is retrying) does so through an optional health() method; otherwise
// the data file is probed: its folder must be writable and the file, once created, readable.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StoreState {
  state: 'ok' | 'failing';
  detail?: string;
}

interface MaybeHealthy {
  health?: () => StoreState;
}

export function storeState(store: object, dataFile: string): StoreState {
  const own = (store as MaybeHealthy).health;
  if (typeof own === 'function') return own.call(store);
  try {
    accessSync(dirname(dataFile), constants.W_OK);
    if (existsSync(dataFile)) accessSync(dataFile, constants.R_OK | constants.W_OK);
    return { state: 'ok' };
  } catch (err) {
    return { state: 'failing', detail: `the data file cannot be written (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
