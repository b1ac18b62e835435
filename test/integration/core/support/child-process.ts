// Runs the project's npm scripts in a real child process, with a throwaway data file and no
// chat-platform settings, so the terminal paths run exactly as a user would run them.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each child compiles the TypeScript entry point and loads the knowledge; allow for a slow machine. */
export const CHILD_TIMEOUT_MS = 90_000;

export const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

/** Variables that would switch a chat platform on; blanked so a local .env cannot set them either. */
const PLATFORM_VARIABLES = [
  'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID',
];

export interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  dataFile: string;
}

export function childEnv(dataFile: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(SLACK_|DISCORD_|ADVISOR_)/.test(key) || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  // An empty value wins over .env and reads as "not set".
  for (const key of PLATFORM_VARIABLES) env[key] = '';
  env.ADVISOR_DATA_FILE = dataFile;
  env.ADVISOR_WATCH_KNOWLEDGE = 'false';
  return env;
}

/** Runs `npm <args>` from the project root with its own temp data file, then removes the temp folder. */
export function runNpm(args: string[], options: { input?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): ChildRun {
  const dir = mkdtempSync(join(tmpdir(), 'advisor-cli-'));
  const dataFile = join(dir, 'advisor.json');
  try {
    const result: SpawnSyncReturns<string> = spawnSync('npm', args, {
      cwd: ROOT,
      env: { ...childEnv(dataFile), ...options.env },
      input: options.input ?? '',
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 60_000,
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, dataFile };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
