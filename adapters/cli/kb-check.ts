// `npm run kb:check`: checks every knowledge file and prints all problems, each with file, line
// (where known) and field, and warns about law or funding notes due to be checked again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkKnowledgeFolder, loadConfig, loadKnowledge } from '../../src/index.js';
import { everydayAnchors } from '../../src/kb/check-anchors.js';
import { overlongReplies } from '../../src/kb/check-rendered-length.js';
import { buildSearchIndex } from '../../src/nlp/search-index.js';
import { readCommandLine } from './args.js';
import { KB_CHECK } from './command-specs.js';
import { loadDotEnv } from './env-file.js';
import { explainStartupFailure } from './fail.js';
import { formatProblems } from './format-problems.js';
import { printErr, printOut } from './terminal-output.js';

function main() {
  if (!readCommandLine(KB_CHECK)) return;
  loadDotEnv();
  const config = loadConfig();
  const dir = config.knowledgeDir;
  const checked = checkKnowledgeFolder(dir, new Date(), { limits: config.service.knowledgeLimits });
  const problems = [...checked.problems];
  // Knowledge that loads is also read as the matcher reads it (an anchor that comes out as one
  // everyday word would let off-topic questions through) and shown as replies are (one too long
  // for a reply breaks the contract scripts rely on).
  if (!problems.some((p) => p.severity === 'error')) {
    const { kb } = loadKnowledge(dir, new Date(), { limits: config.service.knowledgeLimits });
    if (kb) {
      problems.push(...everydayAnchors(kb, buildSearchIndex(kb), new Map(kb.entries.map((e) => [e.file, readFileSync(join(dir, e.file), 'utf8')]))));
      problems.push(...overlongReplies(kb));
    }
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const ready = checked.entries.filter((e) => !checked.brokenFiles.has(e.file)).length;
  if (problems.length) printOut(formatProblems(problems) + '\n');
  // Law-change notes past their re-check date are warnings, summed up so they are not missed.
  const overdueNotes = problems.filter((p) => p.field === 'watch.checked' && p.severity === 'warning').length;
  if (overdueNotes) printOut(`${overdueNotes} law or funding note(s) are due to be checked again against their source (see review-policy.yaml).\n`);
  printOut(`${ready} entries loaded from ${dir}: ${errors} error(s), ${warnings} warning(s).\n`);
  if (checked.brokenFiles.size) {
    printOut(`${checked.brokenFiles.size} file(s) cannot be used as written; the running bot answers without them (or from their last good version) until they are fixed.\n`);
  }
  if (errors) {
    printOut('Fix the errors above (each names the file, the line where known, and what to change), then run `npm run kb:check` again.\n');
    process.exitCode = 1;
  }
}

try {
  main();
} catch (err) {
  printErr(explainStartupFailure(err) + '\n');
  process.exitCode = 1;
}
