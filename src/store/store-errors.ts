// Every failure of a store operation reaches callers as a StoreError (with the original as its
// cause), whatever the backend threw: staff commands can then say plainly that the store is not
// available, and the log keeps the driver's reason.
import { StoreError } from '../errors.js';
import type { Store } from './store.js';

export function withStoreErrors(store: Store, where: string): Store {
  const wrapped = { ...store } as Record<string, unknown>;
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function') continue;
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (err) {
        throw err instanceof StoreError ? err : new StoreError(`${where}: ${(err as Error)?.message ?? String(err)}`, err);
      }
    };
  }
  return wrapped as unknown as Store;
}
