// Loading a data file that is valid JSON but wrong in places: bad records are set aside with a
// warning naming the field, the rest loads, ids stay unique, and the bot starts.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCore } from '../../../src/bootstrap.js';
import { createMemoryLogger } from '../../../src/log.js';
import { openLowdbStore } from '../../../src/store/lowdb-store.js';
import { pseudonym } from '../../../src/store/privacy.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function fileWith(content: unknown): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'strict-load-'));
  made.push(dir);
  const file = join(dir, 'advisor.json');
  writeFileSync(file, JSON.stringify(content));
  return { file, dir };
}
const NOW = new Date('2026-11-21T12:00:00.000Z');
const learned = (id: number, text: unknown) => ({ id, text, entryId: 'acv-nominate', by: 'slack:abc', at: '2026-11-20T10:00:00.000Z' });
const item = (id: number, text: string, extra: Record<string, unknown> = {}) => ({
  id, key: text, text, count: 1, platforms: ['slack'], reasons: { fallback: 1 }, firstAt: '2026-11-21T10:00:00.000Z', lastAt: '2026-11-21T10:00:00.000Z', nearest: [], status: 'open', ...extra,
});

describe('loading a data file with bad records', () => {
  it('given a learned list holding a null and a number, it sets them aside with a warning naming each, and keeps the good one', async () => {
    const { file, dir } = fileWith({ version: 2, nextId: 5, learned: [null, 3, learned(4, 'who mows the green')] });
    const logger = createMemoryLogger();
    const store = await openLowdbStore(file, logger);
    expect((await store.listLearned()).map((l) => l.text)).toEqual(['who mows the green']);
    const warnings = logger.lines.filter((l) => / WARN /.test(l));
    expect(warnings.some((w) => w.includes('learned[0]') && w.includes('null'))).toBe(true);
    expect(warnings.some((w) => w.includes('learned[1]') && w.includes('number 3'))).toBe(true);
    const [aside] = readdirSync(dir).filter((n) => n.includes('set-aside'));
    expect(JSON.parse(readFileSync(join(dir, aside), 'utf8')).map((r: { field: string; value: unknown }) => [r.field, r.value])).toEqual([['learned[0]', null], ['learned[1]', 3]]);
    // The file itself now holds only what loaded.
    expect(JSON.parse(readFileSync(file, 'utf8')).learned).toHaveLength(1);
    await store.close();
  });

  it('given wrong types anywhere, it names the field of each bad record and loads the rest', async () => {
    const { file } = fileWith({
      version: 2,
      nextId: 9,
      unanswered: [item(1, 'fine question'), item(2, 'bad count', { count: 'many' }), item(3, 'bad status', { status: 'archived' })],
      votes: { 'h1 acv-nominate': { vote: 'sideways', day: '2026-11-21' }, 'h2 acv-nominate': { vote: 'up', day: '2026-11-21' } },
      days: { yesterday: {}, '2026-11-21': { asked: { answered: 'two' } } },
      audit: [{ at: 'not a time', actor: 'x', action: 'y', detail: '' }],
      conversations: 'none',
    });
    const logger = createMemoryLogger();
    const store = await openLowdbStore(file, logger);
    expect((await store.listOpenUnanswered(NOW)).map((i) => i.text)).toEqual(['fine question']);
    expect((await store.stats('2026-11-21', '2026-11-21')).votes).toEqual([{ entryId: 'acv-nominate', up: 1, down: 0 }]);
    const warned = logger.lines.filter((l) => / WARN /.test(l)).join('\n');
    for (const field of ['unanswered[1] count', 'unanswered[2] status', 'votes["h1 acv-nominate"] vote', 'days["yesterday"]', 'days["2026-11-21"] asked', 'audit[0] at', 'conversations is not an object']) {
      expect(warned).toContain(field);
    }
    await store.close();
  });

  it('given a well-formed but wrong file, the bot still starts and answers', async () => {
    const { file, dir } = fileWith({ version: 2, learned: [null, 42, { id: 'x' }], unanswered: 7, audit: [null] });
    const core = await buildCore({ env: { ADVISOR_DATA_FILE: file, ADVISOR_KNOWLEDGE_DIR: join(process.cwd(), 'test/fixtures/knowledge-staff'), ADVISOR_WATCH_KNOWLEDGE: 'false', ADVISOR_HASH_SALT: 'strict-loading-salt-0123' }, logger: createMemoryLogger() });
    const reply = await core.advisor.ask({ text: 'how do we nominate an asset of community value', platform: 'cli', user: { id: 'u' }, channel: { id: 't', isDirect: true }, threadId: 't', receivedAt: new Date() });
    expect(reply.kind).toBe('answer');
    await core.close();
    expect(readdirSync(dir).some((n) => n.includes('set-aside'))).toBe(true);
  });

  it('given a nextId reset below the ids in use, new ids never repeat old ones', async () => {
    const { file } = fileWith({ version: 2, nextId: 1, unanswered: [item(1, 'one'), item(2, 'two'), item(3, 'three')], learned: [learned(4, 'taught')] });
    const store = await openLowdbStore(file, createMemoryLogger());
    await store.record([{ type: 'unanswered', at: NOW.toISOString(), platform: 'slack', userHash: 'u', text: 'four', reason: 'fallback', nearest: [] }]);
    const ids = (await store.listOpenUnanswered(NOW)).map((i) => i.id);
    expect(ids).toEqual([1, 2, 3, 5]);
    await store.close();
  });

  it('given two records sharing an id, the later one gets a fresh id and a warning says so', async () => {
    const { file } = fileWith({ version: 2, nextId: 3, unanswered: [item(2, 'first'), item(2, 'second')] });
    const logger = createMemoryLogger();
    const store = await openLowdbStore(file, logger);
    expect((await store.listOpenUnanswered(NOW)).map((i) => [i.id, i.text])).toEqual([[2, 'first'], [3, 'second']]);
    expect(logger.lines.join('\n')).toContain('unanswered id 2 is used twice');
    await store.close();
  });
});

describe('upgrading a version-1 data file', () => {
  it('given records per question and vote, raw staff ids and raw thread keys, it keeps the figures and the queue, and the raw ids leave the file', async () => {
    const { file } = fileWith({
      version: 1,
      nextId: 12,
      contexts: { 'slack:cmd:C1:URAWUSER1': { at: '2026-11-21T10:00:00.000Z', entryId: 'acv-nominate', pendingClarify: { text: 'how long does it last', options: ['a', 'b'], nearest: [{ entryId: 'a', score: 0.3 }], platform: 'slack', at: '2026-11-21T10:00:00.000Z' } } },
      questions: [
        { at: '2026-11-21T10:00:00.000Z', platform: 'slack', userHash: 'h1', status: 'answered', entryId: 'acv-nominate' },
        { at: '2026-11-21T10:02:00.000Z', platform: 'slack', userHash: 'h1', status: 'fallback' },
        { at: '2026-11-21T11:00:00.000Z', platform: 'discord', userHash: 'h2', status: 'clarify' },
      ],
      feedback: Array.from({ length: 20 }, (_, i) => ({ id: 100 + i, entryId: 'acv-nominate', vote: 'up', platform: 'slack', userHash: 'h1', at: `2026-11-21T10:${String(i).padStart(2, '0')}:00.000Z` })),
      unanswered: [
        { id: 3, text: 'can we fly a drone', platform: 'slack', at: '2026-11-21T10:00:00.000Z', reason: 'fallback', nearest: [], status: 'open' },
        { id: 4, text: 'Can we fly a drone?', platform: 'discord', at: '2026-11-21T10:05:00.000Z', reason: 'fallback', nearest: [], status: 'open' },
        { id: 5, text: 'who mows the green', platform: 'slack', at: '2026-11-21T10:06:00.000Z', reason: 'fallback', nearest: [], status: 'linked', entryId: 'acv-nominate' },
      ],
      learned: [{ id: 6, text: 'who mows the green', entryId: 'acv-nominate', by: 'slack:URAWSTAFF', at: '2026-11-21T10:07:00.000Z' }],
      audit: [{ at: '2026-11-21T10:07:00.000Z', actor: 'slack:URAWSTAFF', action: 'link', detail: 'item 5 -> acv-nominate' }],
    });
    const store = await openLowdbStore(file, createMemoryLogger(), { hashSalt: 'upgrade-salt-0123456789' });
    const stats = await store.stats('2026-11-21', '2026-11-21');
    // A version-1 log cannot tell asking again from an ordinary follow-up, so no re-ask is carried over.
    expect(stats).toMatchObject({ asked: 3, answered: 1, clarified: 1, declined: 1, people: 2, reask: { answers: 1, reasked: 0 }, votes: [{ entryId: 'acv-nominate', up: 1, down: 0 }] });
    const open = await store.listOpenUnanswered(NOW);
    expect(open.map((i) => [i.id, i.text, i.count])).toEqual([[3, 'can we fly a drone', 2], [12, 'how long does it last', 1]]);
    expect(await store.getUnanswered(5)).toMatchObject({ status: 'linked', entryId: 'acv-nominate' });
    expect((await store.listLearned())[0].by).toBe(pseudonym('slack', 'URAWSTAFF', 'upgrade-salt-0123456789'));
    expect((await store.listAudit())[0].actor).toBe(pseudonym('slack', 'URAWSTAFF', 'upgrade-salt-0123456789'));
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).version).toBe(2);
    expect(text).not.toMatch(/URAWSTAFF|URAWUSER1/);
    await store.close();
  });
});
