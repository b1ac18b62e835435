// A declared defining concept (`anchors:` in an entry's front matter) lets its entry answer any
// question that carries it, so it must stay as specific as it was written. Stop words fall away
// when a phrase is read ("no window" reads as "window"), and an everyday word that anchors an
// entry lets traps through ("my Windows recovery drive" reached the Right to Challenge that way).
import { describe, expect, it } from '@jest/globals';
import { loadKnowledge } from '../../src/kb/load-knowledge.js';
import { analyze } from '../../src/nlp/analyze.js';
import { buildSearchIndex } from '../../src/nlp/search-index.js';
import { WEIGHTS } from '../../src/nlp/weights.js';
import { KNOWLEDGE_DIR } from '../integration/core/support/shipped-advisor.js';

const { kb } = loadKnowledge(KNOWLEDGE_DIR);
const index = buildSearchIndex(kb!);
const everyday = new Set(WEIGHTS.anchors.generic);

describe('declared defining concepts', () => {
  it('given every declared anchor, none reads as a single everyday word', () => {
    const tooBroad = kb!.entries.flatMap((e) =>
      (e.anchors ?? []).flatMap((a) => {
        const terms = analyze(a, index.lexicon).terms;
        return terms.length === 1 && everyday.has(terms[0]) ? [`${e.id}: "${a}" reads as the everyday word "${terms[0]}"`] : [];
      }),
    );
    expect(tooBroad).toEqual([]);
  });

  it('given an anchor like the one that let a trap through ("no window"), the check would catch it', () => {
    const terms = analyze('no window', index.lexicon).terms;
    expect({ terms, everyday: everyday.has(terms[0]) }).toEqual({ terms: ['window'], everyday: true });
  });
});
