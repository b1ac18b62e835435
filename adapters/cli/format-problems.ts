// Prints knowledge problems grouped by file, errors before warnings, each as
// "file:line:column [field]: what is wrong and how to fix it".
import { describeKnowledgeProblem, type KnowledgeProblem } from '../../src/index.js';

export function formatProblems(problems: KnowledgeProblem[]): string {
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) : a.severity === 'error' ? -1 : 1));
  return sorted.map((p) => `  ${p.severity === 'error' ? 'ERROR  ' : 'warning'} ${describeKnowledgeProblem(p)}`).join('\n');
}
