// Checks one entry's fields and answer text. Every problem is reported (not just the first),
// each naming the field and saying, in plain words, what to change.
import type { KnowledgeProblem } from '../errors.js';
import type { Jurisdiction, Source } from '../types.js';
import { splitSections } from './front-matter.js';
import type { Entry } from './model.js';
import { readEntryFacets } from './read-entry-facets.js';
import { readWatch } from './validate-watch.js';
import { readPerUnit } from './read-per-unit.js';
import { compileStaffPattern, type SafePattern } from '../nlp/safe-pattern.js';

export const RULES = {
  minQuestions: 4,
  inShortMax: 600,
  answerMax: 3000,
  reviewMonths: 12,
} as const;

const JURISDICTIONS: Jurisdiction[] = ['england', 'wales', 'scotland', 'northern-ireland'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PRIMARY_HOSTS = /(^|\.)(legislation\.gov\.uk|gov\.uk)$/;

/** Where a header field sits in the file (1-based line), when the caller can tell. */
export type Locate = (path: string[]) => number | undefined;

export function validateEntry(header: unknown, body: string, file: string, topic: string, today: Date, locate?: Locate): { entry?: Entry; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const error = (field: string | undefined, message: string) => problems.push({ file, field, message, severity: 'error' });
  const warn = (field: string | undefined, message: string) => problems.push({ file, field, message, severity: 'warning' });

  if (!header || typeof header !== 'object' || Array.isArray(header)) {
    error(undefined, 'The fields at the top (between the "---" lines) are missing or are not a list of "name: value" lines.');
    return { problems };
  }
  const h = header as Record<string, unknown>;
  const known = new Set(['id', 'title', 'questions', 'keywords', 'anchors', 'patterns', 'related', 'then', 'sources', 'jurisdictions', 'statutory', 'reviewed', 'watch', 'facets', 'perUnit']);
  for (const key of Object.keys(h)) {
    if (!known.has(key)) warn(key, `"${key}" is not a field the bot uses; check the spelling (fields are: ${[...known].join(', ')}).`);
  }

  const fileId = file.split('/').pop()!.replace(/\.md$/, '');
  const id = text(h.id);
  if (!id) error('id', 'Add an id: lowercase letters, digits and hyphens, the same as the file name.');
  else if (!ID.test(id)) error('id', `"${id}" is not a valid id: use only lowercase letters, digits and single hyphens.`);
  else if (id !== fileId) error('id', `The id "${id}" must match the file name "${fileId}.md": rename the file or change the id.`);

  const title = text(h.title);
  if (!title) error('title', 'Add a title: the question this entry answers, as a reader would ask it.');

  const questions = stringList(h.questions, 'questions', error);
  if (questions.length < RULES.minQuestions) {
    error('questions', `Add at least ${RULES.minQuestions} example questions (there are ${questions.length}): casual, misspelt and formal ways people ask this.`);
  }
  const seen = new Set<string>();
  for (const q of questions) {
    const key = q.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) error('questions', `The question "${q}" is listed twice; remove one copy.`);
    seen.add(key);
  }

  const keywords = stringList(h.keywords, 'keywords', error);
  if (keywords.length === 0) error('keywords', 'Add at least one keyword: a word or short phrase that points to this entry.');

  const anchors = stringList(h.anchors, 'anchors', error);
  const patterns: SafePattern[] = [];
  for (const p of stringList(h.patterns, 'patterns', error)) {
    const checked = compileStaffPattern(p);
    if (checked.ok) patterns.push(checked.pattern);
    else error('patterns', `The pattern "${p}" ${checked.problem}. Rewrite it (for example list the words without repeating a group) or remove it.`);
  }

  const related = stringList(h.related, 'related', error);
  // What follows once this entry's period is over, when that is not the next stage in facets.yaml.
  const then = typeof h.then === 'string' ? h.then.trim() : '';
  if (h.then !== undefined && !then) error('then', 'then must be one entry id: the entry that says what happens after this one (for example acv-renominate-before-expiry).');
  const facets = readEntryFacets(h.facets, error);
  const sources = sourceList(h.sources, error);
  const statutory = h.statutory === undefined ? false : h.statutory;
  if (typeof statutory !== 'boolean') error('statutory', 'statutory must be true or false.');
  if (statutory === true && sources.length && !sources.some((s) => isPrimary(s.url))) {
    error('sources', 'This entry is statutory: add at least one source on legislation.gov.uk or gov.uk (the primary source).');
  }

  const jurisdictions = stringList(h.jurisdictions, 'jurisdictions', error) as Jurisdiction[];
  if (jurisdictions.length === 0) error('jurisdictions', `Add jurisdictions: where this answer applies (${JURISDICTIONS.join(', ')}).`);
  for (const j of jurisdictions) {
    if (!JURISDICTIONS.includes(j)) error('jurisdictions', `"${j}" is not a jurisdiction; use ${JURISDICTIONS.join(', ')}.`);
  }

  const reviewed = reviewedDate(h.reviewed);
  if (!reviewed) error('reviewed', 'Add the date you last checked this answer, as YYYY-MM-DD (for example 2026-11-21).');
  else {
    const d = new Date(reviewed + 'T00:00:00Z');
    if (d.getTime() > today.getTime() + 86_400_000) error('reviewed', `The reviewed date ${reviewed} is in the future; use the date you actually checked it.`);
    const due = new Date(d);
    due.setUTCMonth(due.getUTCMonth() + RULES.reviewMonths);
    if (due < today) warn('reviewed', `Last reviewed ${reviewed}, more than ${RULES.reviewMonths} months ago: check it against its sources and update the date.`);
  }

  const watch = readWatch(h.watch, today, (field, message, severity = 'error') => {
    problems.push({ file, field, line: locate?.(field.split('.')), message, severity });
  });

  const perUnit = readPerUnit(h.perUnit, (field, message) => problems.push({ file, field, line: locate?.(field.split('.')), message, severity: 'error' }));

  const sections = splitSections(body);
  if (sections.length === 0) error('answer', 'The answer text below the fields is empty.');
  else if (!/^in short$/i.test(sections[0].heading ?? '')) {
    error('answer', 'The answer must start with a "## In short" heading followed by the key fact.');
  } else if (sections[0].body.length > RULES.inShortMax) {
    error('answer', `The "In short" part is ${sections[0].body.length} characters; keep it under ${RULES.inShortMax} so it fits one chat message.`);
  } else if (!sections[0].body) {
    error('answer', 'The "In short" part is empty: put the key fact there.');
  }
  const total = sections.reduce((n, s) => n + (s.heading?.length ?? 0) + s.body.length, 0);
  if (total > RULES.answerMax) error('answer', `The answer is ${total} characters; keep the whole answer under ${RULES.answerMax} (move detail to a separate entry).`);
  checkLinks(body, error);

  if (problems.some((p) => p.severity === 'error')) return { problems };
  return {
    problems,
    entry: { id: id!, title: title!, questions, keywords, ...(anchors.length ? { anchors } : {}), patterns, related, ...(then ? { then } : {}), sources, jurisdictions, statutory: statutory === true, reviewed: reviewed!, topic, file, sections, facets, ...(watch ? { watch } : {}), ...(perUnit ? { perUnit } : {}) },
  };
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function stringList(v: unknown, field: string, error: (f: string, m: string) => void): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    error(field, `${field} must be a list: one "- item" per line under "${field}:".`);
    return [];
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string' || typeof item === 'number') {
      const s = String(item).trim();
      if (s) out.push(s);
      else error(field, `Item ${i + 1} of ${field} is empty; remove it.`);
    } else error(field, `Item ${i + 1} of ${field} is not plain text (put it in quotes if it contains a colon).`);
  });
  return out;
}

function sourceList(v: unknown, error: (f: string, m: string) => void): Source[] {
  if (!Array.isArray(v) || v.length === 0) {
    error('sources', 'Add at least one source, each with a title and an https:// url.');
    return [];
  }
  const out: Source[] = [];
  v.forEach((s, i) => {
    const title = text((s as Record<string, unknown>)?.title);
    const url = text((s as Record<string, unknown>)?.url);
    if (!title) error('sources', `Source ${i + 1} needs a title.`);
    if (!url) error('sources', `Source ${i + 1} needs a url.`);
    else if (!isHttpsUrl(url)) error('sources', `Source ${i + 1}'s url "${url}" must be a full address starting https://.`);
    if (title && url && isHttpsUrl(url)) out.push({ title, url });
  });
  return out;
}

function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function isPrimary(url: string): boolean {
  try {
    return PRIMARY_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function reviewedDate(v: unknown): string | undefined {
  // YAML turns an unquoted 2026-11-21 into a Date; accept both forms.
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) return v;
  return undefined;
}

function checkLinks(body: string, error: (f: string, m: string) => void) {
  for (const m of body.matchAll(/\[([^\]]*)\]\(([^)\s]*)\)/g)) {
    if (!isHttpsUrl(m[2])) error('answer', `The link "${m[1]}" points to "${m[2]}"; links must be full https:// addresses.`);
  }
}
