// Writes one audit record (who, what, when) for a staff action that changes nothing else.
// Actions that change the store write their audit record in the same operation instead.
import type { StaffActor } from '../types.js';
import { auditActor } from './is-staff.js';
import type { StaffDeps } from './staff-deps.js';

export async function auditAction(deps: StaffDeps, actor: StaffActor, action: string, detail: string): Promise<void> {
  await deps.store.appendAudit({ at: deps.now().toISOString(), actor: auditActor(actor, deps.config.hashSalt), action, detail });
}
