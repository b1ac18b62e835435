import { describe, expect, it } from '@jest/globals';
import { defaultConversationSettings } from '../../../src/kb/conversation-settings.js';
import { buildSmallTalkTable, smallTalkKind, smallTalkTokens } from '../../../src/dialogue/small-talk.js';

const settings = {
  ...defaultConversationSettings(),
  smallTalk: [
    { name: 'thanks', reply: 'You are welcome.', phrases: ['thanks', 'thank you', 'cheers', 'ta', 'diolch', 'nice one', '👍'] },
    { name: 'greeting', reply: 'Hello!', phrases: ['hello', 'bore da'] },
    { name: 'acknowledgement', reply: 'OK.', phrases: ['ok', 'great'] },
  ],
  smallTalkFillers: ['so', 'much', 'mate', 'for the help'],
};
const table = buildSmallTalkTable(settings);
const kind = (text: string) => smallTalkKind(text, table, settings);

describe('small talk', () => {
  it.each([
    ['thanks', 'thanks'],
    ['Thanks so much mate!!', 'thanks'],
    ['ok cheers', 'thanks'],
    ['great ta', 'thanks'],
    ['nice one', 'thanks'],
    ['👍', 'thanks'],
    ['👍🏽', 'thanks'],
    ['diolch', 'thanks'],
    ['Bore da!', 'greeting'],
    ['ok', 'acknowledgement'],
  ])('given "%s", it is small talk of the kind %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it.each(['thanks, how long does a listing last?', 'ok so what about Wales', 'great', 'so much', ''])(
    'given "%s", it is not small talk unless every word is small talk and one is more than a filler',
    (text) => {
      expect(kind(text)).toBe(text === 'great' ? 'acknowledgement' : undefined);
    },
  );

  it('given punctuation, capitals, apostrophes and emoji variants, it compares words and emoji alone', () => {
    expect(smallTalkTokens("That's GREAT, thank-you ❤️ 👍🏿")).toEqual(['thats', 'great', 'thank', 'you', '❤', '👍']);
  });
});
