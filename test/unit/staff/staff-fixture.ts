// Builds an advisor over the small staff fixture knowledge, with an in-memory store, a memory
// logger and a fixed clock, for the staff-workflow tests.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAdvisor } from '../../../src/advisor.js';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { createMemoryLogger } from '../../../src/log.js';
import type { StaffDeps } from '../../../src/staff/staff-deps.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { auditActor } from '../../../src/staff/is-staff.js';
import type { Store } from '../../../src/store/store.js';
import type { Platform, Question, StaffActor } from '../../../src/types.js';

export const FIXTURE_KNOWLEDGE = resolve('test/fixtures/knowledge-staff');
export const TODAY = new Date('2026-11-21T12:00:00Z');

/** The Slack workspace and the Discord server the staff below belong to. */
export const TEAM = 'T0001';
export const SERVER = '900000000000000001';
export const STAFF_CONFIG = {
  hashSalt: 'test-salt-0123456789',
  staff: [`slack:${TEAM}:U123`, `discord:${SERVER}:456000`],
  staffRoles: ['Advisor Staff'],
  staffGuilds: [SERVER],
  retentionDays: 90,
};

export const SLACK_STAFF: StaffActor = { platform: 'slack', id: 'U123', workspace: TEAM };
export const OPERATOR: StaffActor = { platform: 'cli', id: 'operator', trusted: true };

/** A copy of the fixture knowledge in a fresh temporary folder, safe to edit. */
export function copyFixtureKnowledge(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'staff-kb-')), 'knowledge-staff');
  cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
  return dir;
}

export function staffWorld(options: { knowledgeDir?: string; store?: Store; now?: () => Date } = {}) {
  const knowledge = KnowledgeHolder.open(options.knowledgeDir ?? FIXTURE_KNOWLEDGE);
  const store = options.store ?? createMemoryStore();
  const logger = createMemoryLogger();
  const now = options.now ?? (() => TODAY);
  const advisor = createAdvisor({ knowledge, store, config: STAFF_CONFIG, logger, now });
  const deps: StaffDeps = { knowledge, store, config: STAFF_CONFIG, logger, now };
  /** The open queue items, once everything asked so far is recorded. */
  const openItems = async () => {
    await advisor.flush();
    return store.listOpenUnanswered(now());
  };
  return { knowledge, store, logger, advisor, deps, now, openItems };
}

/** How the audit log and learned phrasings name a staff member. */
export const staffName = (actor: StaffActor) => auditActor(actor, STAFF_CONFIG.hashSalt);

let thread = 0;
export function question(text: string, options: { platform?: Platform; user?: string; at?: Date; threadId?: string } = {}): Question {
  const platform = options.platform ?? 'slack';
  return {
    text,
    platform,
    user: { id: options.user ?? 'U999' },
    channel: { id: 'C1', isDirect: false },
    threadId: options.threadId ?? `${platform}:C1:${++thread}`,
    receivedAt: options.at ?? TODAY,
  };
}

export const UNKNOWN_QUESTION = 'can we fly a drone over the village green';
