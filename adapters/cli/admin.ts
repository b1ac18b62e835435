// `npm run admin -- <verb> ...`: the staff commands for the operator at the terminal, against
// the same data file as the running bot. `unanswered --json` prints the queue for scripts.
// Exit codes: 0 done, 1 the command was refused (no such item, knowledge errors), 2 usage.
import { buildCore, createLogger, executeStaffCommand, loadConfig, markdownToPlain, parseStaffCommand, queueAsJson, STAFF_USAGE, toPlainText, type StaffActor } from '../../src/index.js';
import { loadDotEnv } from './env-file.js';
import { explainStartupFailure } from './fail.js';
import { operatorName } from './operator-name.js';
import { printErr, printJson, printOut } from './terminal-output.js';

const USAGE = `Usage: npm run admin -- <command>\n\n${markdownToPlain(STAFF_USAGE)}\n\nunanswered --json prints the queue as a JSON array.`;

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0 || ['help', '--help', '-h'].includes(args[0])) {
    console.log(USAGE);
    if (args.length === 0) process.exitCode = 2;
    return;
  }
  const parsed = parseStaffCommand(args.join(' '));
  if (!parsed.ok) return usageError(parsed.message);
  const { command } = parsed;
  if (args.includes('--json') && command.verb !== 'unanswered') return usageError('--json only applies to "unanswered".');

  loadDotEnv();
  const config = loadConfig();
  // No watcher: this process runs one command and exits.
  const core = await buildCore({ logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel), watchKnowledge: false });
  const deps = { knowledge: core.knowledge, store: core.store, config: core.config, logger: core.logger, now: () => new Date() };
  const actor: StaffActor = { platform: 'cli', id: operatorName(), trusted: true };
  try {
    if (command.verb === 'unanswered' && command.json) {
      printJson(await queueAsJson(deps, actor), 2);
      return;
    }
    const { ok, reply } = await executeStaffCommand(deps, actor, command);
    printOut(toPlainText(reply) + '\n');
    if (!ok) process.exitCode = 1;
  } finally {
    await core.close();
  }
}

function usageError(message: string) {
  printErr(`${message}\n\n${USAGE}\n`);
  process.exitCode = 2;
}

main().catch((err) => {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
});
