// `npm run ask -- [--json] [--explain] "question"`, `npm run ask -- --json --batch FILE` and
// `npm run ask -- --json --conversation FILE|-`. One process answers every question; each batch
// line is its own conversation, while a conversation file's lines are one conversation.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { buildCore, configuredLogger, loadConfig, toPlainText } from '../../src/index.js';
import { readCommandLine, usageFailure } from './args.js';
import { cliQuestion } from './cli-question.js';
import { answerConversation, linesOf } from './conversation-mode.js';
import { ASK } from './command-specs.js';
import { countingEnv } from './counting-env.js';
import { loadDotEnv } from './env-file.js';
import { formatExplanation } from './explain-format.js';
import { explainStartupFailure } from './fail.js';
import { candidateJson, toJsonResult } from './json-result.js';
import { printErr, printJson, printJsonLines, printOut } from './terminal-output.js';

async function main() {
  const args = readCommandLine(ASK);
  if (!args) return;
  const { json, explain, batch, count, candidate: withCandidate, conversation } = args.flags;
  if (conversation !== undefined && (batch !== undefined || args.positionals.length)) return usageFailure(ASK, 'Give --conversation FILE on its own, without a question or --batch.');
  if (conversation !== undefined && !json) return usageFailure(ASK, '--conversation writes JSON lines: add --json.');
  if (conversation !== undefined && conversation !== '-' && !existsSync(conversation)) return usageFailure(ASK, `The conversation file "${conversation}" does not exist.`);
  if (batch !== undefined && args.positionals.length) return usageFailure(ASK, 'Give either a question or --batch FILE, not both.');
  if (batch !== undefined && !existsSync(batch)) return usageFailure(ASK, `The batch file "${batch}" does not exist.`);
  if (batch === undefined && conversation === undefined && args.positionals.length === 0 && !json) return usageFailure(ASK, 'Type a question after "--".');
  const questions = batch !== undefined ? readFileSync(batch, 'utf8').split(/\r?\n/).filter((l, i, all) => l.trim() || i < all.length - 1) : [args.positionals.join(' ')];

  loadDotEnv();
  const config = loadConfig();
  // One-shot: no file watcher, and only warnings on stderr so stdout stays the answer.
  const core = await buildCore({ env: countingEnv(count), watchKnowledge: false, logger: configuredLogger(config, { oneShot: true }) });
  try {
    if (conversation !== undefined) {
      const input = conversation === '-' ? process.stdin : createReadStream(conversation, 'utf8');
      await answerConversation(core.advisor, linesOf(input), `cli:conversation:${process.pid}`, printJsonLines); // flushed before the next line is read
      return;
    }
    let n = 0;
    for (const text of questions) {
      const question = cliQuestion(text, `cli:ask:${process.pid}:${n++}`);
      // One bad line must not stop a batch: a failure gets the same apology a chat user would see.
      const x = await core.advisor.explain(question).catch(async () => ({ reply: await core.advisor.ask(question), failed: true }) as const);
      const candidate = withCandidate && 'candidates' in x ? { candidate: candidateJson(x) } : {};
      if (json) printJson({ ...toJsonResult(x.reply), ...candidate });
      else printOut(toPlainText(x.reply) + '\n');
      if (explain && 'candidates' in x) printOut(formatExplanation(x, core.knowledge.current.index.weights) + '\n');
      if (!json && questions.length > 1) printOut('\n');
    }
  } finally {
    await core.close();
  }
}

main().catch((err) => {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
});
