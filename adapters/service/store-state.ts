// The store's health for the health check: failing while the advisor's writes to it fail (they
// are retried meanwhile and answers keep flowing), and for the data file, failing when its folder
// or the file cannot be written (a permissions change, a read-only mount).
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StoreState {
  state: 'ok' | 'failing';
  detail?: string;
}

export interface StoreStateInputs {
  recording: () => { failing: boolean; queued: number };
  backend: 'memory' | 'file' | 'postgres';
  dataFile: string;
}

export function storeState({ recording, backend, dataFile }: StoreStateInputs): StoreState {
  const { failing, queued } = recording();
  if (failing) return { state: 'failing', detail: `writing to the ${backend === 'postgres' ? 'database' : 'data file'} is failing; ${queued} record(s) waiting (see the log)` };
  if (backend !== 'file') return { state: 'ok' };
  try {
    accessSync(dirname(dataFile), constants.W_OK);
    if (existsSync(dataFile)) accessSync(dataFile, constants.R_OK | constants.W_OK);
    return { state: 'ok' };
  } catch (err) {
    return { state: 'failing', detail: `the data file cannot be written (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
