import { describe, expect, it } from '@jest/globals';
import { isStaff } from '../../../src/staff/is-staff.js';
import type { StaffActor } from '../../../src/types.js';
import { question, SERVER, SLACK_STAFF, STAFF_CONFIG, staffName, staffWorld, TEAM, UNKNOWN_QUESTION } from './staff-fixture.js';

const config = { staff: STAFF_CONFIG.staff, staffRoles: STAFF_CONFIG.staffRoles, staffGuilds: STAFF_CONFIG.staffGuilds };
const OTHER_SERVER = '800000000000000001';

describe('who is staff', () => {
  it('given an id listed in ADVISOR_STAFF with its workspace, it allows them in that workspace on that platform only', () => {
    expect(isStaff({ platform: 'slack', id: 'U123', workspace: TEAM }, config)).toBe(true);
    expect(isStaff({ platform: 'discord', id: '456000', workspace: SERVER }, config)).toBe(true);
    expect(isStaff({ platform: 'discord', id: 'U123', workspace: TEAM }, config)).toBe(false);
    expect(isStaff({ platform: 'slack', id: 'U124', workspace: TEAM }, config)).toBe(false);
  });

  it('given the same user id from another Slack workspace or Discord server, or with no workspace at all, it refuses', () => {
    expect(isStaff({ platform: 'slack', id: 'U123', workspace: 'T0OTHER' }, config)).toBe(false);
    expect(isStaff({ platform: 'slack', id: 'U123' }, config)).toBe(false);
    expect(isStaff({ platform: 'discord', id: '456000', workspace: OTHER_SERVER }, config)).toBe(false);
    expect(isStaff({ platform: 'discord', id: '456000' }, config)).toBe(false);
  });

  it('given a Discord member holding the staff role (any capitalisation) in a listed server, it allows them', () => {
    expect(isStaff({ platform: 'discord', id: '999', workspace: SERVER, roleNames: ['Members', 'advisor staff'] }, config)).toBe(true);
    expect(isStaff({ platform: 'discord', id: '999', workspace: SERVER, roleNames: ['Members'] }, config)).toBe(false);
  });

  it('given a role named like the staff role in a server that is not listed, or in a DM, it does not count', () => {
    expect(isStaff({ platform: 'discord', id: '999', workspace: OTHER_SERVER, roleIds: ['1'], roleNames: ['Advisor Staff'] }, config)).toBe(false);
    expect(isStaff({ platform: 'discord', id: '999', roleNames: ['Advisor Staff'] }, config)).toBe(false);
  });

  it('given the staff role as a role id, it counts the role with that id in a listed server, whatever it is called', () => {
    const byId = { ...config, staffRoles: ['1200000000000000030'] };
    expect(isStaff({ platform: 'discord', id: '999', workspace: SERVER, roleIds: ['1200000000000000030'], roleNames: ['Renamed'] }, byId)).toBe(true);
    expect(isStaff({ platform: 'discord', id: '999', workspace: SERVER, roleIds: ['1200000000000000031'], roleNames: ['1200000000000000030'] }, byId)).toBe(false);
    expect(isStaff({ platform: 'discord', id: '999', workspace: OTHER_SERVER, roleIds: ['1200000000000000030'] }, byId)).toBe(false);
  });

  it('given the staff role name on another platform or no role configured, it does not count', () => {
    expect(isStaff({ platform: 'slack', id: 'U999', workspace: TEAM, roleNames: ['Advisor Staff'] }, config)).toBe(false);
    expect(isStaff({ platform: 'discord', id: '999', workspace: SERVER, roleNames: ['Advisor Staff'] }, { staff: [] })).toBe(false);
  });

  it('given "trusted", it trusts only the terminal', () => {
    expect(isStaff({ platform: 'cli', id: 'alice', trusted: true }, config)).toBe(true);
    expect(isStaff({ platform: 'cli', id: 'alice' }, config)).toBe(false);
    expect(isStaff({ platform: 'slack', id: 'U999', workspace: TEAM, trusted: true }, config)).toBe(false);
  });
});

describe('staff commands from someone who is not staff', () => {
  const outsiders: StaffActor[] = [
    { platform: 'slack', id: 'U999', workspace: TEAM },
    { platform: 'slack', id: 'U123', workspace: 'T0OTHER' },
    { platform: 'discord', id: '999', workspace: SERVER, roleNames: ['Members'] },
    { platform: 'discord', id: '999', workspace: '800000000000000001', roleNames: ['Advisor Staff'] },
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
    const roleHolder: StaffActor = { platform: 'discord', id: '777', workspace: SERVER, roleNames: ['Advisor Staff'] };

    await world.advisor.staff(SLACK_STAFF, `link ${first} fund-village-halls`);
    await world.advisor.staff(roleHolder, `dismiss ${second}`);
    await world.advisor.staff({ platform: 'discord', id: '456000', workspace: SERVER }, 'reload');

    const audit = (await world.store.listAudit()).map(({ actor, action, at }) => ({ actor, action, at }));
    const at = world.now().toISOString();
    expect(audit).toEqual([
      { actor: staffName(SLACK_STAFF), action: 'link', at },
      { actor: staffName(roleHolder), action: 'dismiss', at },
      { actor: staffName({ platform: 'discord', id: '456000', workspace: SERVER }), action: 'reload', at },
    ]);
    expect((await world.store.listAudit())[0].detail).toContain('fund-village-halls');
    // Pseudonyms, not the raw staff ids.
    expect(JSON.stringify(await world.store.listAudit())).not.toMatch(/U123|777|456/);
  });
});
