// lowdb's adapter for the data file, with the guarantees lowdb's own JSONFile lacks: writes are
// durable (fsync, then an atomic rename, then fsync of the folder) and private (mode 600), and a
// file that is not JSON is reported as such instead of throwing a bare SyntaxError.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeDurably, type WriteDurably } from './durable-write.js';

/** Reads the file's text; the file-system boundary for reads, as WriteDurably is for writes. */
export type ReadText = (path: string) => Promise<string>;

const readText: ReadText = (path) => readFile(path, 'utf8');

/** The file exists but is not JSON; carries the raw bytes so they can be moved aside intact. */
export class UnreadableDataFile extends Error {}

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly write_: WriteDurably = writeDurably,
    private readonly read_: ReadText = readText,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.read_(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    if (!text.trim()) return null;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new UnreadableDataFile(`${this.path} is not JSON`);
    }
  }

  async write(data: T): Promise<void> {
    await this.write_(this.path, JSON.stringify(data) + '\n');
  }
}
