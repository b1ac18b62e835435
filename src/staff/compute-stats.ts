// Usage figures over a period, from the question log and feedback (neither holds any text).
import type { StoreData } from '../store/store.js';

export { REPEAT_WINDOW_MS as REASK_WINDOW_MS } from '../usage/repeat-of-need.js';

export interface Stats {
  days: number;
  since: string;
  asked: number;
  people: number;
  answered: number;
  clarified: number;
  declined: number;
  /** Answers per entry, most first. */
  mostAsked: { entryId: string; count: number }[];
  /** Thumbs up and down per entry, most votes first. */
  votes: { entryId: string; up: number; down: number }[];
  /** Answers followed soon by the same person asking for the same thing again (not a follow-up). */
  reask: { answers: number; reasked: number };
}

export function computeStats(data: Readonly<StoreData>, days: number, now: Date): Stats {
  const since = new Date(now.getTime() - days * 86_400_000);
  const inPeriod = <T extends { at: string }>(r: T) => {
    const t = Date.parse(r.at);
    return t >= since.getTime() && t <= now.getTime();
  };
  const questions = data.questions.filter(inPeriod).sort((a, b) => a.at.localeCompare(b.at));
  const count = (status: string) => questions.filter((q) => q.status === status).length;

  const answersPerEntry = new Map<string, number>();
  for (const q of questions) if (q.status === 'answered' && q.entryId) answersPerEntry.set(q.entryId, (answersPerEntry.get(q.entryId) ?? 0) + 1);

  const votes = new Map<string, { up: number; down: number }>();
  for (const f of data.feedback.filter(inPeriod)) {
    const v = votes.get(f.entryId) ?? { up: 0, down: 0 };
    v[f.vote]++;
    votes.set(f.entryId, v);
  }

  return {
    days,
    since: since.toISOString(),
    asked: questions.length,
    people: new Set(questions.map((q) => q.userHash)).size,
    answered: count('answered'),
    clarified: count('clarify'),
    declined: count('fallback'),
    mostAsked: [...answersPerEntry].map(([entryId, n]) => ({ entryId, count: n })).sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId)),
    votes: [...votes].map(([entryId, v]) => ({ entryId, ...v })).sort((a, b) => b.up + b.down - (a.up + a.down) || a.entryId.localeCompare(b.entryId)),
    reask: countReasks(questions),
  };
}

/** Each re-ask was decided when it was asked (usage/repeat-of-need.ts) and points at one answer. */
function countReasks(questions: readonly StoreData['questions'][number][]): Stats['reask'] {
  return { answers: questions.filter((q) => q.status === 'answered').length, reasked: questions.filter((q) => q.reask === true).length };
}
