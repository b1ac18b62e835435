// Who is at the terminal, for the audit log ("cli:alice").
import { userInfo } from 'node:os';

export function operatorName(): string {
  try {
    return userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}
