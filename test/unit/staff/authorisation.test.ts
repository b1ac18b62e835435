import { describe, expect, it } from '@jest/globals';
import { isStaff } from '../../../src/staff/is-staff.js';
import type { StaffActor } from '../../../src/types.js';
import { question, SLACK_STAFF, STAFF_CONFIG, staffName, staffWorld, UNKNOWN_QUESTION } from './staff-fixture.js';

const config = { staff: STAFF_CONFIG.staff, staffRole: STAFF_CONFIG.staffRole };

describe('who is staff', () => {
  it('given an id listed in ADVISOR_STAFF, it allows them on that platform only', () => {
    expect(isStaff({ platform: 'slack', id: 'U123' }, config)).toBe(true);
    expect(isStaff({ platform: 'discord', id: '456' }, config)).toBe(true);
    expect(isStaff({ platform: 'discord', id: 'U123' }, config)).toBe(false);
    expect(isStaff({ platform: 'slack', id: 'U124' }, config)).toBe(false);
  });

  it('given a Discord member holding the staff role (any capitalisation), it allows them', () => {
    expect(isStaff({ platform: 'discord', id: '999', roleNames: ['Members', 'advisor staff'] }, config)).toBe(true);
    expect(isStaff({ platform: 'discord', id: '999', roleNames: ['Members'] }, config)).toBe(false);
  });

  it('given the staff role name on another platform or no role configured, it does not count', () => {
    expect(isStaff({ platform: 'slack', id: 'U999', roleNames: ['Advisor Staff'] }, config)).toBe(false);
    expect(isStaff({ platform: 'discord', id: '999', roleNames: ['Advisor Staff'] }, { staff: [] })).toBe(false);
  });

  it('given "trusted", it trusts only the terminal', () => {
    expect(isStaff({ platform: 'cli', id: 'alice', trusted: true }, config)).toBe(true);
    expect(isStaff({ platform: 'cli', id: 'alice' }, config)).toBe(false);
    expect(isStaff({ platform: 'slack', id: 'U999', trusted: true }, config)).toBe(false);
  });
});

describe('staff commands from someone who is not staff', () => {
  const outsiders: StaffActor[] = [
    { platform: 'slack', id: 'U999' },
    { platform: 'discord', id: '999', roleNames: ['Members'] },
  ];

  it.each(['unanswered', 'link 1 acv-what-is', 'dismiss 1', 'stats', 'stale', 'reload', 'help', 'nonsense'])(
    'given "%s", it refuses politely, writes no audit record and leaves the store unchanged',
    async (line) => {
      const world = staffWorld();
      await world.advisor.ask(question(UNKNOWN_QUESTION));
      const snapshot = async () => JSON.stringify([await world.openItems(), await world.store.listLearned(), await world.store.listAudit()]);
      const before = await snapshot();
      for (const actor of outsiders) {
        const reply = await world.advisor.staff(actor, line);
        expect(reply.kind).toBe('info');
        expect(reply.sections.map((s) => s.body)).toContain(world.knowledge.current.kb.phrases.notStaff);
      }
      expect(await world.store.listAudit()).toEqual([]);
      expect(await snapshot()).toBe(before);
    },
  );
});

describe('audit log', () => {
  it('given staff link, dismiss and reload, it records who (as a pseudonym), what and when for each', async () => {
    const world = staffWorld();
    await world.advisor.ask(question(UNKNOWN_QUESTION));
    await world.advisor.ask(question('what is the best colour for a bicycle shed'));
    const [first, second] = (await world.openItems()).map((i) => i.id);
    const roleHolder: StaffActor = { platform: 'discord', id: '777', roleNames: ['Advisor Staff'] };

    await world.advisor.staff(SLACK_STAFF, `link ${first} fund-village-halls`);
    await world.advisor.staff(roleHolder, `dismiss ${second}`);
    await world.advisor.staff({ platform: 'discord', id: '456' }, 'reload');

    const audit = (await world.store.listAudit()).map(({ actor, action, at }) => ({ actor, action, at }));
    const at = world.now().toISOString();
    expect(audit).toEqual([
      { actor: staffName(SLACK_STAFF), action: 'link', at },
      { actor: staffName(roleHolder), action: 'dismiss', at },
      { actor: staffName({ platform: 'discord', id: '456' }), action: 'reload', at },
    ]);
    expect((await world.store.listAudit())[0].detail).toContain('fund-village-halls');
    // Pseudonyms, not the raw staff ids.
    expect(JSON.stringify(await world.store.listAudit())).not.toMatch(/U123|777|456/);
  });
});
