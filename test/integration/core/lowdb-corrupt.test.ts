import { describe, it, expect, afterEach } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryLogger, openLowdbStore } from '../../../src/index.js';
import { redact } from '../../../src/store/privacy.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CORRUPT: [string, Buffer][] = [
  ['garbage bytes', Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x7b, 0x22, 0x6e, 0x6f, 0x0a, 0xc3, 0x28, 0x00, 0x10])],
  ['a JSON array', Buffer.from('[1, 2, 3]\n')],
  ['JSON cut off half way', Buffer.from('{"version":1,"nextId":4,"feedback":[{"id":1,')],
  ['a JSON string', Buffer.from('"advisor data"\n')],
];

describe('a corrupt data file', () => {
  it.each(CORRUPT)('given %s, it moves the file aside byte for byte, logs a loud error and carries on with an empty store', async (_label, bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'lowdb-corrupt-'));
    made.push(dir);
    const file = join(dir, 'advisor.json');
    writeFileSync(file, bytes);
    const logger = createMemoryLogger();

    const store = await openLowdbStore(file, logger);

    const aside = readdirSync(dir).filter((name) => name.startsWith('advisor.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]))).toEqual(bytes);

    const loud = logger.lines.filter((l) => /\bERROR\b/.test(l));
    expect(loud).toHaveLength(1);
    expect(loud[0]).toMatch(/corrupt/i);
    // Log lines pass through the privacy redaction, and a random temporary folder name can look
    // like a postcode ("k970Zo"), so the path is compared as the log shows it.
    expect(loud[0]).toContain(redact(file));
    expect(loud[0]).toContain(aside[0]);

    expect(await store.listOpenUnanswered(new Date())).toEqual([]);
    expect(await store.listLearned()).toEqual([]);
    await store.record([{ type: 'vote', at: '2026-11-21T00:00:00.000Z', platform: 'cli', userHash: 'h', entryId: 'acv-what-is', vote: 'up' }]);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).votes)).toHaveLength(1);
    await store.close();
  });

  it('given an empty file, it starts empty without calling it corrupt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lowdb-corrupt-'));
    made.push(dir);
    const file = join(dir, 'advisor.json');
    writeFileSync(file, '');
    const logger = createMemoryLogger();
    const store = await openLowdbStore(file, logger);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 2, unanswered: [], learned: [] });
    expect(readdirSync(dir).filter((n) => n.includes('corrupt'))).toEqual([]);
    expect(logger.lines.filter((l) => /\bERROR\b/.test(l))).toEqual([]);
    await store.close();
  });
});
