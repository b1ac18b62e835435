// `npm run ask -- --json --conversation FILE|-`: the lines are one conversation, answered in
// order, one JSON object a line. From standard input each reply is printed as soon as it is
// ready, so a script can read a reply before it writes the next question.
import { createInterface } from 'node:readline';
import type { FullAdvisor, Reply } from '../../src/index.js';
import { cliQuestion } from './cli-question.js';
import { toJsonResult } from './json-result.js';

/** `seen` is shown each reply as it is (ask --ics keeps its calendar). */
export async function answerConversation(advisor: FullAdvisor, lines: AsyncIterable<string> | Iterable<string>, threadId: string, write: (line: string) => void | Promise<void>, seen?: (reply: Reply) => void): Promise<number> {
  let turns = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const reply = await advisor.ask(cliQuestion(line, threadId));
    seen?.(reply);
    await write(JSON.stringify(toJsonResult(reply)) + '\n');
    turns++;
  }
  return turns;
}

/** Lines of a readable stream (standard input), as they arrive. */
export function linesOf(input: NodeJS.ReadableStream): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Infinity, terminal: false });
}
