import { describe, it, expect } from '@jest/globals';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { BROKEN_KB_DIR, CLEAN_KB_DIR, TODAY } from './support/fixture-kb.js';

describe('loading a clean knowledge folder', () => {
  const { kb, problems } = loadKnowledge(CLEAN_KB_DIR, TODAY);

  it('given a clean folder, it loads with no errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb).toBeDefined();
  });

  it('given a clean folder, every entry is loaded with its topic folder, file and parsed fields', () => {
    expect(kb!.entries).toHaveLength(9);
    const listing = kb!.byId.get('acv-listing-length')!;
    expect(listing).toMatchObject({ topic: 'right-to-bid', file: 'right-to-bid/acv-listing-length.md', statutory: true, reviewed: '2026-11-01', jurisdictions: ['england'] });
    expect(listing.questions.length).toBeGreaterThanOrEqual(4);
    expect(listing.patterns[0].source).toBe('how long .*listing');
    expect(listing.patterns[0].test('how long will the listing stay')).toBe(true);
    expect(listing.sections[0].heading).toBe('In short');
  });

  it('given phrases, synonyms, off-topic signposts and topics, it loads them too', () => {
    expect(kb!.phrases.disclaimer).toMatch(/not legal advice/);
    expect(kb!.synonyms['asset of community value']).toContain('acv');
    expect(kb!.offTopic.map((o) => o.id)).toEqual(['housing', 'benefits']);
    expect(kb!.topics.map((t) => t.id)).toEqual(['right-to-bid', 'right-to-challenge', 'allotments', 'allotment-waiting-lists', 'other-nations']);
  });

  it('given a folder that does not exist, it reports that, naming the folder', () => {
    const r = loadKnowledge(`${CLEAN_KB_DIR}-missing`, TODAY);
    expect(r.kb).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: `${CLEAN_KB_DIR}-missing`, severity: 'error' });
  });
});

describe('checking a folder with broken files', () => {
  const { kb, problems } = loadKnowledge(BROKEN_KB_DIR, TODAY);
  const errors = problems.filter((p) => p.severity === 'error');
  const errorsIn = (file: string) => errors.filter((p) => p.file === file);

  it('given any error, it returns no knowledge', () => {
    expect(kb).toBeUndefined();
  });

  it.each([
    ['broken/missing-title.md', 'title', 'a missing title'],
    ['broken/wrong-id.md', 'id', 'an id that is not the file name'],
    ['broken/few-questions.md', 'questions', 'too few example questions'],
    ['broken/bad-url.md', 'sources', 'a source url that is not https'],
    ['broken/statutory-no-gov.md', 'sources', 'a statutory entry without a legislation.gov.uk or gov.uk source'],
    ['broken/unknown-related.md', 'related', 'a related id that does not exist'],
    ['broken/unknown-then.md', 'then', 'a then id that does not exist'],
    ['broken/in-short-too-long.md', 'answer', 'an "In short" that is too long'],
    ['broken/no-in-short.md', 'answer', 'an answer that does not start with "## In short"'],
    ['phrases.yaml', 'disclaimer', 'a missing phrase'],
  ])('given %s with %s problem, it names that file and the field "%s"', (file, field) => {
    const found = errorsIn(file);
    expect(found.map((p) => p.field)).toContain(field);
    for (const p of found) expect(p.message.length).toBeGreaterThan(20);
  });

  it('given a wrong id, the message names both the id and the file name', () => {
    const p = errorsIn('broken/wrong-id.md').find((x) => x.field === 'id')!;
    expect(p.message).toContain('some-other-id');
    expect(p.message).toContain('wrong-id');
  });

  it('given a bad url, the message quotes it', () => {
    expect(errorsIn('broken/bad-url.md')[0].message).toContain('http://example.org/not-secure');
  });

  it('given an unknown then id, the message quotes it', () => {
    expect(errorsIn('broken/unknown-then.md').find((p) => p.field === 'then')!.message).toContain('no-such-follower');
  });

  it('given an unknown related id, the message quotes it', () => {
    expect(errorsIn('broken/unknown-related.md')[0].message).toContain('no-such-entry');
  });

  it('given the same example question in two entries, it reports it under "questions", naming both files', () => {
    const pair = ['broken/duplicate-question.md', 'good/ok-entry.md'];
    const dup = errors.find((p) => pair.includes(p.file) && p.field === 'questions');
    expect(dup).toBeDefined();
    const other = pair.find((f) => f !== dup!.file)!;
    expect(dup!.message).toContain(other);
    expect(dup!.message.toLowerCase()).toContain('shared example question about parish halls');
  });

  it('given a file whose fields cannot be read, it names the file, the line and column in the file itself, quotes the line and says how to fix it', () => {
    const found = errorsIn('broken/bad-yaml.md');
    expect(found).toHaveLength(1);
    // "title: [an unclosed list" is line 3 of the file (the parser notices on line 4): the bracket opens at column 8.
    expect(found[0]).toMatchObject({ line: 3, column: 8 });
    expect(found[0].message).toContain('Line 3 reads: "title: [an unclosed list"');
    expect(found[0].message).toContain('A list in square brackets [ ] is not closed');
  });

  it('given many broken files, it reports every problem at once, one per broken file at least', () => {
    const files = new Set(errors.map((p) => p.file));
    for (const f of [
      'phrases.yaml', 'broken/missing-title.md', 'broken/wrong-id.md', 'broken/few-questions.md', 'broken/bad-url.md',
      'broken/statutory-no-gov.md', 'broken/unknown-related.md', 'broken/in-short-too-long.md', 'broken/no-in-short.md', 'broken/bad-yaml.md',
    ]) {
      expect(files).toContain(f);
    }
    expect(errors.length).toBeGreaterThanOrEqual(11);
  });

  it('given a clean file among broken ones, it blames it for nothing but the shared question', () => {
    expect(errorsIn('good/ok-entry.md').every((p) => p.field === 'questions')).toBe(true);
  });
});
