// `npm run kb:learned`: writes the phrasings staff taught with "link" into the example questions
// of their entries' files, for review in a pull request. Safe to run while the bot is running:
// the store takes a lock (data file) or a transaction (database) for the change.
import { configuredLogger, exportLearned, loadConfig, openStore, pseudonym } from '../../src/index.js';
import { readCommandLine } from './args.js';
import { KB_LEARNED } from './command-specs.js';
import { loadDotEnv } from './env-file.js';
import { explainStartupFailure } from './fail.js';
import { formatProblems } from './format-problems.js';
import { operatorName } from './operator-name.js';
import { printErr, printOut } from './terminal-output.js';

async function main() {
  if (!readCommandLine(KB_LEARNED)) return;
  loadDotEnv();
  const config = loadConfig();
  const { store, salt } = await openStore(config, configuredLogger(config, { oneShot: true }));
  try {
    const result = await exportLearned({ knowledgeDir: config.knowledgeDir, store, by: pseudonym('cli', operatorName(), salt) });
    if (!result.ok) {
      printOut(`Nothing was written: the knowledge would not pass the checker.\n${formatProblems(result.problems)}\n`);
      process.exitCode = 1;
      return;
    }
    for (const w of result.written) printOut(`wrote    ${w.file}: "${w.text}"\n`);
    for (const a of result.alreadyThere) printOut(`present  ${a.entryId}: "${a.text}" (already an example question; removed from the store)\n`);
    for (const s of result.skipped) printOut(`skipped  ${s.entryId}: "${s.text}" (${s.why})\n`);
    const files = new Set(result.written.map((w) => w.file)).size;
    printOut(`${result.written.length} phrasing(s) written to ${files} file(s) in ${config.knowledgeDir}.${result.written.length ? ' Review them with git diff and commit.' : ''}\n`);
  } finally {
    await store.close();
  }
}

main().catch((err) => {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
});
