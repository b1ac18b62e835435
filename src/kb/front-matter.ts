// Splits a Markdown file into its YAML header and body, and the body into "## " sections.
import { parse as parseYaml } from 'yaml';
import type { Section } from './model.js';

export interface SplitFile {
  header: unknown;
  body: string;
}

export class FrontMatterError extends Error {}

export function splitFrontMatter(text: string): SplitFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(normalised);
  if (!match) {
    throw new FrontMatterError('the file must start with a line "---", then the fields, then another line "---", then the answer');
  }
  try {
    return { header: parseYaml(match[1]), body: match[2] };
  } catch (err) {
    throw new FrontMatterError(`the fields between the "---" lines are not valid YAML: ${(err as Error).message.split('\n')[0]}`);
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
