// The argument layer every command shares, as a specification of what a person typing sees.
import { describe, expect, it } from '@jest/globals';
import { parseCommandLine, usage } from '../../../adapters/cli/args.js';
import { ADMIN, ASK, DISCORD_REGISTER, EVAL, KB_CHECK, KB_LEARNED, START } from '../../../adapters/cli/command-specs.js';

const ALL = { ASK, START, ADMIN, KB_CHECK, KB_LEARNED, DISCORD_REGISTER, EVAL };

describe('parseCommandLine', () => {
  it('given flags and words, it returns the flags typed as declared and the words in order', () => {
    const out = parseCommandLine(ASK, ['--json', 'how', 'long', '--explain', 'does it last']);
    expect(out).toEqual({ kind: 'run', flags: { json: true, explain: true, batch: undefined, candidate: false, count: false }, positionals: ['how', 'long', 'does it last'] });
  });

  it('given a string flag with its value, it returns the value', () => {
    const out = parseCommandLine(ASK, ['--json', '--batch', 'questions.txt']);
    expect(out.kind === 'run' && out.flags.batch).toBe('questions.txt');
  });

  it.each(Object.entries(ALL))('given --help to %s, it prints the usage on stdout and exits 0', (_name, spec) => {
    for (const help of ['--help', '-h']) {
      const out = parseCommandLine(spec, [help]);
      expect(out).toMatchObject({ kind: 'exit', code: 0 });
      expect(out.kind === 'exit' && out.stdout).toContain('Usage:');
    }
  });

  it('given --help among other words, it still prints the usage instead of asking the words', () => {
    expect(parseCommandLine(ASK, ['what', 'is', 'an', 'acv', '--help'])).toMatchObject({ kind: 'exit', code: 0 });
  });

  it.each(Object.entries(ALL))('given an unknown flag to %s, it exits 2 naming the flag, with the usage on stderr', (_name, spec) => {
    const out = parseCommandLine(spec, ['--jsn', 'a question']);
    expect(out).toMatchObject({ kind: 'exit', code: 2 });
    expect(out.kind === 'exit' && out.stderr).toContain('Unknown option --jsn');
    expect(out.kind === 'exit' && out.stderr).toContain('Usage:');
  });

  it('given several unknown flags, it names every one of them, suggesting the flag meant', () => {
    const out = parseCommandLine(ASK, ['--jsn', '-x', '--xplain', 'question']);
    const text = out.kind === 'exit' ? out.stderr ?? '' : '';
    expect(text).toContain('Unknown option --jsn. Did you mean --json?');
    expect(text).toContain('Unknown option -x.');
    expect(text).toContain('Unknown option --xplain. Did you mean --explain?');
  });

  it('given a string flag without its value, it exits 2 saying the flag needs a value', () => {
    const out = parseCommandLine(ASK, ['--json', '--batch']);
    expect(out).toMatchObject({ kind: 'exit', code: 2 });
    expect(out.kind === 'exit' && out.stderr).toContain('--batch needs a value');
  });

  it('given words to a command that takes none, it exits 2 saying so', () => {
    const out = parseCommandLine(KB_CHECK, ['knowledge']);
    expect(out).toMatchObject({ kind: 'exit', code: 2 });
    expect(out.kind === 'exit' && out.stderr).toContain('takes no words');
  });

  it('given a question that starts with "-" after "--", it is a question, not a flag', () => {
    expect(parseCommandLine(ASK, ['--', '-5 years?'])).toMatchObject({ kind: 'run', positionals: ['-5 years?'] });
  });
});

describe('usage', () => {
  it('given a command spec, it lists every flag with its help line, and --help', () => {
    const text = usage(ASK);
    for (const flag of ['--json', '--explain', '--batch FILE', '--count', '-h, --help']) expect(text).toContain(flag);
    expect(text).toContain('Usage: npm run ask -- [--json] [--explain] [--ics calendar.ics] "your question"');
  });

  it('given a command with no arguments, it shows the bare npm command', () => {
    expect(usage(KB_CHECK)).toContain('Usage: npm run kb:check\n');
  });
});
