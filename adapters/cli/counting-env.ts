// `--count` on a terminal command: the same as setting ADVISOR_COUNT_TERMINAL=true for this run.
export function countingEnv(count: boolean, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return count ? { ...env, ADVISOR_COUNT_TERMINAL: 'true' } : env;
}
