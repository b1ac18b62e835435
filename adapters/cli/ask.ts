// `npm run ask -- [--json] [--explain] [--ics FILE] "question"`, `npm run ask -- --json --batch FILE`
// and `npm run ask -- --json --conversation FILE|-`. One process answers every question; each batch
// line is its own conversation, while a conversation file's lines are one conversation.
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildCore, configuredLogger, loadConfig, toPlainText, type Reply } from '../../src/index.js';
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
  const { json, explain, batch, count, candidate: withCandidate, conversation, ics } = args.flags;
  if (ics === '') return usageFailure(ASK, '--ics needs a file name to write the calendar to.');
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
  // The calendar of the last reply that had one, for --ics.
  let calendar: string | undefined;
  const keepCalendar = (reply: Reply) => void (calendar = reply.attachments?.find((a) => a.contentType === 'text/calendar')?.content ?? calendar);
  try {
    if (conversation !== undefined) {
      const input = conversation === '-' ? process.stdin : createReadStream(conversation, 'utf8');
      await answerConversation(core.advisor, linesOf(input), `cli:conversation:${process.pid}`, printJsonLines, keepCalendar); // flushed before the next line is read
      return;
    }
    let n = 0;
    for (const text of questions) {
      const question = cliQuestion(text, `cli:ask:${process.pid}:${n++}`);
      // One bad line must not stop a batch: a failure gets the same apology a chat user would see.
      const x = await core.advisor.explain(question).catch(async () => ({ reply: await core.advisor.ask(question), failed: true }) as const);
      keepCalendar(x.reply);
      const candidate = withCandidate && 'candidates' in x ? { candidate: candidateJson(x) } : {};
      if (json) printJson({ ...toJsonResult(x.reply), ...candidate });
      else printOut(toPlainText(x.reply) + '\n');
      if (explain && 'candidates' in x) printOut(formatExplanation(x, core.knowledge.current.index.weights) + '\n');
      if (!json && questions.length > 1) printOut('\n');
    }
  } finally {
    if (ics !== undefined) writeCalendar(ics, calendar);
    await core.close();
  }
}

/** Notes go to stderr so that stdout stays the answer (or one JSON object per line). */
function writeCalendar(file: string, calendar: string | undefined) {
  if (!calendar) {
    printErr('No calendar written: no answer had dates still to come (ask with the date of an event, for example "the owner\'s notice reached the council on 3 June").\n');
    return;
  }
  writeFileSync(file, calendar);
  printErr(`Calendar of the dates written to ${file}.\n`);
}

main().catch((err) => {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
});
