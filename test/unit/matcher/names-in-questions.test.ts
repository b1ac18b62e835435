// Names of pubs, places and people ("the Red Lion in Bishops Castle") are words the knowledge has
// never seen, but they say nothing against a match: a question that names its pub must score as
// the same question without the name.
import { describe, expect, it } from '@jest/globals';
import { loadKnowledge } from '../../../src/kb/load-knowledge.js';
import { analyze } from '../../../src/nlp/analyze.js';
import { extractFeatures, FEATURES } from '../../../src/nlp/features.js';
import { buildSearchIndex } from '../../../src/nlp/search-index.js';
import { KNOWLEDGE_DIR } from '../../integration/core/support/shipped-advisor.js';

const { kb } = loadKnowledge(KNOWLEDGE_DIR);
const index = buildSearchIndex(kb!);
const UNKNOWN = FEATURES.indexOf('unknownShare');

function unknownShares(question: string): Map<string, number> {
  return new Map(extractFeatures(index, analyze(question, index.lexicon), false).map((c) => [c.ie.entry.id, c.x[UNKNOWN]]));
}

describe('names in a question', () => {
  it('given a pub and a town named inside the sentence, the words the knowledge lacks weigh as if they were not there', () => {
    const named = unknownShares('the owners of the Quorlish in Wottonbury want to sell, how long do we have to bid?');
    const plain = unknownShares('the owners want to sell, how long do we have to bid?');
    expect(named.size).toBeGreaterThan(0);
    for (const [id, share] of plain) expect({ id, share: named.get(id) }).toEqual({ id, share });
  });

  it('given the same words in lower case, they still count as words the knowledge lacks', () => {
    const lower = unknownShares('the owners of the quorlish in wottonbury want to sell, how long do we have to bid?');
    const plain = unknownShares('the owners want to sell, how long do we have to bid?');
    const id = [...plain.keys()][0];
    expect(lower.get(id)!).toBeGreaterThan(plain.get(id)!);
  });
});
