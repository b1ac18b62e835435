// Reads the knowledge folder's files once, safely: symbolic links that loop back on themselves
// are reported and skipped (not followed for ever), files over the size limits are set aside
// with a message, and the text of everything read gives the knowledge its version, a hash that
// changes exactly when the content does (for the health check and the start-up cache).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { KnowledgeProblem } from '../errors.js';
import type { KnowledgeLimits } from '../service-config.js';

export interface KnowledgeFile {
  /** Path relative to the folder, with forward slashes ("right-to-bid/acv-what-is.md"). */
  file: string;
  text: string;
}

export interface FolderRead {
  /** Entry files (Markdown in topic folders), in a stable order. */
  entries: KnowledgeFile[];
  /** YAML files by path ("phrases.yaml", "checks/acv-eligibility.yaml"). */
  extras: Map<string, KnowledgeFile>;
  problems: KnowledgeProblem[];
  /** sha256 over every file read, its path and its text. */
  version: string;
}

/** Generous defaults: the largest shipped file is under 10 KB, the whole folder under 400 KB. */
export const DEFAULT_LIMITS: KnowledgeLimits = { maxFileBytes: 256 * 1024, maxTotalBytes: 8 * 1024 * 1024 };

const YAML_FILE = /\.ya?ml$/i;

export function readKnowledgeFolder(dir: string, limits: KnowledgeLimits = DEFAULT_LIMITS): FolderRead {
  const problems: KnowledgeProblem[] = [];
  const found: { path: string; file: string; size: number; extra: boolean }[] = [];
  const visited = new Set<string>();

  const walk = (folder: string) => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (err) {
      problems.push(unreadable(dir, folder, err));
      return;
    }
    if (visited.has(real)) {
      problems.push({ file: rel(dir, folder), severity: 'warning', message: `This folder is a link back to a folder already read (${rel(dir, real) || 'the knowledge folder itself'}), so it was skipped. Remove the link, or replace it with a copy of the files.` });
      return;
    }
    visited.add(real);
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (err) {
      problems.push(unreadable(dir, folder, err));
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const path = join(folder, name);
      let stats;
      try {
        stats = statSync(path);
      } catch (err) {
        problems.push(unreadable(dir, path, err));
        continue;
      }
      if (stats.isDirectory()) walk(path);
      else if (YAML_FILE.test(name)) found.push({ path, file: rel(dir, path), size: stats.size, extra: true });
      else if (name.endsWith('.md') && name.toLowerCase() !== 'readme.md') found.push({ path, file: rel(dir, path), size: stats.size, extra: false });
    }
  };
  walk(dir);

  const hash = createHash('sha256');
  const entries: KnowledgeFile[] = [];
  const extras = new Map<string, KnowledgeFile>();
  let total = 0;
  for (const f of found) {
    if (f.size > limits.maxFileBytes) {
      problems.push({ file: f.file, severity: 'error', message: `This file is ${kb(f.size)}, over the ${kb(limits.maxFileBytes)} limit for one knowledge file, so it was not loaded. Split it into smaller entries (or raise ADVISOR_KNOWLEDGE_MAX_FILE_KB if it really must be this big).` });
      continue;
    }
    if (total + f.size > limits.maxTotalBytes) {
      problems.push({ file: f.file, severity: 'error', message: `The knowledge folder is over its ${kb(limits.maxTotalBytes)} limit in total, so this file was not loaded. Check for files copied in by mistake (or raise ADVISOR_KNOWLEDGE_MAX_TOTAL_KB).` });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(f.path, 'utf8');
    } catch (err) {
      problems.push(unreadable(dir, f.path, err));
      continue;
    }
    total += f.size;
    hash.update(`${f.file}\0${text}\0`);
    (f.extra ? extras.set(f.file, { file: f.file, text }) : entries.push({ file: f.file, text }));
  }
  return { entries, extras, problems, version: hash.digest('hex').slice(0, 16) };
}

function unreadable(dir: string, path: string, err: unknown): KnowledgeProblem {
  const code = (err as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ELOOP' ? 'it is a link that points back to itself (a symbolic link loop); remove the link'
    : code === 'ENOENT' ? 'it is a link to something that does not exist (or it was removed while being read)'
    : code === 'EACCES' || code === 'EPERM' ? 'the bot is not allowed to read it; check its permissions'
    : `it could not be read (${(err as Error)?.message ?? String(err)})`;
  return { file: rel(dir, path) || '.', severity: 'warning', message: `Skipped: ${why}.` };
}

function rel(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
