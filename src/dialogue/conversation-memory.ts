// The port conversation state goes through, and its implementation on today's store (the
// document's `contexts`), so moving to another store is a new implementation of two methods.
import { setContext } from '../store/records.js';
import type { Store, ThreadContext } from '../store/store.js';
import { asConversationState, type ConversationState } from './conversation-state.js';

export interface ConversationMemory {
  /** The saved state for a conversation key (any age); undefined if there is none. */
  load(key: string): Promise<ConversationState | undefined>;
  save(key: string, state: ConversationState): Promise<void>;
}

export function storeConversationMemory(store: Store): ConversationMemory {
  return {
    load: async (key) => asConversationState(Object.hasOwn(store.read().contexts, key) ? store.read().contexts[key] : undefined),
    // The state is a superset of the store's ThreadContext (entry, question, pending clarify).
    save: (key, state) => store.update((data) => setContext(data, key, state as ThreadContext)),
  };
}
