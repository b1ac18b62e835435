// The in-memory twin of the lowdb store: same behaviour, nothing written.
import { emptyData, type Store, type StoreData } from './store.js';

export function createMemoryStore(initial: StoreData = emptyData()): Store {
  const data = initial;
  return {
    read: () => data,
    update: async (change) => change(data),
    close: async () => {},
  };
}
