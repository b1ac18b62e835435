// kb:check on facets: every value an entry declares must be in facets.yaml, and the vocabulary
// and conversation settings are checked with file and field, in words staff can act on.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { CLEAN_KB_DIR, TODAY } from './support/fixture-kb.js';

const VOCABULARY = `
subject:
  weight: 3
  values:
    right-to-bid: [right to bid, acv]
    right-to-challenge: []
nation:
  weight: 3
stage:
  weight: 2
  next: [what happens next]
  values:
    nomination: [nominate]
    listing: [listed]
`;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The clean fixture with facets.yaml, and `facets` lines put into entries (id -> line). */
function folder(facets: Record<string, string>, vocabulary = VOCABULARY, conversation?: string): string {
  dir = mkdtempSync(join(tmpdir(), 'kb-facets-'));
  cpSync(CLEAN_KB_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'facets.yaml'), vocabulary);
  if (conversation !== undefined) writeFileSync(join(dir, 'conversation.yaml'), conversation);
  for (const [file, line] of Object.entries(facets)) {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(id: .*)$/m, `$1\nfacets: ${line}`));
  }
  return dir;
}

const NOMINATE = 'right-to-bid/acv-nominate.md';

describe('facets in kb:check', () => {
  it('given entries using values from facets.yaml, it loads them with their facets and the vocabulary', () => {
    const { kb, problems } = loadKnowledge(folder({ [NOMINATE]: '{ subject: right-to-bid, stage: [nomination, listing] }' }), TODAY);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(kb!.byId.get('acv-nominate')!.facets).toEqual({ subject: ['right-to-bid'], stage: ['nomination', 'listing'] });
    expect(kb!.facets.facets.map((f) => f.name)).toEqual(['subject', 'nation', 'stage']);
    expect(kb!.facets.facets.find((f) => f.name === 'stage')!.next).toEqual(['what happens next']);
  });

  it('given a value facets.yaml does not list, it is an error on that file\'s facets, naming the value and the choices', () => {
    const { kb, problems } = loadKnowledge(folder({ [NOMINATE]: '{ subject: right-to-bid, stage: nominating }' }), TODAY);
    expect(kb).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ file: NOMINATE, field: 'facets', severity: 'error', message: expect.stringMatching(/"nominating".*nomination, listing/) }));
  });

  it('given a facet facets.yaml does not have, or nation under facets, it says what to do instead', () => {
    const { problems } = loadKnowledge(folder({ [NOMINATE]: '{ subject: right-to-bid, mood: happy, nation: wales }' }), TODAY);
    const messages = problems.filter((p) => p.file === NOMINATE && p.severity === 'error').map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/"mood" is not a facet/));
    expect(messages).toContainEqual(expect.stringMatching(/jurisdictions/));
  });

  it('given an entry with no facets while facets.yaml exists, it warns that follow-ups cannot find it, but loads', () => {
    const { kb, problems } = loadKnowledge(folder({}), TODAY);
    expect(kb).toBeDefined();
    expect(problems).toContainEqual(expect.objectContaining({ file: NOMINATE, field: 'facets', severity: 'warning' }));
  });

  it('given a facet named like a built-in property ("constructor"), it is refused, named in facets.yaml', () => {
    const { problems } = loadKnowledge(folder({}, `${VOCABULARY}constructor:\n  weight: 1\n  values:\n    x: []\n`), TODAY);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'facets.yaml', field: 'constructor', severity: 'error' }));
  });

  it('given a facet without a weight, or values that are not lists, it names the facet in facets.yaml', () => {
    const { problems } = loadKnowledge(folder({}, 'subject:\n  values:\n    right-to-bid: acv\n'), TODAY);
    const mine = problems.filter((p) => p.file === 'facets.yaml');
    expect(mine).toContainEqual(expect.objectContaining({ field: 'subject', message: expect.stringMatching(/weight/) }));
    expect(mine).toContainEqual(expect.objectContaining({ field: 'subject.values.right-to-bid', message: expect.stringMatching(/list/) }));
  });

  it('given a value that implies another facet\'s value, it loads the implication; an unknown value or facet is named in facets.yaml', () => {
    const good = VOCABULARY.replace('    right-to-challenge: []\n', '    right-to-challenge: []\n  implies:\n    right-to-bid: { stage: nomination }\n');
    const { kb } = loadKnowledge(folder({}, good), TODAY);
    expect(kb!.facets.facets.find((f) => f.name === 'subject')!.implies.get('right-to-bid')).toEqual({ facet: 'stage', value: 'nomination' });
    const bad = VOCABULARY.replace('    right-to-challenge: []\n', '    right-to-challenge: []\n  implies:\n    funding: { stage: nomination }\n    right-to-bid: { mood: calm }\n');
    const mine = loadKnowledge(folder({}, bad), TODAY).problems.filter((p) => p.file === 'facets.yaml');
    expect(mine).toContainEqual(expect.objectContaining({ field: 'subject.implies', severity: 'error', message: expect.stringMatching(/"funding" is not a value.*right-to-bid, right-to-challenge/) }));
    expect(mine).toContainEqual(expect.objectContaining({ field: 'subject.implies.right-to-bid', severity: 'error', message: expect.stringMatching(/one other facet/) }));
  });

  it('given values set aside from the usual course, it loads them; one the facet does not list is named in facets.yaml', () => {
    const good = VOCABULARY.replace('  next: [what happens next]\n', '  aside: [listing]\n  next: [what happens next]\n');
    const { kb } = loadKnowledge(folder({}, good), TODAY);
    expect(kb!.facets.facets.find((f) => f.name === 'stage')!.aside).toEqual(['listing']);
    const bad = VOCABULARY.replace('  next: [what happens next]\n', '  aside: [appeal]\n  next: [what happens next]\n');
    const mine = loadKnowledge(folder({}, bad), TODAY).problems.filter((p) => p.file === 'facets.yaml');
    expect(mine).toContainEqual(expect.objectContaining({ field: 'stage.aside', message: expect.stringMatching(/"appeal".*not one of the values/) }));
  });

  it('given conversation.yaml with a small-talk kind lacking its reply and a budget that is not a number, it names both', () => {
    const { problems } = loadKnowledge(folder({}, VOCABULARY, 'smallTalk:\n  thanks:\n    phrases: [thanks]\nshortAnswerChars: lots\n'), TODAY);
    const mine = problems.filter((p) => p.file === 'conversation.yaml' && p.severity === 'error');
    expect(mine.map((p) => p.field)).toEqual(expect.arrayContaining(['smallTalk.thanks', 'shortAnswerChars']));
  });
});
