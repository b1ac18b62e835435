// The in-memory twin of the file store: the same operations on the same document, nothing
// written. Tests and benchmarks use it; its salt is random and lives as long as it does.
import { randomBytes } from 'node:crypto';
import { createLogger, type Logger } from '../log.js';
import { createDocumentStore } from './document/document-store.js';
import { emptyDocument, type StoreDocument } from './document/document.js';
import { DEFAULT_LIMITS, type StoreLimits } from './limits.js';
import type { Store } from './store.js';

export interface MemoryStoreOptions {
  limits?: Partial<StoreLimits>;
  logger?: Logger;
  initial?: StoreDocument;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const doc = options.initial ?? emptyDocument();
  const salt = randomBytes(24).toString('hex');
  return createDocumentStore(
    {
      read: async () => doc,
      mutate: async (change) => change(doc),
      hashSalt: async () => ({ salt, created: false, where: 'memory' }),
      close: async () => {},
    },
    'memory',
    { ...DEFAULT_LIMITS, ...options.limits },
    options.logger ?? createLogger('warn'),
  );
}
