// The dev questions the knowledge is expected to answer (not a decline, not small talk), read from
// the question-bank files named: what a signpost must never take.
import { readFileSync } from 'node:fs';

const BANK = new URL('../../fixtures/question-bank/', import.meta.url);

export function answerableQuestions(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(new URL(file, BANK), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => {
        const row = JSON.parse(line) as { q?: string; abstain?: boolean; turns?: { q: string; facts?: string[] }[] };
        if (row.turns) return row.turns.filter((t) => t.facts?.length).map((t) => t.q);
        return row.abstain ? [] : [row.q ?? ''];
      }),
  );
}

