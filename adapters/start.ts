// `npm start`: builds the core once and starts every configured platform in this one process
// (sharing one knowledge base and one store), or the terminal chat when none is configured.
// Platform SDKs are imported only when their platform is configured: the terminal chat and a
// Slack-only bot do not pay discord.js's start-up time, and vice versa.
import { buildCore, type Core } from '../src/index.js';
import { readCommandLine } from './cli/args.js';
import { START } from './cli/command-specs.js';
import { countingEnv } from './cli/counting-env.js';
import { loadDotEnv } from './cli/env-file.js';
import { reportStartupFailure } from './service/startup-failure.js';
import { runService } from './service/run-service.js';

async function main() {
  const args = readCommandLine(START);
  if (!args) return;
  loadDotEnv();
  const core: Core = await buildCore({ env: countingEnv(args.flags.count) });
  if (!core.config.slack && !core.config.discord) {
    const { runTerminalSession } = await import('./cli/terminal-session.js');
    await runTerminalSession(core);
    return;
  }
  await runService(core);
}

main().catch((err) => {
  reportStartupFailure(err);
  process.exitCode = 1;
  // A shard's IPC channel to the shard launcher would otherwise keep this process alive, idle.
  process.disconnect?.();
});
