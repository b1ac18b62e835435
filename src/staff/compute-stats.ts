// Usage figures over a period, from the question log and feedback (neither holds any text).
import type { StoreData } from '../store/store.js';

/** A further question from the same person this soon after an answer suggests it did not help. */
export const REASK_WINDOW_MS = 5 * 60 * 1000;

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
  /** Answers followed by another question from the same person within the re-ask window. */
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

/** Questions must be in time order. Looks only at each person's very next question. */
function countReasks(questions: readonly StoreData['questions'][number][]): Stats['reask'] {
  const byPerson = new Map<string, StoreData['questions'][number][]>();
  for (const q of questions) byPerson.set(q.userHash, [...(byPerson.get(q.userHash) ?? []), q]);
  let answers = 0;
  let reasked = 0;
  for (const list of byPerson.values()) {
    list.forEach((q, i) => {
      if (q.status !== 'answered') return;
      answers++;
      const next = list[i + 1];
      if (next && Date.parse(next.at) - Date.parse(q.at) <= REASK_WINDOW_MS) reasked++;
    });
  }
  return { answers, reasked };
}
