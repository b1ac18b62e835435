// Law-change notes ("watch:" in an entry's header): checked with file, line and field; shown
// in the answer as a dated line worded from phrases.yaml; warned about once older than the
// periods in review-policy.yaml.
import { describe, it, expect, afterAll } from '@jest/globals';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblems } from '../../../adapters/cli/format-problems.js';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { answerReply } from '../../../src/reply/compose.js';
import { toPlainText } from '../../../src/reply/plain-text.js';
import { CLEAN_KB_DIR, TODAY } from './support/fixture-kb.js';

const copies: string[] = [];
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

const LAW_NOTE = [
  'watch:',
  '  kind: law',
  '  what: A 2026 Act may replace the five-year listing rules once it is brought into force.',
  '  provision: English Devolution and Community Empowerment Act 2026',
  '  where: https://www.legislation.gov.uk/ukpga/2026/23/contents',
  '  checked: 2026-11-20',
];
const POLICY = 'watch:\n  law: 6\n  funding: 3\n';
const PHRASES = [
  'watchLaw: "Last checked against the legislation on {date}. {what} Check [{provision}]({where})."',
  "watchFunding: \"Last checked against the scheme's own pages on {date}. {what}\"",
].join('\n');

/** A copy of the clean fixture with the listing entry's header given these extra lines. */
function folderWith(noteLines: string[], options: { policy?: string | null; phrases?: string | null } = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'watch-kb-')), 'kb');
  copies.push(dir);
  cpSync(CLEAN_KB_DIR, dir, { recursive: true });
  const file = join(dir, 'right-to-bid', 'acv-listing-length.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('reviewed: 2026-11-01\n', `reviewed: 2026-11-01\n${noteLines.join('\n')}\n`));
  if (options.policy !== null) writeFileSync(join(dir, 'review-policy.yaml'), options.policy ?? POLICY);
  if (options.phrases !== null) appendFileSync(join(dir, 'phrases.yaml'), `\n${options.phrases ?? PHRASES}\n`);
  return dir;
}

/** The 1-based line of the first header line starting with `prefix` in the edited entry. */
function lineOf(dir: string, prefix: string): number {
  const lines = readFileSync(join(dir, 'right-to-bid', 'acv-listing-length.md'), 'utf8').split('\n');
  return lines.findIndex((l) => l.startsWith(prefix)) + 1;
}

describe('a law-change note on an entry', () => {
  it('given a valid law note, the entry loads with it and the answer says when it was last checked against the legislation', () => {
    const { kb, problems } = loadKnowledge(folderWith(LAW_NOTE), TODAY);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const entry = kb!.byId.get('acv-listing-length')!;
    expect(entry.watch).toEqual({
      kind: 'law',
      what: 'A 2026 Act may replace the five-year listing rules once it is brought into force.',
      provision: 'English Devolution and Community Empowerment Act 2026',
      where: 'https://www.legislation.gov.uk/ukpga/2026/23/contents',
      checked: '2026-11-20',
    });
    const text = toPlainText(answerReply(kb!, entry, 0.9));
    expect(text).toContain('Last checked against the legislation on 20 November 2026.');
    expect(text).toContain('A 2026 Act may replace the five-year listing rules');
    expect(text).toContain('https://www.legislation.gov.uk/ukpga/2026/23/contents');
  });

  it('given a funding note, the answer uses the funding wording from phrases.yaml, not the law wording', () => {
    const note = LAW_NOTE.map((l) => l.replace('kind: law', 'kind: funding'));
    const { kb } = loadKnowledge(folderWith(note), TODAY);
    const text = toPlainText(answerReply(kb!, kb!.byId.get('acv-listing-length')!, 0.9));
    expect(text).toContain("Last checked against the scheme's own pages on 20 November 2026.");
    expect(text).not.toContain('against the legislation');
  });

  it('given an entry without a note, the answer has no dated line', () => {
    const { kb } = loadKnowledge(folderWith(LAW_NOTE), TODAY);
    const text = toPlainText(answerReply(kb!, kb!.byId.get('acv-nominate')!, 0.9));
    expect(text).not.toMatch(/Last checked against/);
  });

  it('given a note with a wrong kind, a date that is not a date and no address, it refuses the entry, naming file, line and each field', () => {
    const bad = LAW_NOTE.map((l) => l.replace('kind: law', 'kind: rumour').replace('checked: 2026-11-20', 'checked: soon')).filter((l) => !l.includes('where:'));
    const dir = folderWith(bad);
    const { kb, problems } = loadKnowledge(dir, TODAY);
    expect(kb).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error' && p.file === 'right-to-bid/acv-listing-length.md');
    expect(errors.map((p) => p.field).sort()).toEqual(['watch.checked', 'watch.kind', 'watch.where']);
    expect(errors.find((p) => p.field === 'watch.kind')!.line).toBe(lineOf(dir, '  kind:'));
    expect(errors.find((p) => p.field === 'watch.checked')!.line).toBe(lineOf(dir, '  checked:'));
    // A missing field points at the note itself.
    expect(errors.find((p) => p.field === 'watch.where')!.line).toBe(lineOf(dir, 'watch:'));
    expect(formatProblems(errors)).toContain(`right-to-bid/acv-listing-length.md:${lineOf(dir, '  kind:')} [watch.kind]`);
  });

  it('given a note dated in the future, it refuses it', () => {
    const { problems } = loadKnowledge(folderWith(LAW_NOTE.map((l) => l.replace('2026-11-20', '2027-03-01'))), TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'watch.checked', severity: 'error' }));
  });

  it('given a note that is not a group of fields, it says how to write one', () => {
    const { problems } = loadKnowledge(folderWith(['watch: check the 2026 Act']), TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'watch', severity: 'error', message: expect.stringMatching(/kind, what, provision, where, checked/) }));
  });
});

describe('how old a note may get (review-policy.yaml)', () => {
  it('given a law note checked more than 6 months ago, it warns, pointing at the "checked" line, and still loads', () => {
    const dir = folderWith(LAW_NOTE.map((l) => l.replace('2026-11-20', '2026-05-20')));
    const { kb, problems } = loadKnowledge(dir, TODAY);
    expect(kb).toBeDefined();
    const warning = problems.find((p) => p.field === 'watch.checked');
    expect(warning).toMatchObject({ severity: 'warning', file: 'right-to-bid/acv-listing-length.md', line: lineOf(dir, '  checked:') });
    expect(warning!.message).toMatch(/2026-05-20.*2026-11-20.*6 months/);
  });

  it('given a law note checked 5 months ago, it does not warn', () => {
    const { problems } = loadKnowledge(folderWith(LAW_NOTE.map((l) => l.replace('2026-11-20', '2026-06-25'))), TODAY);
    expect(problems.filter((p) => p.field === 'watch.checked')).toEqual([]);
  });

  it('given a funding note checked 4 months ago, it warns, because funding notes last 3 months', () => {
    const note = LAW_NOTE.map((l) => l.replace('kind: law', 'kind: funding').replace('2026-11-20', '2026-07-15'));
    const { problems } = loadKnowledge(folderWith(note), TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'watch.checked', severity: 'warning', message: expect.stringMatching(/3 months/) }));
  });

  it('given the periods changed in review-policy.yaml, it uses the file, not a built-in period', () => {
    const note = LAW_NOTE.map((l) => l.replace('2026-11-20', '2026-09-01'));
    expect(loadKnowledge(folderWith(note), TODAY).problems.filter((p) => p.field === 'watch.checked')).toEqual([]);
    const { problems } = loadKnowledge(folderWith(note, { policy: 'watch:\n  law: 2\n  funding: 1\n' }), TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'watch.checked', severity: 'warning', message: expect.stringMatching(/2 months/) }));
  });

  it('given notes but no review-policy.yaml, it refuses the folder, naming the missing file', () => {
    const { kb, problems } = loadKnowledge(folderWith(LAW_NOTE, { policy: null }), TODAY);
    expect(kb).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ file: 'review-policy.yaml', severity: 'error' }));
  });

  it('given a policy with a period that is not a whole number of months, it names the field', () => {
    const { problems } = loadKnowledge(folderWith(LAW_NOTE, { policy: 'watch:\n  law: six\n  funding: 3\n' }), TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'review-policy.yaml', field: 'watch.law', severity: 'error' }));
  });

  it('given a law note but no "watchLaw" phrase, it refuses the folder, naming phrases.yaml and the phrase', () => {
    const { problems } = loadKnowledge(folderWith(LAW_NOTE, { phrases: null }), TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'phrases.yaml', field: 'watchLaw', severity: 'error' }));
  });

  it('given a folder with no notes at all, it needs neither the policy nor the phrases', () => {
    const { kb, problems } = loadKnowledge(CLEAN_KB_DIR, TODAY);
    expect(kb).toBeDefined();
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
