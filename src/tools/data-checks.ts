// Small field checks shared by the readers of the tools' YAML files (periods, guided checks).
// Each reports a problem in words staff can act on and returns the value only when it is valid.
import type { KnowledgeProblem } from '../errors.js';
import type { Source } from '../types.js';
import { fieldName, type YamlPath, type YamlSource } from './yaml-source.js';

export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reports problems for one file, each with its line and field. */
export class FieldReporter {
  constructor(readonly file: string, private readonly yaml: YamlSource, private readonly problems: KnowledgeProblem[]) {}

  error(path: YamlPath, message: string) {
    this.problems.push({ file: this.file, line: this.yaml.lineOf(path), field: fieldName(path) || undefined, severity: 'error', message });
  }

  warn(path: YamlPath, message: string) {
    this.problems.push({ file: this.file, line: this.yaml.lineOf(path), field: fieldName(path) || undefined, severity: 'warning', message });
  }

  text(value: unknown, path: YamlPath, what: string): string | undefined {
    if (typeof value === 'string' && value.trim()) return value.trim();
    this.error(path, `Add ${what} (a line "${String(path[path.length - 1])}: ..." with text).`);
    return undefined;
  }

  optionalText(value: unknown, path: YamlPath): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && value.trim()) return value.trim();
    this.error(path, 'This must be text, or be left out.');
    return undefined;
  }

  id(value: unknown, path: YamlPath, maxLength: number): string | undefined {
    if (typeof value === 'string' && KEBAB_ID.test(value) && value.length <= maxLength) return value;
    this.error(path, `The id must be lower-case words joined by hyphens (like "owner-notice"), at most ${maxLength} characters.`);
    return undefined;
  }

  isoDate(value: unknown, path: YamlPath): string | undefined {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (typeof text === 'string' && ISO_DATE.test(text) && !Number.isNaN(Date.parse(text))) return text;
    this.error(path, 'Write the date as YYYY-MM-DD, for example 2026-06-03.');
    return undefined;
  }

  list(value: unknown, path: YamlPath, what: string): unknown[] {
    if (Array.isArray(value) && value.length) return value;
    this.error(path, `Add ${what}: a list with one "- ..." line per item.`);
    return [];
  }

  source(value: unknown, path: YamlPath, legislationOnly = false): Source | undefined {
    const s = (value ?? {}) as Record<string, unknown>;
    const title = this.text(s.title, [...path, 'title'], 'a title for the source');
    const url = typeof s.url === 'string' ? s.url.trim() : '';
    if (!url.startsWith('https://')) {
      this.error([...path, 'url'], 'Each source needs a url starting with https://.');
      return undefined;
    }
    if (legislationOnly && !url.startsWith('https://www.legislation.gov.uk/')) {
      this.error([...path, 'url'], 'Link the provision itself on https://www.legislation.gov.uk/ (the section, regulation or rule).');
      return undefined;
    }
    return title ? { title, url } : undefined;
  }
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
