import { createMemoryLogger } from '../../../src/log.js';
import { emptyDocument, type StoreDocument } from '../../../src/store/document/document.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { CONTRACT_LIMITS, storeContract } from '../../integration/store/store-contract.js';

let doc: StoreDocument;
storeContract('in-memory', {
  open: async () => {
    doc = emptyDocument();
    return createMemoryStore({ initial: doc, limits: CONTRACT_LIMITS, logger: createMemoryLogger() });
  },
  reopen: async () => createMemoryStore({ initial: doc, limits: CONTRACT_LIMITS, logger: createMemoryLogger() }),
});
