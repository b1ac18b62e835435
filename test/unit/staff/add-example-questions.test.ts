import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { addExampleQuestions, FrontMatterEditError } from '../../../src/staff/add-example-questions.js';
import { splitFrontMatter } from '../../../src/kb/front-matter.js';

const ENTRY = `---
id: acv-listing-length
title: "How long does a listing last?"   # quoted on purpose
questions:
  - how long does an ACV listing last
  - >-
    a folded question that goes on
    over two lines
  # a comment inside the list
  - when does our listing run out

keywords: [listing last, five years]
reviewed: 2026-10-01
---
## In short
Five years.
`;

describe('addExampleQuestions', () => {
  it('given a block list, it adds the questions after the last item and changes no other byte', () => {
    const out = addExampleQuestions(ENTRY, ['can we fly a drone over the village green']);
    const expected = ENTRY.replace('  - when does our listing run out\n', '  - when does our listing run out\n  - can we fly a drone over the village green\n');
    expect(out).toBe(expected);
  });

  it('given text YAML would misread, it quotes it so the question survives exactly', () => {
    const tricky = ['note: is this a key?', '#hashtag question', '30', "it's [odd] & {curly}"];
    const out = addExampleQuestions(ENTRY, tricky);
    const header = splitFrontMatter(out).header as { questions: unknown[] };
    expect(header.questions.slice(-4)).toEqual(tricky);
  });

  it('given items at the same indent as the key, it adds items at that indent', () => {
    const text = '---\nid: x\nquestions:\n- one\n- two\nkeywords:\n- k\n---\nbody\n';
    expect(addExampleQuestions(text, ['three'])).toBe('---\nid: x\nquestions:\n- one\n- two\n- three\nkeywords:\n- k\n---\nbody\n');
  });

  it('given Windows line endings, it keeps them', () => {
    const text = '---\r\nid: x\r\nquestions:\r\n  - one\r\n---\r\nbody\r\n';
    expect(addExampleQuestions(text, ['two'])).toBe('---\r\nid: x\r\nquestions:\r\n  - one\r\n  - two\r\n---\r\nbody\r\n');
  });

  it('given a list in square brackets, it adds the question and keeps the other fields and the answer', () => {
    const text = '---\nid: x\nquestions: [one, two]  # short list\nkeywords: [k]\n---\n## In short\nBody.\n';
    const out = addExampleQuestions(text, ['three']);
    expect(parse(out.split('---\n')[1])).toEqual({ id: 'x', questions: ['one', 'two', 'three'], keywords: ['k'] });
    expect(out.endsWith('---\n## In short\nBody.\n')).toBe(true);
  });

  it('given no front matter, it refuses rather than guess', () => {
    expect(() => addExampleQuestions('# just markdown\n', ['q'])).toThrow(FrontMatterEditError);
  });
});
