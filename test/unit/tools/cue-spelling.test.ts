// A misspelt word that ties a date to its event ("nominaton", "recieved") still ties it: the
// asker gets their dates, not the general answer. Real words the knowledge uses are never bent
// into a cue.
import { describe, expect, it } from '@jest/globals';
import { KnowledgeHolder } from '../../../src/kb/knowledge-holder.js';
import { datesIn } from '../../../src/tools/dates-room.js';
import { withCuesSpelled } from '../../../src/tools/deadlines/cue-spelling.js';
import { KNOWLEDGE_DIR } from './support/real-periods.js';

const { kb } = KnowledgeHolder.open(KNOWLEDGE_DIR).current;
const AT = { at: new Date('2026-12-06T09:00:00Z'), platform: 'slack' as const };

describe('misspelt cue words in a dated question', () => {
  it('given "we sent in an acv nominaton ... they recieved it 20 nov", it counts the council\'s decision from 20 November', () => {
    const dated = datesIn(kb, 'we sent in an acv nominaton for the tennis courts to the district, they recieved it 20 nov. when are they supposed to decide by?', AT);
    expect({ event: dated?.event, date: dated?.date }).toEqual({ event: 'nomination-received', date: '2026-11-20' });
  });

  it('given the words spelt right, a real word one slip from a cue, or another form of a cue word, it leaves the text as it was', () => {
    const right = 'the council received our nomination on 20 nov';
    expect(withCuesSpelled(kb, right)).toBe(right);
    // "lasting" is one vowel from the cue word "listing", and a word the knowledge uses: it stays.
    expect(withCuesSpelled(kb, 'a lasting deal, the owner sold it on 3 may')).toBe('a lasting deal, the owner sold it on 3 may');
    // Another form of a cue word is not a slip of it: "noticed" (seen) is not "notice".
    expect(withCuesSpelled(kb, 'we noticed the for sale sign on 3 may')).toBe('we noticed the for sale sign on 3 may');
  });

  it('given one slip in a cue word, it spells the word as the cue does and keeps the rest', () => {
    expect(withCuesSpelled(kb, 'They recieved our nominaton on 20 Nov!')).toBe('They received our nomination on 20 Nov!');
  });
});
