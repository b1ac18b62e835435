// Scheme names (topics.yaml `names`): a question that names a scheme ("ACV", "neighbourhood
// plan") is about that scheme, even when its object words ("playing field", "the hall") are what
// another topic's entry is built on. The matcher measures it as two features the fit weighs.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { analyze } from '../../../src/nlp/analyze.js';
import { extractFeatures, FEATURES } from '../../../src/nlp/features.js';
import { buildSearchIndex } from '../../../src/nlp/search-index.js';
import { KNOWLEDGE_DIR } from '../../integration/core/support/shipped-advisor.js';
import { CLEAN_KB_DIR, TODAY } from '../core/support/fixture-kb.js';

const { kb } = loadKnowledge(KNOWLEDGE_DIR);
const index = buildSearchIndex(kb!);
const OWN = FEATURES.indexOf('schemeOwn');
const OTHER = FEATURES.indexOf('schemeOther');

function schemeFeatures(question: string) {
  const candidates = extractFeatures(index, analyze(question, index.lexicon), false);
  return new Map(candidates.map((c) => [c.ie.entry.id, { topic: c.ie.entry.topic, own: c.x[OWN], other: c.x[OTHER] }]));
}

describe('scheme names', () => {
  it('given a question naming the ACV scheme by its abbreviation, its entries carry the scheme and a village-green entry sharing "playing field" does not', () => {
    const f = schemeFeatures('the builders reckon our playing field cannot be an ACV now it has outline consent, are they right?');
    const greens = [...f.entries()].filter(([id]) => id.includes('village-green'));
    expect(greens.length).toBeGreaterThan(0);
    for (const [, g] of greens) expect(g).toMatchObject({ own: 0, other: 1 });
    const listing = [...f.values()].filter((c) => c.topic === 'right-to-bid');
    expect(listing.length).toBeGreaterThan(0);
    for (const c of listing) expect(c).toMatchObject({ own: 1, other: 0 });
  });

  it('given a question naming no scheme, no candidate carries either feature', () => {
    const f = schemeFeatures('can we protect the playing field behind the school from houses?');
    for (const c of f.values()) expect(c).toMatchObject({ own: 0, other: 0 });
  });

  it('given a question naming two schemes, both topics count as named', () => {
    const f = schemeFeatures('is a community right to build order part of our neighbourhood plan?');
    const named = new Set([...f.values()].filter((c) => c.own === 1).map((c) => c.topic));
    expect(named).toEqual(new Set(['right-to-build', 'neighbourhood-planning']));
  });

  it('given the 2026 Act named alone, or beside the right to bid it replaced, the 2026 right to buy counts as named', () => {
    const named = (q: string) => new Set([...schemeFeatures(q).values()].filter((c) => c.own === 1).map((c) => c.topic));
    expect(named('what did the community empowerment act actually change')).toEqual(new Set(['right-to-buy-2026']));
    expect(named('does the 2026 act change the right to bid moratorium')).toEqual(new Set(['right-to-buy-2026', 'right-to-bid']));
  });

  it('given the 2026 Act named beside a scheme it did not change, only that scheme counts as named', () => {
    const f = schemeFeatures('is the right to challenge still around now the community empowerment act has passed');
    const named = new Set([...f.values()].filter((c) => c.own === 1).map((c) => c.topic));
    expect(named).toEqual(new Set(['right-to-challenge']));
    const buy = [...f.values()].filter((c) => c.topic === 'right-to-buy-2026');
    expect(buy.length).toBeGreaterThan(0);
    for (const c of buy) expect(c).toMatchObject({ own: 0, other: 1 });
  });
});

describe('scheme names in kb:check', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  /** What kb:check reports for the clean knowledge with this topics.yaml. */
  const problemsWithTopics = (yaml: string) => {
    dir = mkdtempSync(join(tmpdir(), 'kb-topics-'));
    cpSync(CLEAN_KB_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'topics.yaml'), yaml);
    return loadKnowledge(dir, TODAY).problems;
  };

  it('given a topic whose names are not a list of phrases, it names the file and the field', () => {
    const problems = problemsWithTopics('- id: right-to-bid\n  label: Right to Bid\n  names: asset of community value\n');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'topics.yaml', field: 'right-to-bid.names', severity: 'error', message: expect.stringMatching(/list of the names/) }));
  });

  it('given a topic whose Act names or changed topics are not lists of phrases, it names the file and each field', () => {
    const problems = problemsWithTopics('- id: right-to-bid\n  label: Right to Bid\n  actNames: localism act\n  actChanges: [""]\n');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'topics.yaml', field: 'right-to-bid.actNames', severity: 'error', message: expect.stringMatching(/names people use for the Act/) }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'topics.yaml', field: 'right-to-bid.actChanges', severity: 'error', message: expect.stringMatching(/ids of the topics/) }));
  });

  it('given a topic whose changed topics name a topic id that is not in the list, it names the field and the id', () => {
    const problems = problemsWithTopics('- id: right-to-bid\n  label: Right to Bid\n- id: right-to-buy-2026\n  label: Right to Buy\n  actNames: [2026 act]\n  actChanges: [right-to-bid, right-too-bid]\n');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'topics.yaml', field: 'right-to-buy-2026.actChanges', severity: 'error', message: expect.stringMatching(/"right-too-bid", which is not a topic id/) }));
  });
});
