// `npm run admin -- <verb> ...`: the staff commands for the operator at the terminal, against
// the same data file as the running bot. `unanswered --json` prints the queue for scripts.
// Exit codes: 0 done, 1 the command was refused (no such item, knowledge errors), 2 usage.
import { buildCore, configuredLogger, executeStaffCommand, loadConfig, markdownToPlain, parseStaffCommand, queueAsJson, STAFF_USAGE, toPlainText, type StaffActor } from '../../src/index.js';
import { readCommandLine, usageFailure } from './args.js';
import { ADMIN } from './command-specs.js';
import { loadDotEnv } from './env-file.js';
import { explainStartupFailure } from './fail.js';
import { operatorName } from './operator-name.js';
import { printErr, printJson, printOut } from './terminal-output.js';

/** The verbs come from the core's own usage text, so the two never disagree. */
const SPEC = { ...ADMIN, notes: ['Commands:', markdownToPlain(STAFF_USAGE), '', ...ADMIN.notes] };

async function main() {
  const args = readCommandLine(SPEC);
  if (!args) return;
  if (args.positionals.length === 0) return usageFailure(SPEC, 'Name a staff command, for example "unanswered".');
  const parsed = parseStaffCommand([...args.positionals, ...(args.flags.json ? ['--json'] : [])].join(' '));
  if (!parsed.ok) return usageFailure(SPEC, parsed.message);
  const { command } = parsed;
  if (args.flags.json && command.verb !== 'unanswered') return usageFailure(SPEC, '--json only applies to "unanswered".');

  loadDotEnv();
  const config = loadConfig();
  // No watcher: this process runs one command and exits.
  const core = await buildCore({ logger: configuredLogger(config, { oneShot: true }), watchKnowledge: false });
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

main().catch((err) => {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
});
