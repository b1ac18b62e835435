// kb:check on guided checks: a tree that someone could get stuck in, loop round, never reach,
// or that gives a verdict without its law, is rejected with the file, line and field.
import { describe, expect, it } from '@jest/globals';
import type { KnowledgeProblem } from '../../../src/errors.js';
import { readCheck } from '../../../src/tools/checks/read-check.js';
import { isCheckFile, readChecks } from '../../../src/tools/checks/read-checks.js';
import { readKnowledgeFolder } from '../../../src/kb/read-folder.js';
import { entryIdsIn, KNOWLEDGE_DIR } from './support/real-periods.js';

const ENTRIES = new Set(['acv-nominate']);

const GOOD = `id: tiny
title: Can we?
intro: Two questions.
offerLabel: Check
offerOn: [acv-nominate]
start: first
steps:
  first:
    question: First question?
    options:
      - id: a
        label: Go on
        next: second
      - id: b
        label: Stop here
        outcome: done
  second:
    question: Second question?
    options:
      - id: a
        label: Yes
        outcome: done
      - id: b
        label: No
        outcome: other
outcomes:
  done:
    verdict: yes
    title: Yes
    reasons: [Because the law says so.]
    provisions:
      - title: Localism Act 2011, s.89
        url: https://www.legislation.gov.uk/ukpga/2011/20/section/89
    next: Do it.
  other:
    verdict: no
    title: No
    reasons: [Because the law says not.]
    provisions:
      - title: Localism Act 2011, s.89
        url: https://www.legislation.gov.uk/ukpga/2011/20/section/89
    next: Ask someone else.
`;

function check(text: string, file = 'checks/tiny.yaml') {
  const problems: KnowledgeProblem[] = [];
  const result = readCheck(text, file, ENTRIES, problems);
  return { result, errors: problems.filter((p) => p.severity === 'error') };
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('checking a guided check', () => {
  it('given a well-formed tree, it loads every step and outcome', () => {
    const { result, errors } = check(GOOD);
    expect(errors).toEqual([]);
    expect([...result!.steps.keys()]).toEqual(['first', 'second']);
    expect([...result!.outcomes.keys()]).toEqual(['done', 'other']);
  });

  it('given a step no option leads to, it reports the unreachable step', () => {
    const text = GOOD.replace('        next: second', '        outcome: done');
    expect(check(text).errors).toEqual([
      expect.objectContaining({ field: 'steps.second', message: expect.stringContaining('nobody can reach it'), line: lineOf(text, '  second:') }),
      expect.objectContaining({ field: 'outcomes.other', message: expect.stringContaining('nobody can reach it') }),
    ]);
  });

  it('given options that loop back, it reports the cycle', () => {
    const text = GOOD.replace('        label: No\n        outcome: other', '        label: No\n        next: first');
    const messages = check(text).errors.map((e) => e.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('loop back on themselves: first -> second -> first')]));
  });

  it('given an option that leads nowhere, or to a missing step, it reports the dead end', () => {
    const noTarget = GOOD.replace('        label: Stop here\n        outcome: done\n', '        label: Stop here\n');
    expect(check(noTarget).errors).toEqual([expect.objectContaining({ field: 'steps.first.options[2]', message: expect.stringContaining('exactly one of') })]);
    const missing = GOOD.replace('next: second', 'next: third');
    expect(check(missing).errors.map((e) => e.message)).toEqual(expect.arrayContaining(['There is no step "third".']));
  });

  it('given a step with no options, it reports it', () => {
    const text = GOOD.replace(/  second:\n    question: Second question\?\n    options:\n(.|\n)*?outcomes:/, '  second:\n    question: Second question?\n    options: []\noutcomes:');
    expect(check(text).errors.map((e) => e.field)).toEqual(expect.arrayContaining(['steps.second.options']));
  });

  it('given an outcome without provisions, or with a provision that is not on legislation.gov.uk, it rejects it: every outcome is sourced', () => {
    const none = GOOD.replace(/    provisions:\n      - title: Localism Act 2011, s.89\n        url: \S+\n    next: Ask someone else./, '    next: Ask someone else.');
    expect(check(none).errors).toEqual([expect.objectContaining({ field: 'outcomes.other.provisions', message: expect.stringContaining('every outcome must be sourced') })]);
    const blog = GOOD.replace('https://www.legislation.gov.uk/ukpga/2011/20/section/89\n    next: Ask', 'https://example.org/blog\n    next: Ask');
    expect(check(blog).errors).toEqual([expect.objectContaining({ field: 'outcomes.other.provisions[1].url' })]);
  });

  it('given a label too long for a button, an unknown entry or an id that does not match the file, it reports each', () => {
    const text = GOOD.replace('label: Go on', `label: ${'x'.repeat(80)}`).replace('offerOn: [acv-nominate]', 'offerOn: [acv-nominat]');
    const fields = check(text, 'checks/other-name.yaml').errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['steps.first.options[1].label', 'offerOn[1]', 'id']));
  });
});

describe('checking the real checks folder', () => {
  it('given knowledge/checks as the knowledge folder is read, every check and the phrases load without problems', () => {
    const problems: KnowledgeProblem[] = [];
    const files = [...readKnowledgeFolder(KNOWLEDGE_DIR).extras.values()].filter((f) => isCheckFile(f.file));
    const data = readChecks(files, entryIdsIn(KNOWLEDGE_DIR), problems);
    expect(problems).toEqual([]);
    expect(data!.checks.map((c) => c.id).sort()).toEqual(['can-be-listed', 'can-nominate', 'sale-caught', 'trigger-moratorium']);
  });
});
