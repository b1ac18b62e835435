import { describe, it, expect } from '@jest/globals';
import { answerReply, clarifyReply, fallbackReply } from '../../../src/reply/compose.js';
import { loadCleanFixture } from './support/fixture-kb.js';

const { kb } = loadCleanFixture();
const entry = (id: string) => kb.byId.get(id)!;

describe('answer replies', () => {
  it.each(kb.entries.map((e) => [e.id]))('given the entry %s, the answer shows its sources, reviewed date and the notice', (id) => {
    const reply = answerReply(kb, entry(id), 0.8);
    expect(reply.kind).toBe('answer');
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.sources).toEqual(entry(id).sources);
    expect(reply.reviewed).toBe(entry(id).reviewed);
    expect(reply.notice).toBe(kb.phrases.disclaimer);
  });

  it('given an entry, the answer has its title, sections in order, id and confidence', () => {
    const e = entry('acv-listing-length');
    const reply = answerReply(kb, e, 0.87654);
    expect(reply.title).toBe(e.title);
    expect(reply.sections).toEqual(e.sections);
    expect(reply.sections[0].heading).toBe('In short');
    expect(reply.entryId).toBe(e.id);
    expect(reply.confidence).toBeCloseTo(0.877, 3);
  });

  it('given an entry with related entries, the answer offers them as follow-ups by id', () => {
    const e = entry('acv-listing-length');
    const reply = answerReply(kb, e, 0.9);
    expect(reply.followUps).toEqual(e.related.map((id) => ({ label: entry(id).title, entryId: id })));
  });

  it('given an answer, it carries helpful / not helpful feedback actions for the entry', () => {
    const reply = answerReply(kb, entry('acv-what-is'), 0.9);
    expect(reply.actions.filter((a) => a.type === 'feedback')).toEqual([
      expect.objectContaining({ type: 'feedback', vote: 'up', entryId: 'acv-what-is' }),
      expect.objectContaining({ type: 'feedback', vote: 'down', entryId: 'acv-what-is' }),
    ]);
  });

  it('given a question naming Wales and an England-only entry, the answer begins with the other-nation caveat', () => {
    const reply = answerReply(kb, entry('acv-listing-length'), 0.9, ['wales']);
    expect(reply.sections[0]).toEqual({ heading: 'Where this applies', body: kb.phrases.otherNation.replaceAll('{nation}', 'Wales') });
  });

  it('given a question naming Wales and an England-only entry, the first related topic is the Wales entry, then the entry\'s own closest one', () => {
    const e = entry('acv-listing-length');
    const reply = answerReply(kb, e, 0.9, ['wales']);
    expect(reply.followUps.map((f) => f.entryId)).toEqual(['wales-community-rights', e.related[0]]);
  });

  it('given a question naming Wales and the Wales entry, there is no caveat', () => {
    const reply = answerReply(kb, entry('wales-community-rights'), 0.9, ['wales']);
    expect(reply.sections.some((s) => s.heading === 'Where this applies')).toBe(false);
  });

  it('given the answer is changed, the knowledge entry is not', () => {
    const e = entry('acv-what-is');
    const before = JSON.stringify(e.sections);
    answerReply(kb, e, 0.9, ['scotland']).sections[0].body = 'changed';
    expect(JSON.stringify(e.sections)).toBe(before);
  });
});

describe('clarify replies', () => {
  const options = [{ entryId: 'allotment-rent', score: 0.6 }, { entryId: 'allotment-waiting', score: 0.59 }];

  it('given two close options, it says the question could mean either and offers both for the full answer', () => {
    const reply = clarifyReply(kb, options);
    expect(reply.kind).toBe('clarify');
    expect(reply.sections[0].body).toBe(kb.phrases.clarify);
    expect(reply.followUps).toEqual([
      { label: entry('allotment-rent').title, entryId: 'allotment-rent' },
      { label: entry('allotment-waiting').title, entryId: 'allotment-waiting' },
    ]);
  });

  it('given two close options, it gives each one\'s "In short" under its title, so either reading is answered', () => {
    const reply = clarifyReply(kb, options);
    expect(reply.readings).toEqual(['allotment-rent', 'allotment-waiting']);
    expect(reply.sections.slice(1).map((s) => s.heading)).toEqual([entry('allotment-rent').title, entry('allotment-waiting').title]);
    expect(reply.sections[1].body).toContain(entry('allotment-rent').sections[0].body);
    expect(reply.sections[2].body).toContain(entry('allotment-waiting').sections[0].body);
  });

  it('given two options on the same changing law, it gives the note on it once', () => {
    const watch = { kind: 'law' as const, what: 'A new Act may change this.', provision: 'An Act, section 1', where: 'https://www.legislation.gov.uk/', checked: '2026-11-01' };
    const byId = new Map(kb.byId);
    for (const o of options) byId.set(o.entryId, { ...entry(o.entryId), watch });
    const reply = clarifyReply({ ...kb, byId }, options);
    const text = reply.sections.map((s) => s.body).join('\n');
    expect(text.split('A new Act may change this.').length - 1).toBe(1);
  });

  it('given options with detail, it gives only their short parts: the detail stays one tap away', () => {
    const detailed = { ...entry('allotment-rent'), sections: [...entry('allotment-rent').sections, { heading: 'More detail', body: 'A long explanation.' }] };
    const withDetail = { ...kb, byId: new Map([...kb.byId, ['allotment-rent', detailed]]) };
    const reply = clarifyReply(withDetail, options);
    expect(reply.sections.map((s) => s.body).join('\n')).not.toContain('A long explanation.');
  });

  it('given two close options, it carries their sources (no repeats), the older reviewed date and the notice', () => {
    const reply = clarifyReply(kb, options);
    const urls = reply.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual(expect.arrayContaining([entry('allotment-rent').sources[0].url, entry('allotment-waiting').sources[0].url]));
    expect(reply.reviewed).toBe([entry('allotment-rent').reviewed, entry('allotment-waiting').reviewed].sort()[0]);
    expect(reply.notice).toBe(kb.phrases.disclaimer);
  });
});

describe('fallback replies', () => {
  const nearest = [{ entryId: 'acv-what-is', score: 0.25 }, { entryId: 'acv-nominate', score: 0.2 }];

  it('given near topics, it says so plainly, lists them and offers them as follow-ups', () => {
    const reply = fallbackReply(kb, nearest);
    const text = reply.sections.map((s) => s.body).join('\n');
    expect(reply.kind).toBe('fallback');
    expect(text).toContain(kb.phrases.fallback);
    expect(text).toContain(kb.phrases.fallbackNearest);
    for (const n of nearest) expect(text).toContain(entry(n.entryId).title);
    expect(reply.followUps.map((f) => f.entryId)).toEqual(['acv-what-is', 'acv-nominate']);
  });

  it('given any fallback, it names where to get help and says the question was recorded', () => {
    const text = fallbackReply(kb, []).sections.map((s) => s.body).join('\n');
    expect(text).toContain(kb.phrases.whereToGetHelp);
    expect(text).toContain(kb.phrases.recorded);
  });

  it('given no near topics, it does not offer the nearest-topics line', () => {
    const reply = fallbackReply(kb, []);
    expect(reply.sections.map((s) => s.body).join('\n')).not.toContain(kb.phrases.fallbackNearest);
    expect(reply.followUps).toEqual([]);
  });

  it('given an off-topic signpost, it gives the signpost reply and its sources', () => {
    const housing = kb.offTopic.find((o) => o.id === 'housing')!;
    const reply = fallbackReply(kb, [], housing);
    const text = reply.sections.map((s) => s.body).join('\n');
    expect(text).toContain(housing.reply);
    expect(text).not.toContain(kb.phrases.fallback);
    expect(reply.sources).toEqual(housing.sources);
  });
});
