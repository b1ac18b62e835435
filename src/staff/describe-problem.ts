// One knowledge problem as a line staff can act on: the file, the field, what to change.
import type { KnowledgeProblem } from '../errors.js';

export function describeProblem(p: KnowledgeProblem): string {
  return `${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`;
}
