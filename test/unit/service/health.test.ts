// The health check's verdict and its small HTTP server, on their own.
import { afterEach, describe, expect, it } from '@jest/globals';
import { healthReport, type HealthInputs } from '../../../adapters/service/health-report.js';
import { startHealthServer, type HealthServer } from '../../../adapters/service/health-server.js';
import { InFlight } from '../../../adapters/service/in-flight.js';
import { storeState } from '../../../adapters/service/store-state.js';

const since = '2026-11-30T10:00:00.000Z';
function inputs(change: Partial<HealthInputs> = {}): HealthInputs {
  return {
    knowledge: { version: 'abcdef0123456789', entries: 95, loadedAt: new Date(since), problems: 0 },
    store: { state: 'ok' },
    platforms: { slack: { state: 'connected', mode: 'socket', since }, discord: { state: 'connected', since } },
    stopping: false,
    inFlight: 0,
    startedAt: new Date(since),
    ...change,
  };
}

describe('healthReport', () => {
  it('given every platform connected and the store writable, it is 200 "ok" with the knowledge version and entry count', () => {
    const r = healthReport(inputs(), new Date('2026-11-30T10:01:00Z'));
    expect(r.httpStatus).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', knowledge: { version: 'abcdef0123456789', entries: 95, loadedAt: since }, uptimeSeconds: 60 });
  });

  it.each([
    ['a platform reconnecting', { platforms: { discord: { state: 'reconnecting' as const, since } } }],
    ['a platform still connecting', { platforms: { slack: { state: 'connecting' as const, since } } }],
    ['a platform down', { platforms: { discord: { state: 'down' as const, detail: 'gateway close 4004', since } } }],
    ['a store that cannot be written', { store: { state: 'failing' as const, detail: 'EACCES' } }],
  ])('given %s, it is 503 "degraded"', (_what, change) => {
    const r = healthReport(inputs(change));
    expect(r).toMatchObject({ httpStatus: 503, body: { status: 'degraded' } });
  });

  it('given a shutdown under way, it is 503 "stopping", so a load balancer stops sending work', () => {
    expect(healthReport(inputs({ stopping: true }))).toMatchObject({ httpStatus: 503, body: { status: 'stopping' } });
  });

  it('given no chat platform (the terminal chat), it is ok on the knowledge and store alone', () => {
    expect(healthReport(inputs({ platforms: {} })).httpStatus).toBe(200);
  });
});

describe('the health server', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('given GET /healthz, it answers with the report as JSON and its status code; other paths 404, other methods 405', async () => {
    let report = healthReport(inputs());
    server = await startHealthServer(() => report, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${server.port}`;

    const ok = await fetch(`${url}/healthz`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await ok.json()).toMatchObject({ status: 'ok' });

    report = healthReport(inputs({ stopping: true }));
    expect((await fetch(`${url}/healthz?probe=1`)).status).toBe(503);
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});

describe('InFlight', () => {
  it('given work in flight, drain waits until it settles, even when it fails', async () => {
    const inFlight = new InFlight();
    let finish!: () => void;
    const work = inFlight.track(() => new Promise<void>((_resolve, reject) => (finish = () => reject(new Error('failed')))));
    expect(inFlight.size).toBe(1);
    const drained = inFlight.drain(10_000);
    finish();
    await expect(work).rejects.toThrow('failed');
    await expect(drained).resolves.toBe(true);
    expect(inFlight.size).toBe(0);
  });

  it('given work that never ends, drain gives up after its time and says so', async () => {
    const inFlight = new InFlight();
    void inFlight.track(() => new Promise(() => undefined));
    await expect(inFlight.drain(20)).resolves.toBe(false);
  });
});

describe('storeState', () => {
  it('given writes to the store failing, it reports failing with how many records wait; once they work, ok', () => {
    let failing = true;
    const inputs = { recording: () => ({ failing, queued: failing ? 12 : 0 }), backend: 'postgres' as const, dataFile: '/nowhere/advisor.json' };
    expect(storeState(inputs)).toEqual({ state: 'failing', detail: 'writing to the database is failing; 12 record(s) waiting (see the log)' });
    failing = false;
    expect(storeState(inputs)).toEqual({ state: 'ok' });
  });

  it('given a data file whose folder does not exist, it reports failing with the reason', () => {
    expect(storeState({ recording: () => ({ failing: false, queued: 0 }), backend: 'file', dataFile: '/nowhere/at/all/advisor.json' })).toMatchObject({ state: 'failing', detail: expect.stringContaining('ENOENT') });
  });
});
