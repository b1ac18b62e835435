// Where the asker's place stands ("the hotel on the seafront") is part of their case: the word
// after a `whereWords` phrase is found, stemmed as the follow-up's other words are.
import { describe, expect, it } from '@jest/globals';
import { placeNameStems, whereStems, wherePhrases } from '../../../src/dialogue/where-words.js';
import { stem } from '../../../src/nlp/natural.js';
import { readConversationSettings } from '../../../src/kb/conversation-settings.js';

const WHERE = wherePhrases(['on the', 'by the', 'next to the']);

describe('the words that say where a place stands', () => {
  it('given "what about the hotel on the seafront", it finds the seafront and nothing else', () => {
    expect([...whereStems('what about the hotel on the seafront', WHERE)]).toEqual([stem('seafront')]);
  });

  it('given a phrase of several words ("next to the church"), it finds the word after the whole phrase, in any case', () => {
    expect([...whereStems('And the hut NEXT TO THE Church?', WHERE)]).toEqual([stem('church')]);
  });

  it('given a phrase at the very end with no word after it, or no phrase at all, it finds nothing', () => {
    expect(whereStems('what is it next to the', WHERE).size).toBe(0);
    expect(whereStems('what about the pub quiz on friday', WHERE).size).toBe(0);
  });
});

describe('the words that name the asker\'s parish', () => {
  it('given "just over the boundary in Sutton St James parish", it finds the three words of the name before "parish"', () => {
    expect([...placeNameStems('just over the boundary in Sutton St James parish', ['parish'], 3)]).toEqual(['sutton', 'st', 'james'].map(stem));
  });

  it('given a name at the start of the message, or no place noun at all, it finds only what is there', () => {
    expect([...placeNameStems('thornby parish?', ['parish'], 3)]).toEqual([stem('thornby')]);
    expect(placeNameStems('what about the pub quiz on friday', ['parish'], 3).size).toBe(0);
  });
});

describe('the conversation settings for "when?" alone', () => {
  it('given no whenAloneReadsAs text, it names the field and keeps "how long"', () => {
    const problems: string[] = [];
    const read = readConversationSettings({ whenAloneReadsAs: 42 }, (field) => problems.push(field ?? ''));
    expect(problems).toEqual(['whenAloneReadsAs']);
    expect(read.whenAloneReadsAs).toBe('how long');
  });
});
