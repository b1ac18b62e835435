// Reads a knowledge folder and checks it as a whole. Returns every problem found; a knowledge
// base is returned only when there are no errors (warnings are allowed). This is the strict
// view `npm run kb:check` takes; the running bot uses loadUsableKnowledge (usable-knowledge.ts),
// which starts with every valid entry instead of refusing the whole folder.
import type { KnowledgeProblem } from '../errors.js';
import type { KnowledgeLimits } from '../service-config.js';
import { loadToolData, type ToolData, type ToolLoad } from '../tools/load-tools.js';
import { checkWatchNotes } from './check-watch-notes.js';
import { FrontMatterError, splitFrontMatter } from './front-matter.js';
import { parseYamlFile, readOffTopic, readPhrases, readReviewPolicy, readSynonyms, readTopics } from './load-extras.js';
import { readConversationSettings } from './conversation-settings.js';
import { checkEntryFacets, readFacetVocabulary } from './facet-vocabulary.js';
import type { ConversationSettings, Entry, FacetVocabulary, KnowledgeBase, OffTopic, Phrases, ReviewPolicy, Synonyms, Topic } from './model.js';
import { readKnowledgeFolder, type FolderRead } from './read-folder.js';
import { validateEntry } from './validate-entry.js';
import { existsSync, statSync } from 'node:fs';

export interface LoadResult {
  kb?: KnowledgeBase;
  problems: KnowledgeProblem[];
  /** Hash of the folder's content (empty when the folder could not be read). */
  version: string;
}

export interface LoadOptions {
  limits?: KnowledgeLimits;
  /** The folder as already read (the start-up cache reads it first to know its version). */
  read?: FolderRead;
}

/** Everything the checker found, before deciding what can be used. */
export interface CheckedFolder {
  version: string;
  problems: KnowledgeProblem[];
  /** The folder itself is missing: nothing at all can be loaded. */
  missing: boolean;
  phrases?: Phrases;
  synonyms: Synonyms;
  offTopic: OffTopic[];
  topics: Topic[];
  reviewPolicy?: ReviewPolicy;
  /** The facet vocabulary (facets.yaml) and conversation settings (conversation.yaml). */
  facets: FacetVocabulary;
  conversation: ConversationSettings;
  /** Folder-level files that could not be parsed at all (their content is unknown). */
  unreadable: Set<string>;
  /** Entries that passed their own checks (cross-entry problems may still name them). */
  entries: Entry[];
  /** Entry files that cannot be used as written: unreadable, too big, invalid, or a duplicate id. */
  brokenFiles: Set<string>;
  /** The deadline calculator's periods and the guided checks (periods.yaml, checks/). */
  tools: ToolLoad;
}

export function loadKnowledge(dir: string, today: Date = new Date(), options: LoadOptions = {}): LoadResult {
  const checked = checkKnowledgeFolder(dir, today, options);
  const { problems, version, phrases } = checked;
  if (checked.missing || problems.some((p) => p.severity === 'error') || !phrases) return { problems, version };
  return { problems, version, kb: assembleKnowledge(checked.entries, { ...checked, ...checked.tools }, phrases) };
}

export function checkKnowledgeFolder(dir: string, today: Date, options: LoadOptions = {}): CheckedFolder {
  const empty = { synonyms: Object.create(null) as Synonyms, offTopic: [], topics: [], facets: readFacetVocabulary(undefined, () => {}), conversation: readConversationSettings(undefined, () => {}), unreadable: new Set<string>(), entries: [], brokenFiles: new Set<string>(), tools: { broken: { periods: false, checks: false } } };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ...empty, version: '', missing: true, problems: [{ file: dir, severity: 'error', message: 'The knowledge folder does not exist. Check ADVISOR_KNOWLEDGE_DIR.' }] };
  }
  const read = options.read ?? readKnowledgeFolder(dir, options.limits);
  const problems: KnowledgeProblem[] = [...read.problems];
  const unreadable = new Set<string>();
  const reporter = (file: string) => (field: string | undefined, message: string) => problems.push({ file, field, message, severity: 'error' });
  const yamlFile = (name: string, required: boolean): unknown => {
    const found = read.extras.get(name);
    if (!found) {
      if (required && !problems.some((p) => p.file === name)) problems.push({ file: name, severity: 'error', message: `${name} is missing from the knowledge folder.` });
      if (problems.some((p) => p.file === name)) unreadable.add(name);
      return undefined;
    }
    const before = problems.length;
    const data = parseYamlFile(found.text, name, problems);
    if (problems.length > before) unreadable.add(name);
    return data;
  };

  const phrases = readPhrases(yamlFile('phrases.yaml', true), reporter('phrases.yaml'));
  const synonyms = readSynonyms(yamlFile('synonyms.yaml', false), reporter('synonyms.yaml'));
  const offTopic = readOffTopic(yamlFile('off-topic.yaml', false), reporter('off-topic.yaml'));
  const topics = readTopics(yamlFile('topics.yaml', false), reporter('topics.yaml'));
  const policyFileExists = read.extras.has('review-policy.yaml');
  const reviewPolicy = readReviewPolicy(yamlFile('review-policy.yaml', false), reporter('review-policy.yaml'));
  const facets = readFacetVocabulary(yamlFile('facets.yaml', false), reporter('facets.yaml'));
  const conversation = readConversationSettings(yamlFile('conversation.yaml', false), reporter('conversation.yaml'));
  const watchLines = new Map<string, number | undefined>();

  // A file the reader set aside (too big, unreadable) is broken as written.
  const brokenFiles = new Set(read.problems.filter((p) => p.severity === 'error' && p.file.endsWith('.md')).map((p) => p.file));
  const entries: Entry[] = [];
  for (const { file, text } of read.entries) {
    const topic = file.includes('/') ? file.split('/')[0] : 'general';
    let split;
    try {
      split = splitFrontMatter(text);
    } catch (err) {
      if (!(err instanceof FrontMatterError)) throw err;
      problems.push({ file, severity: 'error', message: err.message.replace(/([^.])$/, '$1.'), line: err.line, column: err.column });
      brokenFiles.add(file);
      continue;
    }
    const result = validateEntry(split.header, split.body, file, topic, today, split.locate);
    problems.push(...result.problems);
    if (result.entry) entries.push(result.entry);
    else brokenFiles.add(file);
    if (result.entry?.watch) watchLines.set(result.entry.file, split.locate(['watch', 'checked']));
  }
  if (entries.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({ file: '.', severity: 'error', message: 'The knowledge folder has no entries (Markdown files in topic folders).' });
  }
  checkAcrossEntries(entries, problems, brokenFiles);
  checkWatchNotes({ entries, phrases, reviewPolicy, policyFileExists, watchLines, today, problems });
  problems.push(...checkEntryFacets(entries, facets));
  const tools = loadToolData(read.extras, new Set(entries.map((e) => e.id)), problems);

  for (const t of topics) {
    if (!entries.some((e) => e.topic === t.id)) problems.push({ file: 'topics.yaml', field: t.id, severity: 'warning', message: `No entries are in a folder named "${t.id}".` });
  }
  return { version: read.version, problems, missing: false, phrases, synonyms, offTopic, topics, reviewPolicy, facets, conversation, unreadable, entries, brokenFiles, tools };
}

/** A second entry with an id already taken is broken: the first one (in folder order) keeps it. */
function checkAcrossEntries(entries: Entry[], problems: KnowledgeProblem[], brokenFiles: Set<string>) {
  const ids = new Map<string, string>();
  const questions = new Map<string, string>();
  for (const e of entries) {
    const other = ids.get(e.id);
    if (other) {
      problems.push({ file: e.file, field: 'id', severity: 'error', message: `The id "${e.id}" is also used by ${other}; each entry needs its own id.` });
      brokenFiles.add(e.file);
    } else ids.set(e.id, e.file);
  }
  // An entry whose file is broken is already reported there; links to it (by its file name, which
  // its id must match) are not reported again as links to nothing.
  const brokenIds = new Set([...brokenFiles].map((f) => f.split('/').pop()!.replace(/\.md$/, '')));
  for (const e of entries) {
    for (const r of e.related) {
      if (r === e.id) problems.push({ file: e.file, field: 'related', severity: 'error', message: 'An entry cannot list itself as related.' });
      else if (!ids.has(r) && !brokenIds.has(r)) problems.push({ file: e.file, field: 'related', severity: 'error', message: `Related entry "${r}" does not exist; check the id or remove it.` });
    }
    if (e.then === e.id) problems.push({ file: e.file, field: 'then', severity: 'error', message: 'An entry cannot name itself as what happens after it.' });
    else if (e.then && !ids.has(e.then) && !brokenIds.has(e.then)) problems.push({ file: e.file, field: 'then', severity: 'error', message: `The entry "${e.then}" named in then does not exist; check the id or remove it.` });
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

export function assembleKnowledge(entries: Entry[], parts: Pick<CheckedFolder, 'synonyms' | 'offTopic' | 'topics' | 'reviewPolicy' | 'facets' | 'conversation'> & ToolData, phrases: Phrases): KnowledgeBase {
  const { synonyms, offTopic, topics, reviewPolicy, facets, conversation, periods, checks } = parts;
  const folderTopics = [...new Set(entries.map((e) => e.topic))];
  const allTopics = [...topics.filter((t) => folderTopics.includes(t.id)), ...folderTopics.filter((f) => !topics.some((t) => t.id === f)).map((f) => ({ id: f, label: f.replace(/-/g, ' ') }))];
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), synonyms, phrases, offTopic, topics: allTopics, facets, conversation, ...(reviewPolicy ? { reviewPolicy } : {}), ...(periods ? { periods } : {}), ...(checks ? { checks } : {}) };
}
