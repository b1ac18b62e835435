// Parses a YAML knowledge file and remembers where each value sits, so a problem can be
// reported with its line number as well as its field.
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { KnowledgeProblem } from '../errors.js';

export type YamlPath = (string | number)[];

export interface YamlSource {
  /** The parsed value, or undefined when the file is not valid YAML. */
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: YamlPath): number | undefined;
}

export function readYamlSource(text: string, file: string, problems: KnowledgeProblem[]): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    for (const err of doc.errors) {
      const line = lineCounter.linePos(err.pos[0]).line;
      problems.push({ file, line, severity: 'error', message: `This file is not valid YAML: ${err.message.split('\n')[0]}` });
    }
    return { data: undefined, lineOf: () => undefined };
  }
  return {
    data: doc.toJS(),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** "periods[3].length" from ['periods', 3, 'length']: how staff see a field in messages. */
export function fieldName(path: YamlPath): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p + 1}]` : out ? `${out}.${p}` : p), '');
}
