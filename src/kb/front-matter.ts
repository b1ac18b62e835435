// Splits a Markdown file into its YAML header and body, and the body into "## " sections.
import type { Section } from './model.js';
import { yamlLib } from './yaml-lib.js';
import { describeYamlError } from './yaml-problem.js';

export interface SplitFile {
  header: unknown;
  body: string;
  /** The 1-based file line of a header field (e.g. ["watch", "checked"]), if it is there. */
  locate: (path: string[]) => number | undefined;
}

/** The file's layout or header is unreadable; says where (in the file's own lines) and how to fix it. */
export class FrontMatterError extends Error {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
  }
}

export function splitFrontMatter(text: string): SplitFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(normalised);
  if (!match) {
    throw new FrontMatterError('The file must start with a line "---", then the fields, then another line "---", then the answer. Check that the first line is exactly "---" and that the fields end with a "---" line', 1);
  }
  try {
    return { header: yamlLib().parse(match[1]), body: match[2], locate: locator(match[1]) };
  } catch (err) {
    // The header starts on the file's second line, after the opening "---".
    const problem = describeYamlError(err, 1, match[1]);
    throw new FrontMatterError(`The fields between the "---" lines cannot be read. ${problem.message}`, problem.line, problem.column);
  }
}

/** Finds where a field sits, so the checker can name the line; the header starts on line 2. */
function locator(yamlText: string): SplitFile['locate'] {
  let find: SplitFile['locate'] | undefined;
  return (path) => {
    find ??= build();
    return find(path);
  };
  function build(): SplitFile['locate'] {
    const lineCounter = new (yamlLib().LineCounter)();
    const doc = yamlLib().parseDocument(yamlText, { lineCounter });
    return (path) => {
      // The nearest field that exists: a missing "watch.checked" points at "watch".
      for (let n = path.length; n > 0; n--) {
        const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
        const pair = (parent as { items?: { key?: { value?: unknown; range?: number[] } }[] } | null)?.items?.find((p) => p.key?.value === path[n - 1]);
        const offset = pair?.key?.range?.[0];
        if (offset !== undefined) return lineCounter.linePos(offset).line + 1;
      }
      return undefined;
    };
  }
}

/** "## Heading" lines start sections; text before the first heading becomes an unheaded section. */
export function splitSections(body: string): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const line of body.split('\n')) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) {
      current = { heading: heading[1], body: '' };
      sections.push(current);
    } else {
      if (!current) {
        if (!line.trim()) continue;
        current = { body: '' };
        sections.push(current);
      }
      current.body += (current.body ? '\n' : '') + line;
    }
  }
  return sections.map((s) => ({ ...s, body: s.body.trim() })).filter((s) => s.body || s.heading);
}
