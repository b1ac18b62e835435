// "stats [days]": how the bot is doing over a period, for the staff who improve it.
import type { KnowledgeBase } from '../../kb/model.js';
import type { Reply } from '../../types.js';
import { computeStats, REASK_WINDOW_MS, type Stats } from '../compute-stats.js';
import type { StaffDeps } from '../staff-deps.js';
import { percent, staffReply, type Section } from '../staff-reply.js';

const TOP = 5;

export async function stats(deps: StaffDeps, days: number): Promise<Reply> {
  const s = await computeStats(deps.store, days, deps.now());
  const { kb } = deps.knowledge.current;
  const period = `the last ${days} day${days === 1 ? '' : 's'}`;
  const sections: Section[] = [questionsSection(s, period)];
  if (days > deps.config.retentionDays) {
    sections.push({ body: `Only ${deps.config.retentionDays} days are kept (ADVISOR_RETENTION_DAYS), so older questions are not counted.` });
  }
  if (s.asked > 0) {
    sections.push({ heading: 'Most-asked entries', body: s.mostAsked.length ? s.mostAsked.slice(0, TOP).map((m) => `- ${label(kb, m.entryId)}: ${m.count}`).join('\n') : 'No answers in this period.' });
  }
  sections.push({
    heading: 'Feedback',
    body: s.votes.length ? s.votes.map((v) => `- ${label(kb, v.entryId)}: 👍 ${v.up} · 👎 ${v.down}`).join('\n') : 'No feedback in this period.',
  });
  const minutes = REASK_WINDOW_MS / 60_000;
  sections.push({
    heading: `Asked again within ${minutes} minutes`,
    body: s.reask.answers
      ? `${s.reask.reasked} of ${s.reask.answers} answers (${percent(s.reask.reasked, s.reask.answers)}) were followed within ${minutes} minutes by the same person asking for the same thing again (the same answer, or mostly the same words; a different follow-up question does not count), a sign the answer may not have helped.`
      : 'No answers to measure.',
  });
  return staffReply(`Statistics for ${period}`, sections);
}

function questionsSection(s: Stats, period: string): Section {
  if (s.asked === 0) return { heading: 'Questions', body: `No questions in ${period}.` };
  return {
    heading: 'Questions',
    body: [
      `**${s.asked}** question${s.asked === 1 ? '' : 's'} from **${s.people}** ${s.people === 1 ? 'person' : 'people'} in ${period}.`,
      `- answered: ${s.answered} (${percent(s.answered, s.asked)})`,
      `- clarified (did you mean): ${s.clarified} (${percent(s.clarified, s.asked)})`,
      `- declined: ${s.declined} (${percent(s.declined, s.asked)})`,
    ].join('\n'),
  };
}

function label(kb: KnowledgeBase, entryId: string): string {
  const entry = kb.byId.get(entryId);
  return entry ? `**${entry.title}** (${entryId})` : `${entryId} (no longer in the knowledge)`;
}
