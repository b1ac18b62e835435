import { describe, it, expect } from '@jest/globals';
import { guardInput, MAX_QUESTION_CHARS } from '../../../src/input-guard.js';
import { fixtureAdvisor, question } from './support/fixture-advisor.js';

describe('guardInput', () => {
  it('given an empty message, it says empty', () => {
    expect(guardInput('')).toBe('empty');
  });

  it('given only whitespace, it says empty', () => {
    expect(guardInput('  \n\t  ')).toBe('empty');
  });

  it('given only a mention, it says empty', () => {
    expect(guardInput('<@U0123ABC>')).toBe('empty');
  });

  it('given 50,000 characters, it says too long', () => {
    expect(guardInput('what is an acv '.repeat(3334).slice(0, 50_000))).toBe('tooLong');
  });

  it('given a message just over the limit, it says too long; at the limit, it reads it', () => {
    expect(guardInput('a'.repeat(MAX_QUESTION_CHARS + 1))).toBe('tooLong');
    expect(guardInput('pub '.repeat(MAX_QUESTION_CHARS).slice(0, MAX_QUESTION_CHARS))).toBe('ok');
  });

  it('given binary control characters, it says unreadable', () => {
    expect(guardInput('what\u0000is\u0001an\u0002acv')).toBe('unreadable');
    expect(guardInput('\u0007\u0008\u001b')).toBe('unreadable');
  });

  it('given the replacement character left by broken encoding, it says unreadable', () => {
    expect(guardInput('what is \ufffd\ufffd acv')).toBe('unreadable');
  });

  it('given only emoji, it says unreadable', () => {
    expect(guardInput('😀🎉👍')).toBe('unreadable');
  });

  it('given only digits and symbols, it says unreadable', () => {
    expect(guardInput('12345 !!! ???')).toBe('unreadable');
  });

  it('given Cyrillic text, it says another language', () => {
    expect(guardInput('Как защитить паб от продажи?')).toBe('otherLanguage');
  });

  it('given Chinese text, it says another language', () => {
    expect(guardInput('社区权利是什么')).toBe('otherLanguage');
  });

  it.each(['hello', 'Hi there!', 'good morning', 'thanks', 'Cheers'])('given the greeting "%s", it says greeting', (text) => {
    expect(guardInput(text)).toBe('greeting');
  });

  it.each(['help', 'HELP!', 'topics', 'menu'])('given "%s", it says help', (text) => {
    expect(guardInput(text)).toBe('help');
  });

  it('given a greeting followed by a real question, it lets the question through', () => {
    expect(guardInput('hello, what is an acv?')).toBe('ok');
  });

  it('given an English question with an emoji, it lets it through', () => {
    expect(guardInput('how long does a listing last? 🙂')).toBe('ok');
  });
});

describe('the advisor on guarded input', () => {
  it('given an empty question, it replies with the empty phrase and starter topics, not an error', async () => {
    const { advisor, holder } = fixtureAdvisor();
    const reply = await advisor.ask(question('   '));
    expect(reply.kind).toBe('info');
    expect(reply.sections[0].body).toBe(holder.current.kb.phrases.empty);
    expect(reply.followUps.length).toBeGreaterThan(0);
  });

  it('given a greeting, it replies with the greeting and the topic list', async () => {
    const { advisor, holder } = fixtureAdvisor();
    const reply = await advisor.ask(question('hello'));
    const body = reply.sections.map((s) => s.body).join('\n');
    expect(body).toContain(holder.current.kb.phrases.greeting);
    for (const topic of holder.current.kb.topics) expect(body).toContain(topic.label);
  });

  it('given "help", it lists the topics', async () => {
    const { advisor, holder } = fixtureAdvisor();
    const reply = await advisor.ask(question('help'));
    const body = reply.sections.map((s) => s.body).join('\n');
    expect(body).toContain(holder.current.kb.phrases.help);
    for (const topic of holder.current.kb.topics) expect(body).toContain(topic.label);
  });

  it.each([
    ['x'.repeat(50_000), 'tooLong'],
    ['😀🎉', 'unreadable'],
    ['Привет', 'otherLanguage'],
  ] as const)('given %#: input that cannot be read, it replies with the matching phrase', async (text, phrase) => {
    const { advisor, holder } = fixtureAdvisor();
    const reply = await advisor.ask(question(text));
    expect(reply.kind).toBe('info');
    expect(reply.sections[0].body).toBe(holder.current.kb.phrases[phrase]);
  });
});
