import { describe, expect, it } from '@jest/globals';
import { defaultConversationSettings } from '../../../src/kb/conversation-settings.js';
import { buildSmallTalkTable, closingKind, closingTells, smallTalkKind, smallTalkTokens, withoutSmallTalkOpening } from '../../../src/dialogue/small-talk.js';
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
  closingKinds: ['thanks'],
  askingWords: ['how', 'what', 'need', 'tell'],
  followUpCues: ['and', 'so', 'what about'],
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

describe('closing small talk: thanks that goes on to tell rather than ask', () => {
  const closing = (text: string) => closingKind(text, table, settings);
  const tells = (text: string) => closingTells(text, table, settings);

  it.each(["thanks, we'll ring the council tomorrow", "Cheers mate, I'll pass it on", 'thanks so much this is brilliant info', 'ta, the owner served notice on 3 June'])(
    'given "%s", it is a closing of the kind thanks',
    (text) => expect(closing(text)).toBe('thanks'),
  );

  it.each(['thanks, how long does it last', 'thanks, what about Wales', 'thanks. tell me about the right to bid', 'thanks, I need to know when it ends', 'thanks, and in Wales', 'thanks, so the deadline is June', 'thanks - is it six weeks?', "ok, we'll ring the council", 'we will ring the council'])(
    'given "%s", it is not a closing: it asks, carries on, has a question mark or names no closing kind',
    (text) => expect(closing(text)).toBeUndefined(),
  );

  it('given a closing longer than thirty words, it is not a closing: long messages are read as questions', () => {
    expect(closing(`thanks ${'we will tell the committee all about it '.repeat(4)}`)).toBeUndefined();
  });

  it.each([
    ["thanks, we'll ring them", true],
    ["cheers, I'll pass it on", true],
    ['thanks, that is brilliant info', true],
    ['thank you - right to bid in Wales', false],
    ['cheers, the deadline in Wales', false],
  ] as const)('given "%s", it tells about someone: %s (thanks and a bare phrase may be a question without asking words)', (text, expected) => {
    expect(tells(text)).toBe(expected);
  });
});
