import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCore, type Core } from '../../../src/bootstrap.js';
import { createMemoryLogger } from '../../../src/log.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { copyFixtureKnowledge, question, SLACK_STAFF } from '../../unit/staff/staff-fixture.js';
import { editFile, villageGreenEntry, waitFor } from './knowledge-edits.js';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

async function start(knowledgeDir: string, watch: boolean) {
  const logger = createMemoryLogger();
  const env = {
    ADVISOR_KNOWLEDGE_DIR: knowledgeDir,
    ADVISOR_DATA_FILE: join(mkdtempSync(join(tmpdir(), 'staff-reload-')), 'advisor.json'),
    ADVISOR_STAFF: 'slack:T0001:U123',
    ADVISOR_WATCH_KNOWLEDGE: watch ? 'true' : 'false',
    // The probes below ask every few milliseconds, as no person would; lift the per-person limit.
    ADVISOR_QUESTIONS_PER_MINUTE: '1000000',
  };
  core = await buildCore({ env, logger });
  return { core, logger };
}

const LISTING_QUESTION = 'how long does an acv listing last';

describe('reload', () => {
  it('given an edit that removes a title, it keeps answering from the last good knowledge and names the file and field', async () => {
    const dir = copyFixtureKnowledge();
    const { core, logger } = await start(dir, false);
    editFile(join(dir, 'right-to-bid/acv-listing-length.md'), (t) => t.replace(/^title: .*\n/m, ''));

    const reply = await core.advisor.staff(SLACK_STAFF, 'reload');
    const text = toPlainText(reply);
    expect(reply.title).toBe('Reload refused: the knowledge has errors');
    expect(text).toContain('right-to-bid/acv-listing-length.md [title]: Add a title');
    expect(text).toContain('The bot keeps answering from the last good knowledge (4 entries');
    expect(logger.lines.some((l) => l.includes('WARN') && l.includes('right-to-bid/acv-listing-length.md [title]'))).toBe(true);
    expect(await core.advisor.ask(question(LISTING_QUESTION))).toMatchObject({ kind: 'answer', entryId: 'acv-listing-length', title: 'How long does an asset of community value listing last?' });
  });

  it('given a good edit, it reports the number of entries and the time taken, and answers from the new knowledge', async () => {
    const dir = copyFixtureKnowledge();
    const { core } = await start(dir, false);
    writeFileSync(join(dir, 'right-to-bid/acv-village-green.md'), villageGreenEntry());
    expect((await core.advisor.ask(question('can we register our village green'))).entryId).toBeUndefined();

    const text = toPlainText(await core.advisor.staff(SLACK_STAFF, 'reload'));
    expect(text).toMatch(/Loaded 5 entries in \d+ ms/);
    expect(await core.advisor.ask(question('can we register our village green'))).toMatchObject({ kind: 'answer', entryId: 'acv-village-green' });
  });
});

describe('the knowledge watcher started with the bot', () => {
  // How soon is measured by `npm run bench` (reload latency), not timed here.
  it('given a new entry saved while the bot runs, it answers from it without a restart', async () => {
    const dir = copyFixtureKnowledge();
    const { core } = await start(dir, true);
    const ask = async () => {
      const reply = await core.advisor.ask(question('can we register our village green'));
      return reply.entryId === 'acv-village-green' ? reply : undefined;
    };
    expect(await ask()).toBeUndefined();
    writeFileSync(join(dir, 'right-to-bid/acv-village-green.md'), villageGreenEntry());
    const { value } = await waitFor(ask, 10_000);
    expect(value.entryId).toBe('acv-village-green');
  });

  it('given a broken edit while the bot runs, it logs every problem and keeps answering; fixing it is picked up', async () => {
    const dir = copyFixtureKnowledge();
    const { core, logger } = await start(dir, true);
    const file = join(dir, 'right-to-bid/acv-listing-length.md');
    editFile(file, (t) => t.replace(/^title: .*\n/m, '').replace(/^keywords:\n(  - .*\n)+/m, ''));
    await waitFor(() => (logger.lines.some((l) => l.includes('Still answering with 4 entries')) ? true : undefined));
    const warnings = logger.lines.filter((l) => l.includes('knowledge edit refused'));
    expect(warnings.some((l) => l.includes('right-to-bid/acv-listing-length.md [title]'))).toBe(true);
    expect(warnings.some((l) => l.includes('right-to-bid/acv-listing-length.md [keywords]'))).toBe(true);
    expect((await core.advisor.ask(question(LISTING_QUESTION))).title).toBe('How long does an asset of community value listing last?');

    editFile(file, (t) => t.replace(/^id: (.*)$/m, 'id: $1\ntitle: How long is a listing in force?\nkeywords:\n  - listing last'));
    await waitFor(async () => ((await core.advisor.ask(question(LISTING_QUESTION))).title === 'How long is a listing in force?' ? true : undefined));
  });

  it('given a removed entry, it stops answering from it', async () => {
    const dir = copyFixtureKnowledge();
    const { core } = await start(dir, true);
    // The entry is related to acv-nominate; remove the link first so the folder stays valid.
    editFile(join(dir, 'right-to-bid/acv-nominate.md'), (t) => t.replace(/^related:\n  - acv-listing-length\n/m, ''));
    unlinkSync(join(dir, 'right-to-bid/acv-listing-length.md'));
    await waitFor(() => (core.knowledge.current.kb.byId.has('acv-listing-length') ? undefined : true));
    expect((await core.advisor.ask(question(LISTING_QUESTION))).entryId).not.toBe('acv-listing-length');
  });

  it('given ADVISOR_WATCH_KNOWLEDGE=false, it does not pick up edits on its own', async () => {
    const dir = copyFixtureKnowledge();
    const { core } = await start(dir, false);
    writeFileSync(join(dir, 'right-to-bid/acv-village-green.md'), villageGreenEntry());
    await new Promise((r) => setTimeout(r, 800));
    expect(core.knowledge.current.kb.byId.has('acv-village-green')).toBe(false);
  });
});
