// Staff commands: placeholder until the staff workflow lands.
import type { AppConfig } from '../config.js';
import type { KnowledgeHolder } from '../kb/knowledge-holder.js';
import type { Logger } from '../log.js';
import { infoReply } from '../reply/compose.js';
import type { Store } from '../store/store.js';
import type { Reply, StaffActor } from '../types.js';

export interface StaffDeps {
  knowledge: KnowledgeHolder;
  store: Store;
  config: Pick<AppConfig, 'staff' | 'staffRole' | 'retentionDays'>;
  logger: Logger;
  now: () => Date;
}

export async function runStaffCommand(deps: StaffDeps, actor: StaffActor, line: string): Promise<Reply> {
  void actor;
  void line;
  return infoReply(deps.knowledge.current.kb.phrases.notStaff);
}
