import { describe, expect, it } from '@jest/globals';
import { detailReply, answerReply } from '../../../src/reply/compose.js';
import { hasDetail, markShortAnswer } from '../../../src/reply/short-answer.js';
import { loadCleanFixture } from './support/fixture-kb.js';

const inShort = { heading: 'In short', body: 'x'.repeat(500) };
const detail = { heading: 'Good to know', body: 'y'.repeat(800) };
const next = (n: number) => ({ heading: 'What to do next', body: 'z'.repeat(n) });

describe('short answer first', () => {
  it('given "What to do next" that fits the budget with "In short", both are the short answer and the rest is detail', () => {
    const marked = markShortAnswer([inShort, detail, next(300)], 900);
    expect(marked.map((s) => Boolean(s.detail))).toEqual([false, true, false]);
    expect(hasDetail(marked)).toBe(true);
  });

  it('given "What to do next" too long to fit, it joins the detail', () => {
    expect(markShortAnswer([inShort, detail, next(500)], 900).map((s) => Boolean(s.detail))).toEqual([false, true, true]);
  });

  it('given a section a follow-up asked for, it joins the short answer ahead of "What to do next" when it fits', () => {
    const help = { heading: 'Where to get help', body: 'h'.repeat(200) };
    expect(markShortAnswer([inShort, detail, help, next(300)], 900, 'Where to get help').map((s) => Boolean(s.detail))).toEqual([false, true, false, true]);
    expect(markShortAnswer([inShort, detail, help, next(100)], 900, 'Where to get help').map((s) => Boolean(s.detail))).toEqual([false, true, false, false]);
  });

  it('given a note before "In short" (where the answer applies), the note stays in the short answer', () => {
    const note = { heading: 'Where this applies', body: 'Note: this is about England.' };
    expect(markShortAnswer([note, inShort, detail], 900).map((s) => Boolean(s.detail))).toEqual([false, false, true]);
  });

  it('given an entry, the answer keeps every section in order, and its detail reply holds exactly the marked ones with the same sources', () => {
    const { kb } = loadCleanFixture();
    const entry = kb.byId.get('acv-listing-length')!;
    const full = answerReply(kb, entry, 0.9);
    expect(full.sections.map((s) => s.body)).toEqual(entry.sections.map((s) => s.body));
    const rest = detailReply(kb, entry);
    const marked = full.sections.filter((s) => s.detail).map((s) => s.heading);
    expect(rest.sections.map((s) => s.heading)).toEqual(marked.length ? marked : full.sections.map((s) => s.heading));
    expect(rest.sources).toEqual(full.sources);
    expect(rest.notice).toBe(kb.phrases.disclaimer);
    expect(rest.actions.some((a) => a.type === 'more')).toBe(false);
  });
});

describe('a time-sensitive answer, short answer first', () => {
  it('given an entry with a law-change note, the first reply has the short note, the detail the full one with its link, and the plain text only the full one', async () => {
    const { KnowledgeHolder, toPlainText } = await import('../../../src/index.js');
    const { KNOWLEDGE_DIR } = await import('../../integration/core/support/shipped-advisor.js');
    const { kb } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
    const entry = kb.entries.find((e) => e.watch)!;
    const reply = answerReply(kb, entry, 0.9);
    const first = reply.sections.filter((s) => !s.detail).map((s) => s.body).join('\n');
    const link = `](${entry.watch!.where})`;
    expect(first).toContain(entry.watch!.what);
    expect(first).not.toContain(link);
    expect(detailReply(kb, entry).sections.map((s) => s.body).join('\n')).toContain(link);
    const plain = toPlainText(reply);
    expect(plain.split(entry.watch!.what).length - 1).toBe(1);
  });
});
