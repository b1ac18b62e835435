// The hashing salt when ADVISOR_HASH_SALT is not set: random, generated once, kept beside the
// data file (mode 600) so hashes stay stable across restarts and processes sharing the file.
// Never a shared default: a public salt would let anyone match hashes against known user ids.
import { randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { StoreError } from '../../errors.js';

export async function loadOrCreateSalt(dataFile: string): Promise<{ salt: string; created: boolean; where: string }> {
  const where = `${dataFile}.salt`;
  const existing = await readSalt(where);
  if (existing) return { salt: existing, created: false, where };
  const salt = randomBytes(32).toString('hex');
  try {
    const file = await open(where, 'wx', 0o600);
    try {
      await file.writeFile(salt);
      await file.sync();
    } finally {
      await file.close();
    }
    return { salt, created: true, where };
  } catch (err) {
    // Another process sharing the data file created it first: use theirs, once it is written.
    for (let i = 0; (err as NodeJS.ErrnoException).code === 'EEXIST' && i < 40; i++) {
      const theirs = await readSalt(where);
      if (theirs) return { salt: theirs, created: false, where };
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new StoreError(`Cannot keep a hashing salt in ${where}. Set ADVISOR_HASH_SALT, or make the data folder writable.`, err);
  }
}

async function readSalt(path: string): Promise<string | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return text && text.trim().length >= 16 ? text.trim() : undefined;
}
