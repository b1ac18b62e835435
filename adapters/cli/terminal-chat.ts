// The terminal chat: interactive with a prompt when a person is typing, or one answer per line
// when questions are piped in (exits at end of input).
import { createInterface } from 'node:readline';
import { toPlainText, type Core } from '../../src/index.js';
import { cliQuestion } from './cli-question.js';
import { printOut } from './terminal-output.js';

export async function runTerminalChat(core: Core, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  const threadId = `cli:chat:${process.pid}:${Date.now()}`;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    printOut(`${core.advisor.describe().greeting}\nType a question and press Enter (Ctrl+D or "quit" to leave).\n\n`, output);
    rl.setPrompt('you> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (interactive && /^(quit|exit|bye)$/i.test(line.trim())) break;
    if (!interactive && !line.trim()) continue;
    const reply = await core.advisor.ask(cliQuestion(line, threadId));
    printOut(`\n${toPlainText(reply)}\n\n`, output);
    if (interactive) rl.prompt();
  }
  rl.close();
}
