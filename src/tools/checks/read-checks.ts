// Reads the knowledge/checks folder: one guided check per YAML file, plus phrases.yaml with the
// checks' stock phrases and command words. The folder is optional; without it there are no checks.
import type { KnowledgeProblem } from '../../errors.js';
import type { KnowledgeFile } from '../../kb/read-folder.js';
import { asRecord, FieldReporter } from '../data-checks.js';
import { readYamlSource } from '../yaml-source.js';
import type { CheckPhrases, ChecksData, GuidedCheck } from './check-model.js';
import { readCheck } from './read-check.js';

export const CHECKS_DIR = 'checks';
/** The one file in the folder that is not a check (so no check may be called "phrases"). */
export const CHECK_PHRASES_FILE = `${CHECKS_DIR}/phrases.yaml`;
const PHRASE_KEYS = ['menu', 'menuLabel', 'progress', 'paused', 'resumeLabel', 'restartLabel', 'cancelled', 'nothingToResume', 'staleChoice', 'answersHeading', 'reasonsHeading', 'nextHeading', 'notUnderstood'] as const;
const COMMAND_KEYS = ['cancel', 'restart', 'resume', 'request'] as const;

/** Whether a knowledge file (by its path in the folder) belongs to the checks folder. */
export function isCheckFile(file: string): boolean {
  return file.startsWith(`${CHECKS_DIR}/`) && !file.slice(CHECKS_DIR.length + 1).includes('/');
}

/** `files`: the YAML files of the checks folder, as read; none means the knowledge has no checks. */
export function readChecks(files: readonly KnowledgeFile[], entryIds: ReadonlySet<string>, problems: KnowledgeProblem[]): ChecksData | undefined {
  if (files.length === 0) return undefined;
  const before = problems.filter((p) => p.severity === 'error').length;
  const phrasesFile = files.find((f) => f.file === CHECK_PHRASES_FILE);
  const phrases = phrasesFile ? readPhrases(phrasesFile.text, phrasesFile.file, problems) : undefined;
  if (!phrasesFile) problems.push({ file: CHECK_PHRASES_FILE, severity: 'error', message: `${CHECK_PHRASES_FILE} is missing: it holds the stock phrases of guided checks.` });
  const checks: GuidedCheck[] = [];
  for (const { file, text } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    if (file === CHECK_PHRASES_FILE) continue;
    const check = readCheck(text, file, entryIds, problems);
    if (check) checks.push(check);
  }
  for (const check of checks) {
    for (const outcome of check.outcomes.values()) {
      for (const other of outcome.offer) {
        if (!checks.some((c) => c.id === other)) problems.push({ file: check.file, field: `outcomes.${outcome.id}.offer`, severity: 'error', message: `There is no check "${other}".` });
      }
    }
  }
  if (problems.filter((p) => p.severity === 'error').length > before || !phrases) return undefined;
  return { checks, phrases };
}

function readPhrases(text: string, file: string, problems: KnowledgeProblem[]): CheckPhrases | undefined {
  const source = readYamlSource(text, file, problems);
  if (source.data === undefined) return undefined;
  const r = new FieldReporter(file, source, problems);
  const root = asRecord(source.data);
  const out: Record<string, string> = {};
  for (const key of PHRASE_KEYS) out[key] = r.text(root[key], [key], `the phrase "${key}"`) ?? '';
  const commandsRaw = asRecord(root.commands);
  const commands = {} as CheckPhrases['commands'];
  for (const key of COMMAND_KEYS) {
    commands[key] = r.list(commandsRaw[key], ['commands', key], `the words that ${key} a check`).map((w) => String(w).trim().toLowerCase()).filter(Boolean);
  }
  return PHRASE_KEYS.every((k) => out[k]) ? ({ ...out, commands } as unknown as CheckPhrases) : undefined;
}
