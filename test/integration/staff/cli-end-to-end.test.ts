import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixtureKnowledge } from '../../unit/staff/staff-fixture.js';
import { runCli } from './run-cli.js';

const QUESTION = 'can we fly a drone over the village green, call me on 07700 900123 or jo@example.com, SW1A 1AA';

function setting() {
  return { ADVISOR_KNOWLEDGE_DIR: copyFixtureKnowledge(), ADVISOR_DATA_FILE: join(mkdtempSync(join(tmpdir(), 'staff-e2e-')), 'advisor.json') };
}

describe('the staff loop from the terminal', () => {
  it('given an unknown question, it is declined, queued with personal details redacted, and after link answered by that entry in a new process', async () => {
    const env = setting();

    // Without --count, a question typed at the terminal is staff trying things: nothing is queued.
    const tried = await runCli('ask', ['--json', QUESTION], env);
    expect(JSON.parse(tried.stdout)).toMatchObject({ status: 'fallback' });
    expect(JSON.parse((await runCli('admin', ['unanswered', '--json'], env)).stdout)).toEqual([]);

    const declined = await runCli('ask', ['--json', '--count', QUESTION], env);
    expect(declined.code).toBe(0);
    expect(JSON.parse(declined.stdout)).toMatchObject({ status: 'fallback', entryId: null });

    const listed = await runCli('admin', ['unanswered', '--json'], env);
    expect(listed.code).toBe(0);
    const queue = JSON.parse(listed.stdout) as { id: number; text: string; count: number; reason: string; platforms: string[]; nearest: unknown[] }[];
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ id: expect.any(Number), count: 1, reason: 'fallback', platforms: ['cli'], nearest: expect.any(Array) });
    expect(queue[0].text).toBe('can we fly a drone over the village green, call me on [phone] or [email], [postcode]');

    const linked = await runCli('admin', ['link', String(queue[0].id), 'fund-village-halls'], env);
    expect(linked.code).toBe(0);
    expect(linked.stdout).toContain(`Linked #${queue[0].id} to fund-village-halls`);

    const answered = await runCli('ask', ['--json', QUESTION], env);
    expect(JSON.parse(answered.stdout)).toMatchObject({ status: 'answered', entryId: 'fund-village-halls' });

    const after = await runCli('admin', ['unanswered', '--json'], env);
    expect(JSON.parse(after.stdout)).toEqual([]);

    const stored = readFileSync(env.ADVISOR_DATA_FILE, 'utf8');
    expect(stored).not.toMatch(/07700|900123|jo@example\.com|SW1A/i);
    expect(JSON.parse(stored).audit.map((a: { action: string }) => a.action)).toEqual(['unanswered', 'unanswered', 'link', 'unanswered']);
  }, 90_000);

  it('given a usage mistake it exits 2, and given a command it cannot carry out it exits 1', async () => {
    const env = setting();
    const usage = await runCli('admin', ['link', 'twelve', 'acv-nominate'], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('"twelve" is not an item number');
    expect(usage.stderr).toContain('Usage: npm run admin -- <command>');

    const missing = await runCli('admin', ['dismiss', '404'], env);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('There is no item #404');

    const nothing = await runCli('admin', [], env);
    expect(nothing.code).toBe(2);
  }, 60_000);
});
