// One side of the claim race, run as its own process: opens the store (a data file path, or a
// postgres:// URL), prints "ready", and on SIGUSR1 claims the keys event-0 .. event-(count-1),
// four at a time, printing "won N" for each it wins, then "done".
import { createLogger } from '../../../../src/log.js';
import { openLowdbStore } from '../../../../src/store/lowdb-store.js';
import { openPostgresStore } from '../../../../src/store/postgres/postgres-store.js';

const [target, count] = process.argv.slice(2);
const logger = createLogger('error');
const store = target.startsWith('postgres://') ? await openPostgresStore(target, logger) : await openLowdbStore(target, logger, { hashSalt: 'claim-race-salt-0123456789' });
// The file store holds nothing open between writes; this keeps the process waiting for the signal.
const waiting = setInterval(() => {}, 60_000);
process.once('SIGUSR1', () => (clearInterval(waiting), void race()));
process.stdout.write('ready\n');

async function race() {
  let next = 0;
  const claimer = async () => {
    for (let n = next++; n < Number(count); n = next++) {
      if (await store.claimOnce(`event:Ev${n}`, new Date(), 10 * 60_000)) process.stdout.write(`won ${n}\n`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, claimer));
  await store.close();
  process.stdout.write('done\n');
}
