// The argument layer every command shares: node:util's parseArgs in strict mode, a usage text
// generated from the same flag table, `--help` on every command, and unknown flags refused with
// their names (exit 2) instead of being read as a question. A new flag is one line in a table.
import { parseArgs } from 'node:util';
import { closestFlag } from './closest-flag.js';
import { printErr, printOut } from './terminal-output.js';

/** One flag: its parseArgs type, and the line `--help` shows for it. */
export interface Flag {
  type: 'boolean' | 'string';
  short?: string;
  /** Placeholder shown in the usage for a string flag ("FILE"). */
  value?: string;
  help: string;
}

export interface CommandSpec<F extends Record<string, Flag>> {
  /** How the command is run, e.g. "npm run ask --". */
  command: string;
  /** What the command does, one sentence. */
  summary: string;
  /** Usage lines after the command, e.g. ['[--json] "your question"']. */
  synopsis: string[];
  flags: F;
  /** Words after the flags: undefined means the command takes none. */
  positionals?: string;
  /** Further lines printed after the flags (examples, exit codes). */
  notes?: string[];
}

export type FlagValues<F extends Record<string, Flag>> = {
  [K in keyof F]: F[K]['type'] extends 'boolean' ? boolean : string | undefined;
};

export interface ParsedArgs<F extends Record<string, Flag>> {
  flags: FlagValues<F>;
  positionals: string[];
}

/** Either arguments to run with, or what to print and the exit code to end with. */
export type ArgsOutcome<F extends Record<string, Flag>> =
  | ({ kind: 'run' } & ParsedArgs<F>)
  | { kind: 'exit'; code: 0 | 2; stdout?: string; stderr?: string };

const HELP: Flag = { type: 'boolean', short: 'h', help: 'show this help and exit' };

export function parseCommandLine<F extends Record<string, Flag>>(spec: CommandSpec<F>, argv: string[]): ArgsOutcome<F> {
  const flags: Record<string, Flag> = { ...spec.flags, help: HELP };
  const options = Object.fromEntries(Object.entries(flags).map(([name, f]) => [name, { type: f.type, ...(f.short ? { short: f.short } : {}) }]));

  // A lenient pass first, so every unknown flag is named at once, not only the first.
  const loose = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const unknown = [...new Set(loose.tokens.filter((t) => t.kind === 'option' && !(t.name in flags)).map((t) => (t.kind === 'option' ? t.rawName : '')))];
  if (loose.values.help === true) return { kind: 'exit', code: 0, stdout: usage(spec) };
  if (unknown.length) return usageError(spec, unknown.map((u) => describeUnknown(u, Object.keys(flags))).join('\n'));

  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    return usageError(spec, plainParseError(err as Error & { code?: string }));
  }
  if (spec.positionals === undefined && parsed.positionals.length) {
    return usageError(spec, `${spec.command.replace(/ --$/, '')} takes no words after it (got "${parsed.positionals.join(' ')}").`);
  }
  const values = Object.fromEntries(Object.entries(spec.flags).map(([name, f]) => [name, parsed.values[name] ?? (f.type === 'boolean' ? false : undefined)]));
  return { kind: 'run', flags: values as FlagValues<F>, positionals: parsed.positionals };
}

/**
 * Parses process.argv for a command. Prints usage or the problem and sets the exit code when the
 * command should not run; the caller then returns (no process.exit, so piped output is flushed).
 */
export function readCommandLine<F extends Record<string, Flag>>(spec: CommandSpec<F>, argv = process.argv.slice(2)): ParsedArgs<F> | undefined {
  const outcome = parseCommandLine(spec, argv);
  if (outcome.kind === 'run') return outcome;
  if (outcome.stdout) printOut(outcome.stdout + '\n');
  if (outcome.stderr) printErr(outcome.stderr + '\n');
  process.exitCode = outcome.code;
  return undefined;
}

/** A usage problem found after parsing (a missing file, a flag that needs another): exit 2. */
export function usageFailure<F extends Record<string, Flag>>(spec: CommandSpec<F>, message: string): undefined {
  printErr(usageError(spec, message).stderr + '\n');
  process.exitCode = 2;
  return undefined;
}

export function usage<F extends Record<string, Flag>>(spec: CommandSpec<F>): string {
  // "npm run kb:check --" with nothing after it reads better as "npm run kb:check".
  const run = (s: string) => (s ? `${spec.command} ${s}` : spec.command.replace(/ --$/, ''));
  const lines = [spec.summary, '', ...spec.synopsis.map((s, i) => `${i === 0 ? 'Usage:' : '      '} ${run(s)}`), '', 'Options:'];
  const all: [string, Flag][] = [...Object.entries(spec.flags), ['help', HELP]];
  const label = ([name, f]: [string, Flag]) => `${f.short ? `-${f.short}, ` : '    '}--${name}${f.type === 'string' ? ` ${f.value ?? 'VALUE'}` : ''}`;
  const width = Math.max(...all.map((e) => label(e).length));
  for (const entry of all) lines.push(`  ${label(entry).padEnd(width)}  ${entry[1].help}`);
  if (spec.notes?.length) lines.push('', ...spec.notes);
  return lines.join('\n');
}

function usageError<F extends Record<string, Flag>>(spec: CommandSpec<F>, message: string): { kind: 'exit'; code: 2; stderr: string } {
  return { kind: 'exit', code: 2, stderr: `${message}\n\n${usage(spec)}` };
}

function describeUnknown(raw: string, known: string[]): string {
  const near = closestFlag(raw.replace(/^-+/, ''), known);
  const hint = near ? ` Did you mean --${near}?` : '';
  return `Unknown option ${raw}.${hint} (To ask something that starts with "-", put it after "--".)`;
}

/** parseArgs' own messages, in the words of the rest of the commands. */
function plainParseError(err: Error & { code?: string }): string {
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /'(-[^' ]+)/.exec(err.message)?.[1] ?? 'An option';
    return /argument missing/.test(err.message) ? `${flag} needs a value after it.` : `${flag} does not take a value.`;
  }
  return err.message;
}
