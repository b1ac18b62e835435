// `npm run ask -- [--json] [--explain] [--ics FILE] "question"` and `npm run ask -- --json --batch FILE`.
// One process answers every question; each batch line is its own conversation.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildCore, createLogger, loadConfig, toPlainText } from '../../src/index.js';
import { cliQuestion } from './cli-question.js';
import { loadDotEnv } from './env-file.js';
import { formatExplanation } from './explain-format.js';
import { explainStartupFailure } from './fail.js';
import { toJsonResult } from './json-result.js';

const USAGE = 'Usage: npm run ask -- [--json] [--explain] [--ics calendar.ics] "your question"\n       npm run ask -- --json --batch questions.txt';

async function main() {
  const args = process.argv.slice(2);
  const json = take('--json');
  const explain = take('--explain');
  const icsIndex = args.indexOf('--ics');
  const icsFile = icsIndex >= 0 ? args.splice(icsIndex, 2)[1] : undefined;
  if (icsIndex >= 0 && !icsFile) return fail('--ics needs a file name to write the calendar to.');
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
    let calendar: string | undefined;
    for (const text of questions) {
      const x = await core.advisor.explain(cliQuestion(text, `cli:ask:${process.pid}:${n++}`));
      calendar = x.reply.attachments?.find((a) => a.contentType === 'text/calendar')?.content ?? calendar;
      if (json) process.stdout.write(JSON.stringify(toJsonResult(x.reply)) + '\n');
      else process.stdout.write(toPlainText(x.reply) + '\n');
      if (explain) process.stdout.write(formatExplanation(x) + '\n');
      if (!json && questions.length > 1) process.stdout.write('\n');
    }
    // Notes go to stderr so that stdout stays the answer (or one JSON object per line).
    if (icsFile && calendar) {
      writeFileSync(icsFile, calendar);
      console.error(`Calendar of the dates written to ${icsFile}.`);
    } else if (icsFile) console.error(`No calendar written: the answer has no dates still to come (ask with the date of an event, for example "the owner's notice reached the council on 3 June").`);
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
  console.error(`${message}\n${USAGE}`);
  process.exitCode = 2;
}

main().catch((err) => {
  console.error(explainStartupFailure(err));
  process.exitCode = 1;
});
