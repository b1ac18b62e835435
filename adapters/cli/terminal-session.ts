// `npm start` with no chat platform: the terminal chat, plus the health check when HEALTH_PORT
// is set, and a clean stop on SIGTERM (the answer being written is finished first).
import type { Core } from '../../src/index.js';
import { healthReport } from '../service/health-report.js';
import { startHealthServer } from '../service/health-server.js';
import { storeState } from '../service/store-state.js';
import { runTerminalChat } from './terminal-chat.js';

export async function runTerminalSession(core: Core): Promise<void> {
  const { config } = core;
  const startedAt = new Date();
  let stopping = false;
  const report = () => {
    const { kb, loadedAt, version } = core.knowledge.current;
    const problems = core.knowledge.openingProblems.problems.filter((p) => p.severity === 'error').length;
    return healthReport({ knowledge: { version, entries: kb.entries.length, loadedAt, problems }, store: storeState({ recording: () => core.advisor.recording(), backend: core.store.backend, dataFile: config.dataFile }), platforms: {}, stopping, inFlight: 0, startedAt });
  };
  const health = config.service.healthPort !== undefined ? await startHealthServer(report, config.service.healthPort, config.service.host) : undefined;
  // SIGTERM ends the input; the chat loop finishes the answer it is writing and returns.
  const input = process.stdin;
  const onSignal = () => {
    stopping = true;
    input.destroy();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    await runTerminalChat(core, input);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await core.close();
    await health?.close();
  }
}
