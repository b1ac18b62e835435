// Reads a knowledge folder and checks it as a whole. Returns every problem found; a knowledge
// base is returned only when there are no errors (warnings are allowed), so a running bot can
// keep its last good knowledge when an edit is broken.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { KnowledgeProblem } from '../errors.js';
import { loadToolData } from '../tools/load-tools.js';
import { FrontMatterError, splitFrontMatter } from './front-matter.js';
import { parseYamlFile, readOffTopic, readPhrases, readReviewPolicy, readSynonyms, readTopics } from './load-extras.js';
import type { Entry, KnowledgeBase, Phrases, ReviewPolicy } from './model.js';
import { validateEntry } from './validate-entry.js';
import { checkWatchNotes } from './check-watch-notes.js';

export interface LoadResult {
  kb?: KnowledgeBase;
  problems: KnowledgeProblem[];
}

export function loadKnowledge(dir: string, today: Date = new Date()): LoadResult {
  const problems: KnowledgeProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { problems: [{ file: dir, severity: 'error', message: 'The knowledge folder does not exist. Check ADVISOR_KNOWLEDGE_DIR.' }] };
  }
  const reporter = (file: string) => (field: string | undefined, message: string) => problems.push({ file, field, message, severity: 'error' });
  const yamlFile = (name: string, required: boolean): unknown => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (required) problems.push({ file: name, severity: 'error', message: `${name} is missing from the knowledge folder.` });
      return undefined;
    }
    return parseYamlFile(readFileSync(path, 'utf8'), name, problems);
  };

  const phrases = readPhrases(yamlFile('phrases.yaml', true), reporter('phrases.yaml'));
  const synonyms = readSynonyms(yamlFile('synonyms.yaml', false), reporter('synonyms.yaml'));
  const offTopic = readOffTopic(yamlFile('off-topic.yaml', false), reporter('off-topic.yaml'));
  const topics = readTopics(yamlFile('topics.yaml', false), reporter('topics.yaml'));
  const policyFileExists = existsSync(join(dir, 'review-policy.yaml'));
  const reviewPolicy = readReviewPolicy(yamlFile('review-policy.yaml', false), reporter('review-policy.yaml'));
  const watchLines = new Map<string, number | undefined>();

  const entries: Entry[] = [];
  for (const path of markdownFiles(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    const topic = file.includes('/') ? file.split('/')[0] : 'general';
    let split;
    try {
      split = splitFrontMatter(readFileSync(path, 'utf8'));
    } catch (err) {
      if (!(err instanceof FrontMatterError)) throw err;
      problems.push({ file, severity: 'error', message: `${err.message}.` });
      continue;
    }
    const result = validateEntry(split.header, split.body, file, topic, today, split.locate);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
    if (result.entry?.watch) watchLines.set(result.entry.file, split.locate(['watch', 'checked']));
  }
  if (entries.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({ file: '.', severity: 'error', message: 'The knowledge folder has no entries (Markdown files in topic folders).' });
  }
  checkAcrossEntries(entries, problems);
  checkWatchNotes({ entries, phrases, reviewPolicy, policyFileExists, watchLines, today, problems });
  const tools = loadToolData(dir, new Set(entries.map((e) => e.id)), problems);

  for (const t of topics) {
    if (!entries.some((e) => e.topic === t.id)) problems.push({ file: 'topics.yaml', field: t.id, severity: 'warning', message: `No entries are in a folder named "${t.id}".` });
  }
  if (problems.some((p) => p.severity === 'error') || !phrases) return { problems };
  return { problems, kb: { ...assemble(entries, synonyms, phrases, offTopic, topics, reviewPolicy), ...tools } };
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.startsWith('.') || name.startsWith('_')) continue;
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith('.md') && name.toLowerCase() !== 'readme.md') out.push(path);
  }
  return out;
}

function checkAcrossEntries(entries: Entry[], problems: KnowledgeProblem[]) {
  const ids = new Map<string, string>();
  const questions = new Map<string, string>();
  for (const e of entries) {
    const other = ids.get(e.id);
    if (other) problems.push({ file: e.file, field: 'id', severity: 'error', message: `The id "${e.id}" is also used by ${other}; each entry needs its own id.` });
    ids.set(e.id, e.file);
  }
  for (const e of entries) {
    for (const r of e.related) {
      if (r === e.id) problems.push({ file: e.file, field: 'related', severity: 'error', message: 'An entry cannot list itself as related.' });
      else if (!ids.has(r)) problems.push({ file: e.file, field: 'related', severity: 'error', message: `Related entry "${r}" does not exist; check the id or remove it.` });
    }
    for (const q of e.questions) {
      const key = q.toLowerCase().replace(/[^a-z0-9£]+/g, ' ').trim();
      const owner = questions.get(key);
      if (owner && owner !== e.file) {
        problems.push({ file: e.file, field: 'questions', severity: 'error', message: `The question "${q}" is also an example in ${owner}; each question may belong to one entry only.` });
      }
      questions.set(key, e.file);
    }
  }
}

function assemble(entries: Entry[], synonyms: KnowledgeBase['synonyms'], phrases: Phrases, offTopic: KnowledgeBase['offTopic'], topics: KnowledgeBase['topics'], reviewPolicy?: ReviewPolicy): KnowledgeBase {
  const folderTopics = [...new Set(entries.map((e) => e.topic))];
  const allTopics = [...topics.filter((t) => folderTopics.includes(t.id)), ...folderTopics.filter((f) => !topics.some((t) => t.id === f)).map((f) => ({ id: f, label: f.replace(/-/g, ' ') }))];
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), synonyms, phrases, offTopic, topics: allTopics, ...(reviewPolicy ? { reviewPolicy } : {}) };
}
