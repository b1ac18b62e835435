// A writer for the crash test, run as its own process: opens the store (a data file path, or a
// postgres:// URL) and writes as fast as it can, eight writes in flight, printing "ack N" once
// write N is acknowledged. It never stops by itself: the test kills it with SIGKILL.
import { createLogger } from '../../../../src/log.js';
import { openLowdbStore } from '../../../../src/store/lowdb-store.js';
import { openPostgresStore } from '../../../../src/store/postgres/postgres-store.js';

const [target, run] = process.argv.slice(2);
const limits = { audit: 1_000_000 };
const logger = createLogger('error');
const store = target.startsWith('postgres://') ? await openPostgresStore(target, logger, { limits }) : await openLowdbStore(target, logger, { limits });
process.stdout.write('ready\n');

let next = 0;
async function writer(): Promise<never> {
  for (;;) {
    const n = next++;
    const at = new Date().toISOString();
    await store.record([{ type: 'question', at, platform: 'cli', userHash: `writer-${run}`, status: 'fallback' }]);
    await store.appendAudit({ at, actor: 'cli:crash-test', action: 'write', detail: `${run}:${n}` });
    process.stdout.write(`ack ${n}\n`);
  }
}
await Promise.all(Array.from({ length: 8 }, writer));
