// The knowledge folder and every folder below it, each once: a symbolic link that leads back to a
// folder already listed (a loop) is not followed again, so listing always ends.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ListedFolder {
  path: string;
  /** The folder's inode: a watcher on this path is stale once it changes. */
  ino: number;
}

/** Hidden folders are skipped, as the loader skips them. A missing root gives an empty list. */
export function listKnowledgeFolders(root: string): ListedFolder[] {
  const out: ListedFolder[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    let ino: number;
    try {
      real = realpathSync(dir);
      ino = statSync(dir).ino;
    } catch {
      return; // gone, or a link loop: the loader reports it
    }
    if (seen.has(real)) return;
    seen.add(real);
    out.push({ path: dir, ino });
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      try {
        if (statSync(path).isDirectory()) walk(path);
      } catch {
        // Removed while listing, or a broken link; the next change event resyncs.
      }
    }
  };
  walk(root);
  return out;
}
