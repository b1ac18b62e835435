// What every staff verb needs: the knowledge it reports on, the store it reads and changes,
// who counts as staff (and the salt that turns them into pseudonyms for the audit log),
// somewhere to log, and the clock (injected so tests can fix "today").
import type { RunConfig } from '../config.js';
import type { KnowledgeHolder } from '../kb/knowledge-holder.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { StaffAccess } from './is-staff.js';

export interface StaffDeps {
  knowledge: KnowledgeHolder;
  store: Store;
  config: Pick<RunConfig, 'retentionDays' | 'hashSalt'> & StaffAccess;
  logger: Logger;
  now: () => Date;
}
