// Prints knowledge problems grouped by file, errors before warnings.
import type { KnowledgeProblem } from '../../src/index.js';

export function formatProblems(problems: KnowledgeProblem[]): string {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) : a.severity === 'error' ? -1 : 1));
  return sorted.map((p) => `  ${p.severity === 'error' ? 'ERROR  ' : 'warning'} ${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` [${p.field}]` : ''}: ${p.message}`).join('\n');
}
