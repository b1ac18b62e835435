// The terminal chat: interactive with a prompt when a person is typing, or one answer per line
// when questions are piped in (exits at end of input). One conversation per session, so
// follow-ups work, "more" shows the rest of the last answer and typing a number picks a choice.
import { createInterface } from 'node:readline';
import type { Core } from '../../src/index.js';
import { cliQuestion } from './cli-question.js';
import { renderForTerminal } from './terminal-render.js';
import { printOut } from './terminal-output.js';
import { wrapText } from './wrap-text.js';

const DEFAULT_WIDTH = 80;

export async function runTerminalChat(core: Core, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  const threadId = `cli:chat:${process.pid}:${Date.now()}`;
  // Read each time: the window may be resized mid-conversation.
  const width = () => (output as NodeJS.WriteStream).columns || DEFAULT_WIDTH;
  const rows = () => (interactive && (output as NodeJS.WriteStream).rows) || Infinity;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    printOut(`${wrapText(core.advisor.describe().greeting, width())}\nType a question and press Enter (Ctrl+D or "quit" to leave).\n\n`, output);
    rl.setPrompt('you> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (interactive && /^(quit|exit|bye)$/i.test(line.trim())) break;
    if (!interactive && !line.trim()) continue;
    const reply = await core.advisor.ask(cliQuestion(line, threadId));
    printOut(`\n${renderForTerminal(reply, width(), rows())}\n\n`, output);
    if (interactive) rl.prompt();
  }
  rl.close();
}
