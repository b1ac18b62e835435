// Reads a version-1 data file (a record per question and vote, raw staff ids, raw thread keys)
// into version 2: questions become day counters, votes one per person per entry, repeated queue
// items one item with a count, staff ids pseudonyms. Thread contexts are dropped (they expire
// within half an hour anyway), except a waiting "did you mean", which joins the queue.
import type { StoreLimits } from '../limits.js';
import type { QuestionStatus, UnansweredReason } from '../store.js';
import { countQuestion } from './count-question.js';
import { emptyDocument, type StoreDocument } from './document.js';
import { enqueue, queueKey } from './queue.js';
import { id, isObject, listOf, nearestList, nonEmptyText, object, oneOf, optional, text, time, type Check } from './schema.js';
import { keepIdsUnique, type SetAside } from './unique-ids.js';
import { castVote } from './votes.js';

const QUESTION = object({ at: time, platform: text, userHash: text, status: oneOf('answered', 'clarify', 'fallback'), entryId: optional(text) });
const FEEDBACK = object({ entryId: text, vote: oneOf('up', 'down'), platform: text, userHash: text, at: time });
const ITEM = object({ id, text, platform: text, at: time, reason: oneOf('fallback', 'clarify-abandoned', 'thumbs-down'), nearest: nearestList, status: oneOf('open', 'linked', 'dismissed'), entryId: optional(text) });
const LEARNED = object({ id, text: nonEmptyText, entryId: nonEmptyText, by: text, at: time });
const AUDIT = object({ at: time, actor: text, action: text, detail: text });

type V1Item = { id: number; text: string; platform: string; at: string; reason: UnansweredReason; nearest: { entryId: string; score: number }[]; status: 'open' | 'linked' | 'dismissed'; entryId?: string };

export function migrateV1(raw: Record<string, unknown>, limits: StoreLimits, pseudonymise: (actor: string) => string, setAside: SetAside[]): StoreDocument {
  const doc = emptyDocument();
  const valid = <T>(name: string, check: Check): T[] => {
    const value = raw[name];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      setAside.push({ field: name, problem: 'is not a list; the whole section was set aside', value });
      return [];
    }
    return value.filter((x, i) => {
      const problem = check(x);
      if (problem) setAside.push({ field: `${name}[${i}]`, problem: problem.replace(/^\./, ''), value: x });
      return !problem;
    }) as T[];
  };
  doc.nextId = Number.isInteger(raw.nextId) && (raw.nextId as number) >= 1 ? (raw.nextId as number) : 1;

  const questions = valid<{ at: string; platform: string; userHash: string; status: QuestionStatus; entryId?: string }>('questions', QUESTION);
  for (const q of questions.sort((a, b) => a.at.localeCompare(b.at))) countQuestion(doc, { type: 'question', ...q }, limits);
  const feedback = valid<{ entryId: string; vote: 'up' | 'down'; platform: string; userHash: string; at: string }>('feedback', FEEDBACK);
  for (const f of feedback.sort((a, b) => a.at.localeCompare(b.at))) castVote(doc, { type: 'vote', ...f }, limits);

  // Items keep their ids (staff may have noted them); repeats of an open question fold into the first.
  for (const item of valid<V1Item>('unanswered', ITEM).sort((a, b) => a.id - b.id)) {
    const key = queueKey(item.text);
    const home = item.status === 'open' ? doc.unanswered.find((i) => i.status === 'open' && i.key === key) : undefined;
    if (home) {
      enqueue(doc, { at: item.at, platform: item.platform, text: item.text, reason: item.reason, nearest: item.nearest }, limits);
      continue;
    }
    doc.unanswered.push({
      id: item.id, key, text: item.text.slice(0, limits.itemTextChars), count: 1, platforms: [item.platform], reasons: { [item.reason]: 1 },
      firstAt: item.at, lastAt: item.at, nearest: item.nearest.slice(0, 3), status: item.status,
      ...(item.entryId ? { entryId: item.entryId } : {}), ...(item.status === 'open' ? {} : { closedAt: item.at }),
    });
  }
  keepIdsUnique(doc, setAside);
  if (isObject(raw.contexts)) {
    for (const ctx of Object.values(raw.contexts)) {
      const p = isObject(ctx) && isObject(ctx.pendingClarify) ? ctx.pendingClarify : undefined;
      if (p && !text(p.text) && !time(p.at) && !text(p.platform) && !nearestList(p.nearest)) {
        enqueue(doc, { at: p.at as string, platform: p.platform as string, text: p.text as string, reason: 'clarify-abandoned', nearest: p.nearest as V1Item['nearest'] }, limits);
      }
    }
  }
  doc.learned = valid<StoreDocument['learned'][number]>('learned', LEARNED).map((l) => ({ ...l, by: pseudonymise(l.by) }));
  doc.audit = valid<StoreDocument['audit'][number]>('audit', AUDIT).slice(-limits.audit).map((a) => ({ ...a, actor: pseudonymise(a.actor) }));
  keepIdsUnique(doc, setAside);
  return doc;
}
