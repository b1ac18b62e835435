// `npm run kb:check`: checks every knowledge file and prints all problems, each with file, line
// (where known) and field, and warns about law or funding notes due to be checked again.
import { loadConfig, loadKnowledge } from '../../src/index.js';
import { loadDotEnv } from './env-file.js';
import { formatProblems } from './format-problems.js';

loadDotEnv();
const dir = loadConfig().knowledgeDir;
const { kb, problems } = loadKnowledge(dir);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (problems.length) console.log(formatProblems(problems));
// Law-change notes past their re-check date are warnings, summed up so they are not missed.
const overdueNotes = problems.filter((p) => p.field === 'watch.checked' && p.severity === 'warning').length;
if (overdueNotes) console.log(`${overdueNotes} law or funding note(s) are due to be checked again against their source (see review-policy.yaml).`);
console.log(`${kb ? kb.entries.length : 'No'} entries loaded from ${dir}: ${errors} error(s), ${warnings} warning(s).`);
if (errors) {
  console.log('Fix the errors above (each names the file and the field), then run `npm run kb:check` again.');
  process.exit(1);
}
