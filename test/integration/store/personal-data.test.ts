// After questions full of personal details, from people and staff with raw platform ids, none of
// those details or ids appears in the data file or in the log.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCore } from '../../../src/bootstrap.js';
import { createMemoryLogger } from '../../../src/log.js';
import type { Question } from '../../../src/types.js';
import { FIXTURE_KNOWLEDGE } from '../../unit/staff/staff-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'personal-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DETAILS = [
  'jo.bloggs@example.org', "o'brien@example.co.uk", '07700 900123', '+44 7700 900124', '0044 20 7946 0958', 'SW1A 1AA', 'ls1  4ap',
  'Jo Bloggs', 'Priya', '12 High Street', '4111 1111 1111 1111', '12-34-56', '87654321', 'GB82 WEST 1234 5698 7654 32', 'AB123456C', '3 May 1985',
];
const RAW_IDS = ['U0RAWASKER', 'U0RAWSTAFF', 'C0RAWCHAN', 'T0RAWTEAM'];
const QUESTIONS = [
  'can we fly a drone over the green? my name is Jo Bloggs, jo.bloggs@example.org, 07700 900123, SW1A 1AA',
  "I'm Priya, I live at 12 High Street, ls1  4ap, can the council sell our park? o'brien@example.co.uk or +44 7700 900124",
  'how do I pay the deposit? card 4111 1111 1111 1111, sort code 12-34-56 account 87654321, IBAN GB82 WEST 1234 5698 7654 32',
  'my NI number is AB123456C and I was born on 3 May 1985, call 0044 20 7946 0958, can we bid for the pub',
  'how long does an acv listing last? Thanks, Jo Bloggs',
];

describe('personal details in questions', () => {
  it('given questions full of personal details from raw platform ids, and staff acting on them, none of it is in the data file or the log', async () => {
    const file = join(dir, 'advisor.json');
    const logger = createMemoryLogger();
    const core = await buildCore({ env: { ADVISOR_DATA_FILE: file, ADVISOR_KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, ADVISOR_WATCH_KNOWLEDGE: 'false', ADVISOR_STAFF: 'slack:T0RAWTEAM:U0RAWSTAFF', LOG_LEVEL: 'debug' }, logger });
    const ask = (text: string, i: number): Question => ({ text, platform: 'slack', user: { id: 'U0RAWASKER' }, channel: { id: 'C0RAWCHAN', isDirect: false }, threadId: `slack:cmd:C0RAWCHAN:U0RAWASKER:${i}`, receivedAt: new Date() });
    for (const [i, text] of QUESTIONS.entries()) await core.advisor.ask(ask(text, i));
    await core.advisor.act({ type: 'feedback', vote: 'down', entryId: 'acv-listing-length', question: ask('', 4) });
    const staff = { platform: 'slack' as const, id: 'U0RAWSTAFF', workspace: 'T0RAWTEAM' };
    const listed = await core.advisor.staff(staff, 'unanswered');
    const first = /#(\d+)/.exec(listed.sections[0].heading ?? '')![1];
    await core.advisor.staff(staff, `link ${first} fund-village-halls`);
    await core.advisor.staff(staff, 'stats');
    // The error path logs too: a question that makes the advisor fail.
    logger.error('simulated failure while answering', { question: QUESTIONS[0], err: new Error(QUESTIONS[2]) });
    await core.close();

    const stored = readFileSync(file, 'utf8');
    const log = logger.lines.join('\n');
    for (const secret of [...DETAILS, ...RAW_IDS]) {
      expect({ secret, inFile: stored.includes(secret) }).toEqual({ secret, inFile: false });
      expect({ secret, inLog: log.includes(secret) }).toEqual({ secret, inLog: false });
    }
    expect(stored).toContain('[email]');
    expect(JSON.parse(stored).learned).toHaveLength(1);
  });
});
