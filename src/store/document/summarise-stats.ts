// "stats" from the day counters: one pass over the days in the period and the (capped) votes,
// so its cost follows the number of days and entries, never the number of questions.
import type { StatsSummary } from '../store.js';
import type { StoreDocument } from './document.js';
import { emptyBitmap, estimatePeople, fromBase64 } from './people-bitmap.js';
import { entryOfVote } from './votes.js';

export function summariseStats(doc: StoreDocument, fromDay: string, toDay: string): StatsSummary {
  const s: StatsSummary = { fromDay, toDay, asked: 0, answered: 0, clarified: 0, declined: 0, people: 0, mostAsked: [], votes: [], reask: { answers: 0, reasked: 0 } };
  const people = emptyBitmap();
  const perEntry = new Map<string, number>();
  for (const [day, c] of Object.entries(doc.days)) {
    if (day < fromDay || day > toDay) continue;
    s.answered += c.asked.answered;
    s.clarified += c.asked.clarify;
    s.declined += c.asked.fallback;
    s.reask.answers += c.reask.answers;
    s.reask.reasked += c.reask.reasked;
    for (const [entryId, n] of Object.entries(c.entries)) perEntry.set(entryId, (perEntry.get(entryId) ?? 0) + n);
    const bits = fromBase64(c.people);
    if (bits) for (let i = 0; i < bits.length; i++) people[i] |= bits[i];
  }
  s.asked = s.answered + s.clarified + s.declined;
  s.people = estimatePeople(people);
  s.mostAsked = sortCounts(perEntry);
  const votes = new Map<string, { up: number; down: number }>();
  for (const [key, v] of Object.entries(doc.votes)) {
    if (v.day < fromDay || v.day > toDay) continue;
    const entryId = entryOfVote(key);
    const tally = votes.get(entryId) ?? { up: 0, down: 0 };
    tally[v.vote]++;
    votes.set(entryId, tally);
  }
  s.votes = [...votes].map(([entryId, t]) => ({ entryId, ...t })).sort((a, b) => b.up + b.down - (a.up + a.down) || a.entryId.localeCompare(b.entryId));
  return s;
}

function sortCounts(counts: Map<string, number>): { entryId: string; count: number }[] {
  return [...counts].map(([entryId, count]) => ({ entryId, count })).sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId));
}
