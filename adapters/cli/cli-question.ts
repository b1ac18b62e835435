// Builds core Questions for the terminal: one conversation per chat session or per batch line.
import { userInfo } from 'node:os';
import type { Question } from '../../src/index.js';

const user = (() => {
  try {
    return userInfo().username;
  } catch {
    return 'terminal';
  }
})();

export function cliQuestion(text: string, threadId: string): Question {
  return { text, platform: 'cli', user: { id: user }, channel: { id: 'terminal', isDirect: true }, threadId, receivedAt: new Date() };
}
