// Small talk never swallows a real question: every question in the question bank's dev files
// (the ones not written as small talk) is read as a question, and where small talk opens one
// ("ok. how long would the decision take"), only the small talk is set aside.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { dialogueIndex } from '../../src/dialogue/dialogue-index.js';
import { smallTalkKind, withoutSmallTalkOpening } from '../../src/dialogue/small-talk.js';
import { understand } from '../../src/dialogue/understand.js';
import { KnowledgeHolder } from '../../src/index.js';
import { KNOWLEDGE_DIR } from '../integration/core/support/shipped-advisor.js';

const DEV_FILES = ['dev.jsonl', 'dev-2.jsonl', 'dev-3.jsonl', 'conversations-dev.jsonl', 'conversations-dev-2.jsonl'];
/** dev-4 and dev-5 hold a question to decline that is small talk ("lol"), so only the closing check reads them. */
const LATER_DEV_FILES = ['dev-4.jsonl', 'dev-5.jsonl'];

/** Every question written as a question (small-talk turns of the conversations left out). */
function questions(files = DEV_FILES): string[] {
  return files.flatMap((file) =>
    readFileSync(new URL(`../fixtures/question-bank/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => {
        const row = JSON.parse(line) as { q?: string; turns?: { q: string; smalltalk?: boolean }[] };
        return row.turns ? row.turns.filter((t) => !t.smalltalk).map((t) => t.q) : [row.q ?? ''];
      }),
  );
}

describe('small talk and real questions', () => {
  const snapshot = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
  const kb = snapshot.kb;
  const table = dialogueIndex(kb).smallTalk;
  const all = questions();

  it('given every question in the dev files, none is taken for small talk', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter((q) => smallTalkKind(q, table, kb.conversation) !== undefined)).toEqual([]);
  });

  it('given a question that small talk opens, what is set aside is small talk alone and the question keeps every other word', () => {
    const opened = all.filter((q) => withoutSmallTalkOpening(q, table) !== q);
    expect(opened.length).toBeGreaterThan(0);
    for (const q of opened) {
      const rest = withoutSmallTalkOpening(q, table);
      expect(q.endsWith(rest)).toBe(true);
      expect(smallTalkKind(q.slice(0, q.length - rest.length), table, kb.conversation)).toBeDefined();
    }
  });

  it('given every question in the dev files, none is taken for thanks that tells rather than asks', () => {
    const closings = [...all, ...questions(LATER_DEV_FILES)].filter((q) => {
      const turn = understand(q, undefined, snapshot, new Date());
      return (turn.kind === 'question' || turn.kind === 'nothing') && turn.closing !== undefined;
    });
    expect(closings).toEqual([]);
  });
});

describe('"np" in small talk and in a question', () => {
  const kb = KnowledgeHolder.open(KNOWLEDGE_DIR).current.kb;
  const table = dialogueIndex(kb).smallTalk;

  it('given "ok np thanks" ("no problem"), it is small talk: thanks', () => {
    expect(smallTalkKind('ok np thanks', table, kb.conversation)).toBe('thanks');
    expect(smallTalkKind('no probs, cheers', table, kb.conversation)).toBe('thanks');
  });

  it('given "np" alone or in a question, it is not small talk: it is still a neighbourhood plan', () => {
    expect(smallTalkKind('np?', table, kb.conversation)).toBeUndefined();
    expect(smallTalkKind('np', table, kb.conversation)).toBeUndefined();
    expect(smallTalkKind('ok np referendum date', table, kb.conversation)).toBeUndefined();
  });
});
