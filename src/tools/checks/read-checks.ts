// Reads the knowledge/checks folder: one guided check per YAML file, plus _phrases.yaml with the
// checks' stock phrases and command words. The folder is optional; without it there are no checks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeProblem } from '../../errors.js';
import { asRecord, FieldReporter } from '../data-checks.js';
import { readYamlSource } from '../yaml-source.js';
import type { CheckPhrases, ChecksData, GuidedCheck } from './check-model.js';
import { readCheck } from './read-check.js';

export const CHECKS_DIR = 'checks';
const PHRASES_FILE = '_phrases.yaml';
const PHRASE_KEYS = ['menu', 'menuLabel', 'progress', 'paused', 'resumeLabel', 'restartLabel', 'cancelled', 'nothingToResume', 'staleChoice', 'answersHeading', 'reasonsHeading', 'nextHeading', 'notUnderstood'] as const;
const COMMAND_KEYS = ['cancel', 'restart', 'resume', 'request'] as const;

export function readChecksFolder(knowledgeDir: string, entryIds: ReadonlySet<string>, problems: KnowledgeProblem[]): ChecksData | undefined {
  const dir = join(knowledgeDir, CHECKS_DIR);
  if (!existsSync(dir)) return undefined;
  const before = problems.filter((p) => p.severity === 'error').length;
  const phrasesPath = join(dir, PHRASES_FILE);
  const file = `${CHECKS_DIR}/${PHRASES_FILE}`;
  const phrases = existsSync(phrasesPath) ? readPhrases(readFileSync(phrasesPath, 'utf8'), file, problems) : undefined;
  if (!existsSync(phrasesPath)) problems.push({ file, severity: 'error', message: `${file} is missing: it holds the stock phrases of guided checks.` });
  const checks: GuidedCheck[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name) || name.startsWith('_') || name.startsWith('.')) continue;
    const check = readCheck(readFileSync(join(dir, name), 'utf8'), `${CHECKS_DIR}/${name}`, entryIds, problems);
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
