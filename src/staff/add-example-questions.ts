// Appends example questions to the "questions:" list in an entry file's front matter and leaves
// every other byte of the file as it was, so the change reads as a few added lines in review.
// Block lists ("questions:" then "  - ..." lines) get a plain text insertion; anything else
// (a [flow, list], no list yet) goes through the yaml Document API, which keeps comments and
// order. Either way the result is parsed again and must differ only by the added questions.
import { isDeepStrictEqual } from 'node:util';
import { yamlLib } from '../kb/yaml-lib.js';

export class FrontMatterEditError extends Error {}

export function addExampleQuestions(fileText: string, questions: readonly string[]): string {
  if (questions.length === 0) return fileText;
  const eol = fileText.includes('\r\n') ? '\r\n' : '\n';
  const bom = fileText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = fileText.slice(bom.length).split(eol);
  if (lines[0].trimEnd() !== '---') throw new FrontMatterEditError('the file does not start with a "---" line');
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*$/.test(l));
  if (close < 0) throw new FrontMatterEditError('the fields are not closed by a second "---" line');
  const header = lines.slice(1, close);
  const before = parseHeader(header.join('\n'));

  const edited = insertIntoBlockList(header, questions) ?? viaDocument(header.join('\n'), questions).split('\n');
  const after = parseHeader(edited.join('\n'));
  const expected = { ...before, questions: [...listOf(before.questions), ...questions] };
  if (!isDeepStrictEqual(after, expected)) throw new FrontMatterEditError('adding the questions would have changed other fields');
  return bom + [lines[0], ...edited, ...lines.slice(close)].join(eol);
}

/** Inserts "- question" lines after the list's last item; undefined when there is no block list. */
function insertIntoBlockList(header: string[], questions: readonly string[]): string[] | undefined {
  const key = header.findIndex((l) => /^questions:[ \t]*(#.*)?$/.test(l));
  if (key < 0) return undefined;
  const first = header.slice(key + 1).find((l) => l.trim() && !l.trim().startsWith('#'));
  const indent = first !== undefined ? /^([ \t]*)-(?:[ \t]|$)/.exec(first)?.[1] : undefined;
  if (indent === undefined) return undefined;
  // The list runs while lines are items at that indent, deeper (continuations), blank or
  // comments; the new items go after the last real item line.
  let last = key;
  for (let i = key + 1; i < header.length; i++) {
    const l = header[i];
    if (!l.trim() || (l.startsWith(indent) && l.trim().startsWith('#'))) continue;
    const item = l.startsWith(`${indent}-`) && /^[ \t]*-(?:[ \t]|$)/.test(l.slice(indent.length));
    const deeper = l.length > indent.length && l.startsWith(indent) && /^[ \t]/.test(l.slice(indent.length));
    if (!item && !deeper) break;
    last = i;
  }
  const added = questions.map((q) => `${indent}- ${scalar(q)}`);
  return [...header.slice(0, last + 1), ...added, ...header.slice(last + 1)];
}

function viaDocument(header: string, questions: readonly string[]): string {
  const { isSeq, parseDocument } = yamlLib();
  const doc = parseDocument(header);
  const list = doc.get('questions', true);
  if (isSeq(list)) for (const q of questions) list.add(doc.createNode(q));
  else doc.set('questions', doc.createNode([...listOf(doc.toJS()?.questions), ...questions]));
  // lineWidth 0: never fold long titles or questions onto several lines.
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}

/** A question as one YAML scalar: plain where safe, quoted where YAML would misread it. */
function scalar(question: string): string {
  return yamlLib().stringify(question, { lineWidth: 0 }).trimEnd();
}

function parseHeader(text: string): Record<string, unknown> {
  const value = yamlLib().parse(text) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new FrontMatterEditError('the fields at the top are not a list of "name: value" lines');
  return value as Record<string, unknown>;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
