// `npm run ask -- [--json] [--explain] "question"` and `npm run ask -- --json --batch FILE`.
// One process answers every question; each batch line is its own conversation.
import { existsSync, readFileSync } from 'node:fs';
import { buildCore, createLogger, loadConfig, toPlainText } from '../../src/index.js';
import { cliQuestion } from './cli-question.js';
import { loadDotEnv } from './env-file.js';
import { formatExplanation } from './explain-format.js';
import { explainStartupFailure } from './fail.js';
import { candidateJson, toJsonResult } from './json-result.js';
import { printErr, printJson, printOut } from './terminal-output.js';

const USAGE = 'Usage: npm run ask -- [--json] [--explain] "your question"\n       npm run ask -- --json [--candidate] --batch questions.txt';

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
  const questions = batchFile ? readFileSync(batchFile, 'utf8').split(/\r?\n/).filter((l, i, all) => l.trim() || i < all.length - 1) : [args.join(' ')];
  if (!batchFile && args.length === 0 && !json) return fail('Type a question after "--".');

  loadDotEnv();
  const config = loadConfig();
  // One-shot: no file watcher, and only warnings on stderr so stdout stays the answer.
  const core = await buildCore({ watchKnowledge: false, logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel) });
  try {
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

  function take(flag: string): boolean {
    const i = args.indexOf(flag);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  }
}

function fail(message: string) {
  printErr(`${message}\n${USAGE}\n`);
  process.exitCode = 2;
}

main().catch((err) => {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
});
