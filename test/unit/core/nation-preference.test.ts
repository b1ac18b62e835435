import { describe, it, expect } from '@jest/globals';
import { analyze } from '../../../src/nlp/analyze.js';
import { rankEntries } from '../../../src/nlp/rank.js';
import { loadCleanFixture } from './support/fixture-kb.js';
import { fixtureAdvisor, question } from './support/fixture-advisor.js';

const { index, kb } = loadCleanFixture();
const top = (text: string) => rankEntries(index, analyze(text, index.lexicon))[0];

describe('preferring entries for the nation a question names', () => {
  it('given a listing question with no place, an England entry comes first', () => {
    const best = top('can we list our pub as an ACV?')!;
    expect(kb.byId.get(best.entryId)?.jurisdictions).toEqual(['england']);
  });

  it.each(['Wales', 'Gwynedd', 'Cardiff'])('given the same question naming %s, the Wales-only entry comes first', (place) => {
    const best = top(`can we list our pub as an ACV in ${place}?`);
    expect(best?.entryId).toBe('wales-community-rights');
    expect(best?.parts.nationOwn).toBe(1);
  });

  it('given a question naming Scotland, England-only entries are marked down', () => {
    const england = rankEntries(index, analyze('how long does an ACV listing last?', index.lexicon)).find((c) => c.entryId === 'acv-listing-length')!;
    const scotland = rankEntries(index, analyze('how long does an ACV listing last in Glasgow?', index.lexicon)).find((c) => c.entryId === 'acv-listing-length')!;
    expect(scotland.parts.nationConflict).toBe(1);
    expect(england.parts.nationConflict).toBe(0);
    expect(scotland.score).toBeLessThan(england.score);
  });

  it('given an England-only answer to a question naming Scotland, the reply starts with a "Where this applies" caveat naming Scotland', async () => {
    const { advisor } = fixtureAdvisor();
    const reply = await advisor.ask(question('how long does an ACV listing last in Scotland?'));
    expect(reply.kind).toBe('answer');
    expect(reply.entryId).toBe('acv-listing-length');
    expect(reply.sections[0].heading).toBe('Where this applies');
    expect(reply.sections[0].body).toBe(kb.phrases.otherNation.replaceAll('{nation}', 'Scotland'));
    expect(reply.sections.slice(1)).toEqual(kb.byId.get('acv-listing-length')!.sections);
  });

  it('given the same question without a place, there is no caveat', async () => {
    const { advisor } = fixtureAdvisor();
    const reply = await advisor.ask(question('how long does an ACV listing last?'));
    expect(reply.sections.some((s) => s.heading === 'Where this applies')).toBe(false);
  });
});
