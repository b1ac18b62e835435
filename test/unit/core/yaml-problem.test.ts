// A staff member who breaks a knowledge file's header is told, in plain words, which line of the
// file to edit (counting the opening "---" as line 1), what is wrong there and how to fix it.
import { describe, expect, it } from '@jest/globals';
import { FrontMatterError, splitFrontMatter } from '../../../src/kb/front-matter.js';

function problemIn(header: string): FrontMatterError {
  try {
    splitFrontMatter(`---\n${header}---\n## In short\nAn answer.\n`);
  } catch (err) {
    if (err instanceof FrontMatterError) return err;
    throw err;
  }
  throw new Error('expected the header to be refused');
}

describe('header problems', () => {
  it.each([
    ['a tab used for indenting', 'id: a\nquestions:\n\t- one\n', 4, 1, 'indented with a tab'],
    ['a field written twice', 'id: a\ntitle: one\ntitle: two\n', 4, 1, 'appears twice'],
    ['colons and spaces inside an unquoted question', 'id: a\nquestions:\n  - the council said: no: can we appeal\n', 4, 23, 'Put the whole text in double quotes'],
    ['a quotation mark never closed', 'id: a\ntitle: "How long\nquestions:\n  - x\n', 3, 8, 'opened but never closed'],
    ['a list in brackets never closed', 'id: a\nkeywords: [one, two\nsources: x\n', 3, 11, 'is not closed'],
    ['list items not lined up', 'id: a\nquestions:\n  - one\n - two\n', 5, 1, 'not lined up'],
    ['an apostrophe inside a bracketed list', "id: a\nkeywords: ['can't', b]\n", 3, 17, 'Inside square brackets'],
  ])('given %s, it names the line and column of the file to edit and says how to fix it', (_what, header, line, column, fix) => {
    const err = problemIn(header);
    expect({ line: err.line, column: err.column }).toEqual({ line, column });
    expect(err.message).toContain(fix);
    expect(err.message).toContain(`Line ${line} reads: `);
  });

  it('given a file without the opening "---", it says what the layout must be, at line 1', () => {
    let err: unknown;
    try {
      splitFrontMatter('id: a\ntitle: b\n## In short\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FrontMatterError);
    expect((err as FrontMatterError).line).toBe(1);
    expect((err as FrontMatterError).message).toContain('must start with a line "---"');
  });
});
