// Every command's flags and usage, in one table: `--help` prints them and parseArgs enforces
// them. Adding a flag is one line here (and reading it in the command).
import type { CommandSpec, Flag } from './args.js';

/** Terminal questions stay out of the statistics and the unanswered queue unless this is given. */
const count = { type: 'boolean', help: 'count these questions in the usage statistics and the unanswered queue (same as ADVISOR_COUNT_TERMINAL=true)' } as const satisfies Flag;

export const ASK = {
  command: 'npm run ask --',
  summary: 'Answers one question (or a file of them, one per line) from the knowledge folder, as the bot would.',
  synopsis: ['[--json] [--explain] [--ics calendar.ics] "your question"', '--json [--candidate] --batch questions.txt', '--json --conversation conversation.txt   (or - for standard input)'],
  positionals: 'the question',
  flags: {
    json: { type: 'boolean', help: 'print each reply as one line of JSON (for scripts)' },
    explain: { type: 'boolean', help: 'also show how the question was matched' },
    batch: { type: 'string', value: 'FILE', help: 'answer every line of FILE, each as its own conversation' },
    conversation: { type: 'string', value: 'FILE', help: 'with --json: answer the lines of FILE (or - for standard input, each as soon as it arrives) as one conversation' },
    ics: { type: 'string', value: 'FILE', help: 'write the dates worked out from a dated question to FILE as an iCalendar (.ics) file' },
    // For `npm run eval`'s risk-coverage table; without it the JSON lines are unchanged.
    candidate: { type: 'boolean', help: 'with --json: add the top-ranked entry, its confidence and its answer, even when the bot did not answer' },
    count,
  },
  notes: ['--json prints {"status","entryId","title","confidence","text","sources","followUps"} per question.'],
} as const satisfies CommandSpec<Record<string, Flag>>;

export const START = {
  command: 'npm start --',
  summary: 'Starts the bot on every configured platform (Slack, Discord), or a chat in the terminal when none is configured.',
  synopsis: ['[--count]'],
  flags: { count },
  notes: ['Settings come from the environment or ./.env (see README, "Settings"). Piped input is answered line by line.'],
} as const satisfies CommandSpec<Record<string, Flag>>;

export const EVAL = {
  command: 'npm run eval --',
  summary: 'Scores a question file (JSON lines) as the shared scorer does, with a per-topic breakdown and a risk-coverage table.',
  synopsis: ['questions.jsonl [--verbose] [--json]'],
  positionals: 'the question file',
  flags: {
    verbose: { type: 'boolean', help: 'list every question that went wrong' },
    json: { type: 'boolean', help: 'print the report as one JSON object' },
  },
} as const satisfies CommandSpec<Record<string, Flag>>;

export const ADMIN = {
  command: 'npm run admin --',
  summary: 'Runs a staff command against the same data file as the running bot.',
  synopsis: ['<command> [arguments]'],
  positionals: 'the staff command',
  flags: {
    json: { type: 'boolean', help: 'with "unanswered": print the queue as a JSON array' },
  },
  notes: ['Exit codes: 0 done, 1 refused (no such item, knowledge errors), 2 usage.'],
} as const satisfies CommandSpec<Record<string, Flag>>;

export const KB_CHECK = {
  command: 'npm run kb:check --',
  summary: 'Checks every knowledge file and prints each problem with its file, field, line and a suggested fix.',
  synopsis: [''],
  flags: {},
  notes: ['Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage.'],
} as const satisfies CommandSpec<Record<string, Flag>>;

export const KB_LEARNED = {
  command: 'npm run kb:learned --',
  summary: 'Writes the phrasings staff taught with "link" into their entries\' example questions, for review.',
  synopsis: [''],
  flags: {},
} as const satisfies CommandSpec<Record<string, Flag>>;

export const DISCORD_REGISTER = {
  command: 'npm run discord:register --',
  summary: 'Sends the slash command definitions to Discord (to DISCORD_GUILD_ID at once, or globally).',
  synopsis: [''],
  flags: {},
} as const satisfies CommandSpec<Record<string, Flag>>;

export const DISCORD_SHARDS = {
  command: 'npm run start:shards --',
  summary: 'Starts the Discord bot as several shard processes (DISCORD_SHARDS: a number, or auto for the count Discord recommends).',
  synopsis: [''],
  flags: {},
  notes: ['Each shard runs Discord only, with its health check on HEALTH_PORT + its shard id. See "Deploying" in README.md.'],
} as const satisfies CommandSpec<Record<string, Flag>>;
