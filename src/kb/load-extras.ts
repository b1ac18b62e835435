// Loads and checks the folder-level files: phrases, synonyms, off-topic signposts, topic names.
import type { KnowledgeProblem } from '../errors.js';
import { compileStaffPattern, type SafePattern } from '../nlp/safe-pattern.js';
import { yamlLib } from './yaml-lib.js';
import { describeYamlError } from './yaml-problem.js';
import type { OffTopic, Phrases, ReviewPolicy, Synonyms, Topic, WatchKind } from './model.js';

type Report = (field: string | undefined, message: string) => void;

export const PHRASE_KEYS: (keyof Phrases)[] = [
  'greeting', 'help', 'fallback', 'fallbackNearest', 'whereToGetHelp', 'recorded', 'clarify', 'error', 'disclaimer',
  'empty', 'tooLong', 'unreadable', 'otherLanguage', 'thanksUp', 'thanksDown', 'notStaff', 'otherNation', 'unknownButton',
  'slowDown',
];

export function parseYamlFile(text: string, file: string, problems: KnowledgeProblem[]): unknown {
  try {
    return yamlLib().parse(text);
  } catch (err) {
    const problem = describeYamlError(err, 0, text);
    problems.push({ file, severity: 'error', message: problem.message, line: problem.line, column: problem.column });
    return undefined;
  }
}

export function readPhrases(data: unknown, report: Report): Phrases | undefined {
  if (!data || typeof data !== 'object') {
    report(undefined, 'phrases.yaml must be a list of "name: text" lines.');
    return undefined;
  }
  const d = data as Record<string, unknown>;
  let ok = true;
  for (const key of PHRASE_KEYS) {
    if (typeof d[key] !== 'string' || !(d[key] as string).trim()) {
      report(key, `Add the phrase "${key}" (a line "${key}: ..." with the text the bot should say).`);
      ok = false;
    }
  }
  const watchLines: Partial<Phrases> = {};
  for (const key of WATCH_PHRASE_KEYS) {
    if (d[key] === undefined || d[key] === null) continue;
    if (typeof d[key] !== 'string' || !(d[key] as string).includes('{date}')) {
      report(key, `The phrase "${key}" must be text containing {date} (where the bot puts the date the entry was last checked).`);
      ok = false;
    } else watchLines[key] = (d[key] as string).trim();
  }
  return ok ? ({ ...Object.fromEntries(PHRASE_KEYS.map((k) => [k, (d[k] as string).trim()])), ...watchLines } as unknown as Phrases) : undefined;
}

/** The dated line shown under a watch note, by kind; required only once an entry uses that kind. */
export const WATCH_PHRASE: Record<WatchKind, 'watchLaw' | 'watchFunding'> = { law: 'watchLaw', funding: 'watchFunding' };
const WATCH_PHRASE_KEYS = Object.values(WATCH_PHRASE);

/** review-policy.yaml: "watch:" with the months a law note and a funding note stay fresh. */
export function readReviewPolicy(data: unknown, report: Report): ReviewPolicy | undefined {
  if (data === undefined || data === null) return undefined;
  const watch = (data as Record<string, unknown>)?.watch as Record<string, unknown> | undefined;
  if (!watch || typeof watch !== 'object' || Array.isArray(watch)) {
    report('watch', 'review-policy.yaml needs "watch:" with two indented lines, "law: <months>" and "funding: <months>".');
    return undefined;
  }
  const policy: Partial<ReviewPolicy> = {};
  for (const kind of Object.keys(WATCH_PHRASE) as WatchKind[]) {
    const months = watch[kind];
    if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 24) {
      report(`watch.${kind}`, `"${kind}" must be a whole number of months between 1 and 24 (how long a ${kind} note stays fresh).`);
    } else policy[kind] = months;
  }
  return policy.law && policy.funding ? (policy as ReviewPolicy) : undefined;
}

export function readSynonyms(data: unknown, report: Report): Synonyms {
  // Null prototype: a canonical phrase such as "constructor" or "__proto__" is just a key.
  const out: Synonyms = Object.create(null) as Synonyms;
  if (data === undefined || data === null) return out;
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(undefined, 'synonyms.yaml must be lines of "word or phrase: [other ways people say it]".');
    return out;
  }
  for (const [canonical, variants] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(variants) || variants.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
      report(canonical, `The synonyms of "${canonical}" must be a list in square brackets, e.g. ${canonical}: [first, second].`);
      continue;
    }
    out[canonical.toLowerCase()] = variants.map((v) => String(v).toLowerCase().trim()).filter(Boolean);
  }
  return out;
}

export function readOffTopic(data: unknown, report: Report): OffTopic[] {
  if (data === undefined || data === null) return [];
  if (!Array.isArray(data)) {
    report(undefined, 'off-topic.yaml must be a list of items, each starting "- id: ...".');
    return [];
  }
  const out: OffTopic[] = [];
  data.forEach((raw, i) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const where = `item ${i + 1}${typeof item.id === 'string' ? ` (${item.id})` : ''}`;
    const missing = ['id', 'label', 'reply'].filter((k) => typeof item[k] !== 'string' || !(item[k] as string).trim());
    for (const k of missing) report(k, `${where} needs "${k}".`);
    const match = Array.isArray(item.match) ? item.match.map((m) => String(m).toLowerCase().trim()).filter(Boolean) : [];
    if (match.length === 0) report('match', `${where} needs "match": a list of words or phrases that identify it.`);
    const patterns = staffPatterns(item, 'patterns', where, report);
    const unless = staffPatterns(item, 'unless', where, report);
    const sources = Array.isArray(item.sources)
      ? item.sources.filter((s) => s && typeof s.title === 'string' && typeof s.url === 'string' && s.url.startsWith('https://'))
      : [];
    if (Array.isArray(item.sources) && sources.length !== item.sources.length) report('sources', `${where}: every source needs a title and an https:// url.`);
    if (missing.length === 0 && match.length) {
      out.push({ id: item.id as string, label: item.label as string, reply: (item.reply as string).trim(), match, ...(patterns.length ? { patterns } : {}), ...(unless.length ? { unless } : {}), sources });
    }
  });
  return out;
}

/** A signpost's list of staff patterns ("patterns" or "unless"), each checked to run in linear time. */
function staffPatterns(item: Record<string, unknown>, field: 'patterns' | 'unless', where: string, report: Report): SafePattern[] {
  const value = item[field];
  if (value !== undefined && !Array.isArray(value)) report(field, `${where}: "${field}" must be a list of patterns, one per line starting "- ".`);
  const out: SafePattern[] = [];
  for (const source of Array.isArray(value) ? value.map(String) : []) {
    const checked = compileStaffPattern(source);
    if (checked.ok) out.push(checked.pattern);
    else report(field, `${where}: the pattern "${source}" ${checked.problem}. Rewrite it or remove it.`);
  }
  return out;
}

export function readTopics(data: unknown, report: Report): Topic[] {
  if (data === undefined || data === null) return [];
  if (!Array.isArray(data)) {
    report(undefined, 'topics.yaml must be a list of "- id: folder-name" items with a "label".');
    return [];
  }
  const topics: Topic[] = data.flatMap((raw, i) => {
    const t = (raw ?? {}) as Record<string, unknown>;
    if (typeof t.id !== 'string' || typeof t.label !== 'string') {
      report(`item ${i + 1}`, 'Each topic needs an id (the folder name) and a label (how it is shown).');
      return [];
    }
    const names = phraseList(t, 'names', 'the names people use for the scheme', report);
    const actNames = phraseList(t, 'actNames', 'the names people use for the Act that made the scheme', report);
    const actChanges = phraseList(t, 'actChanges', 'the ids of the topics whose schemes that Act changed', report);
    return [{ id: t.id, label: t.label, ...(names?.length ? { names } : {}), ...(actNames?.length ? { actNames } : {}), ...(actChanges?.length ? { actChanges } : {}) }];
  });
  // A changed topic that is not in the list (a typo, a renamed folder) would quietly never match.
  const ids = new Set(topics.map((t) => t.id));
  for (const t of topics) {
    const unknown = t.actChanges?.filter((id) => !ids.has(id)) ?? [];
    if (!unknown.length) continue;
    report(`${t.id}.actChanges`, `Topic "${t.id}": "actChanges" names ${unknown.map((id) => `"${id}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a topic id' : 'are not topic ids'} in topics.yaml.`);
    t.actChanges = t.actChanges!.filter((id) => ids.has(id));
  }
  return topics;
}

/** An optional list of non-empty phrases on a topic, lower-cased; reported and left out when malformed. */
function phraseList(t: Record<string, unknown>, field: string, what: string, report: Report): string[] | undefined {
  const value = t[field];
  if (value === undefined) return undefined;
  if (!(Array.isArray(value) && value.every((n) => typeof n === 'string' && n.trim()))) {
    report(`${t.id}.${field}`, `Topic "${t.id}": "${field}" must be a list of ${what}, each a non-empty phrase.`);
    return undefined;
  }
  return value.map((n: string) => n.toLowerCase().trim());
}
