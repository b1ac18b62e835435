// Writes one audit record (who, what, when) for a staff action that changes nothing else.
// Actions that change the store write their audit record in the same update instead.
import { audit } from '../store/records.js';
import type { StaffActor } from '../types.js';
import { actorKey } from './is-staff.js';
import type { StaffDeps } from './staff-deps.js';

export async function auditAction(deps: StaffDeps, actor: StaffActor, action: string, detail: string): Promise<void> {
  const at = deps.now();
  await deps.store.update((data) => audit(data, actorKey(actor), action, detail, at));
}
