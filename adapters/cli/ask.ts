// `npm run ask -- [--json] [--explain] "question"`, `npm run ask -- --json --batch FILE` and
// `npm run ask -- --json --conversation FILE|-`. One process answers every question; each batch
// line is its own conversation, while a conversation file's lines are one conversation.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { buildCore, createLogger, loadConfig, toPlainText } from '../../src/index.js';
import { cliQuestion } from './cli-question.js';
import { answerConversation, linesOf } from './conversation-mode.js';
import { loadDotEnv } from './env-file.js';
import { formatExplanation } from './explain-format.js';
import { explainStartupFailure } from './fail.js';
import { candidateJson, toJsonResult } from './json-result.js';

const USAGE = 'Usage: npm run ask -- [--json] [--explain] "your question"\n       npm run ask -- --json [--candidate] --batch questions.txt\n       npm run ask -- --json --conversation conversation.txt   (or - for standard input)';

async function main() {
  const args = process.argv.slice(2);
  const json = take('--json');
  const explain = take('--explain');
  // --candidate adds the top-ranked entry, its confidence and its answer even when the bot did not
  // answer, so `npm run eval` can draw the risk-coverage table; without it the lines are unchanged.
  const withCandidate = take('--candidate');
  const batchIndex = args.indexOf('--batch');
  const batchFile = batchIndex >= 0 ? args.splice(batchIndex, 2)[1] : undefined;
  if (batchIndex >= 0 && !batchFile) return fail('--batch needs a file name.');
  if (batchFile && !existsSync(batchFile)) return fail(`The batch file "${batchFile}" does not exist.`);
  const conversationIndex = args.indexOf('--conversation');
  const conversationFile = conversationIndex >= 0 ? args.splice(conversationIndex, 2)[1] : undefined;
  if (conversationIndex >= 0 && !conversationFile) return fail('--conversation needs a file name, or - for standard input.');
  if (conversationFile && conversationFile !== '-' && !existsSync(conversationFile)) return fail(`The conversation file "${conversationFile}" does not exist.`);
  if (conversationFile && !json) return fail('--conversation writes JSON lines: add --json.');
  const questions = batchFile ? readFileSync(batchFile, 'utf8').split(/\r?\n/).filter((l, i, all) => l.trim() || i < all.length - 1) : [args.join(' ')];
  if (!batchFile && args.length === 0 && !json) return fail('Type a question after "--".');

  loadDotEnv();
  const config = loadConfig();
  // One-shot: no file watcher, and only warnings on stderr so stdout stays the answer.
  const core = await buildCore({ watchKnowledge: false, logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel) });
  try {
    if (conversationFile) {
      const input = conversationFile === '-' ? process.stdin : createReadStream(conversationFile, 'utf8');
      await answerConversation(core.advisor, linesOf(input), `cli:conversation:${process.pid}`, (line) => writeOut(line));
      return;
    }
    let n = 0;
    for (const text of questions) {
      const question = cliQuestion(text, `cli:ask:${process.pid}:${n++}`);
      // One bad line must not stop a batch: a failure gets the same apology a chat user would see.
      const x = await core.advisor.explain(question).catch(async () => ({ reply: await core.advisor.ask(question), failed: true }) as const);
      const candidate = withCandidate && 'candidates' in x ? { candidate: candidateJson(x) } : {};
      if (json) process.stdout.write(JSON.stringify({ ...toJsonResult(x.reply), ...candidate }) + '\n');
      else process.stdout.write(toPlainText(x.reply) + '\n');
      if (explain && 'candidates' in x) process.stdout.write(formatExplanation(x, core.knowledge.current.index.weights) + '\n');
      if (!json && questions.length > 1) process.stdout.write('\n');
    }
  } finally {
    await core.close();
  }

  function take(flag: string): boolean {
    const i = args.indexOf(flag);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  }
}

/** Writes and waits for the line to be flushed, so a reader sees each reply before the next question. */
function writeOut(line: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(line, (err) => (err ? reject(err) : resolve())));
}

function fail(message: string) {
  console.error(`${message}\n${USAGE}`);
  process.exitCode = 2;
}

main().catch((err) => {
  console.error(explainStartupFailure(err));
  process.exitCode = 1;
});
