import { describe, expect, it } from '@jest/globals';
import { defaultConversationSettings } from '../../../src/kb/conversation-settings.js';
import { buildSmallTalkTable, smallTalkKind, smallTalkTokens, withoutSmallTalkOpening } from '../../../src/dialogue/small-talk.js';
import { readConversationSettings } from '../../../src/kb/conversation-settings.js';

const settings = {
  ...defaultConversationSettings(),
  smallTalk: [
    { name: 'thanks', reply: 'You are welcome.', phrases: ['thanks', 'thank you', 'cheers', 'ta', 'diolch', 'nice one', '👍'] },
    { name: 'greeting', reply: 'Hello!', phrases: ['hello', 'bore da'] },
    { name: 'acknowledgement', reply: 'OK.', phrases: ['ok', 'great', 'right'] },
    { name: 'interjection', reply: 'Ask away.', phrases: ['ugh', 'hmm'] },
  ],
  smallTalkFillers: ['so', 'much', 'mate', 'for the help', 'anyway'],
  emojiAlone: 'acknowledgement',
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

  it.each([
    ['thanks anyway 😂', 'thanks'],
    ['sorry 🙃🙃', undefined],
    ['😂', 'acknowledgement'],
    ['🤔🤷🏽‍♀️', 'acknowledgement'],
    ['ugh', 'interjection'],
    ['hmm ok', 'acknowledgement'],
  ])('given "%s", an emoji no list names goes with small talk like a filler, and emoji alone are the emojiAlone kind', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it('given a message of emoji alone and no emojiAlone kind set, it is not small talk', () => {
    const plain = { ...settings, emojiAlone: undefined };
    expect(smallTalkKind('😂', buildSmallTalkTable(plain), plain)).toBeUndefined();
  });

  it.each([
    ['Thanks! And in Wales?', 'And in Wales?'],
    ['ugh. who can help us', 'who can help us'],
    ['ok, so what happens next', 'so what happens next'],
    ['great 👍 how long does it last', 'how long does it last'],
    ['Cheers mate - what about the owner?', 'what about the owner?'],
  ])('given small talk ending at punctuation before a question ("%s"), the question is what follows it', (text, question) => {
    expect(withoutSmallTalkOpening(text, table)).toBe(question);
  });

  it.each(['right to bid in Wales?', 'so, what happens next', 'thanks', 'ok thanks!', 'how long does it last? thanks', 'ok the owner said no'])(
    'given "%s", nothing is taken off: no small talk ends at punctuation before a question',
    (text) => {
      expect(withoutSmallTalkOpening(text, table)).toBe(text);
    },
  );

  it('given an emojiAlone that names no small-talk kind, the settings reader reports it', () => {
    const problems: string[] = [];
    const read = readConversationSettings({ smallTalk: { thanks: { reply: 'You are welcome.', phrases: ['thanks'] } }, emojiAlone: 'laughter' }, (field) => problems.push(field ?? ''));
    expect(read.emojiAlone).toBeUndefined();
    expect(problems).toEqual(['emojiAlone']);
  });

  it('given punctuation, capitals, apostrophes and emoji variants, it compares words and emoji alone', () => {
    expect(smallTalkTokens("That's GREAT, thank-you ❤️ 👍🏿")).toEqual(['thats', 'great', 'thank', 'you', '❤', '👍']);
  });
});
