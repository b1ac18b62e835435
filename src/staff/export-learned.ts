// Writes phrasings staff taught with "link" into the example questions of their entries' files,
// so they are reviewed in a pull request and survive a fresh install. Written phrasings leave
// the store (the file now carries them). The knowledge must still pass the checker afterwards;
// if it does not, every file is put back as it was.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { KnowledgeProblem } from '../errors.js';
import { loadKnowledge } from '../kb/load-knowledge.js';
import type { Store } from '../store/store.js';
import { addExampleQuestions } from './add-example-questions.js';
import { questionKey } from './teachable-text.js';

export interface ExportResult {
  /** False when the folder had errors before, or would have after (nothing is then changed). */
  ok: boolean;
  written: { entryId: string; file: string; text: string }[];
  /** Already an example question of the same entry: dropped from the store, nothing written. */
  alreadyThere: { entryId: string; text: string }[];
  /** Left in the store, with the reason. */
  skipped: { entryId: string; text: string; why: string }[];
  problems: KnowledgeProblem[];
}

/** `by` is the operator's pseudonym (see is-staff.ts auditActor), as the audit log names them. */
export async function exportLearned(options: { knowledgeDir: string; store: Store; by: string; now?: Date }): Promise<ExportResult> {
  const { knowledgeDir, store, by } = options;
  const result: ExportResult = { ok: true, written: [], alreadyThere: [], skipped: [], problems: [] };
  const before = loadKnowledge(knowledgeDir);
  if (!before.kb) return { ...result, ok: false, problems: before.problems };
  const { kb } = before;

  const owner = new Map<string, string>();
  for (const e of kb.entries) for (const q of e.questions) owner.set(questionKey(q), e.id);
  const done = new Set<number>();
  const perFile = new Map<string, { entryId: string; texts: string[] }>();
  for (const l of await store.listLearned()) {
    const entry = kb.byId.get(l.entryId);
    const key = questionKey(l.text);
    const taken = owner.get(key);
    if (!entry) result.skipped.push({ entryId: l.entryId, text: l.text, why: 'the entry no longer exists; link the question again' });
    else if (!key) result.skipped.push({ entryId: l.entryId, text: l.text, why: 'no words to write' });
    else if (taken === entry.id) {
      result.alreadyThere.push({ entryId: entry.id, text: l.text });
      done.add(l.id);
    } else if (taken) result.skipped.push({ entryId: l.entryId, text: l.text, why: `it is already an example question of ${taken}` });
    else {
      owner.set(key, entry.id);
      const slot = perFile.get(entry.file) ?? { entryId: entry.id, texts: [] };
      slot.texts.push(l.text);
      perFile.set(entry.file, slot);
      done.add(l.id);
    }
  }

  const originals = new Map<string, string>();
  try {
    for (const [file, { entryId, texts }] of perFile) {
      const path = join(knowledgeDir, file);
      const original = readFileSync(path, 'utf8');
      originals.set(path, original);
      writeAtomically(path, addExampleQuestions(original, texts));
      for (const text of texts) result.written.push({ entryId, file, text });
    }
  } catch (err) {
    restore(originals);
    throw err;
  }
  const after = loadKnowledge(knowledgeDir);
  if (!after.kb) {
    restore(originals);
    return { ...result, ok: false, written: [], problems: after.problems };
  }
  const at = (options.now ?? new Date()).toISOString();
  if (done.size) await store.removeLearned([...done], { at, actor: by, action: 'kb:learned', detail: `${result.written.length} phrasing(s) written to ${perFile.size} file(s)` });
  return result;
}

/** Write then rename, so the running bot's watcher never reads a half-written file. */
function writeAtomically(path: string, text: string) {
  // A dot name: the knowledge loader and the watcher both ignore it.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, path);
}

function restore(originals: Map<string, string>) {
  for (const [path, text] of originals) writeAtomically(path, text);
}
