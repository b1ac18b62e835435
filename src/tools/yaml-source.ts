// Parses a YAML knowledge file and remembers where each value sits, so a problem can be
// reported with its line number as well as its field.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
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
      for (let n = path.length; n > 0; n--) {
        // The line of a mapping entry is the line of its key ("second:"), not of its value.
        const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
        const last = path[n - 1];
        if (isMap(parent)) {
          const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
          if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
        } else if (isSeq(parent) && typeof last === 'number') {
          const item = parent.items[last];
          if (isNode(item) && item.range) return lineCounter.linePos(item.range[0]).line;
        }
      }
      return undefined;
    },
  };
}

/** "periods[3].length" from ['periods', 3, 'length']: how staff see a field in messages. */
export function fieldName(path: YamlPath): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p + 1}]` : out ? `${out}.${p}` : p), '');
}
