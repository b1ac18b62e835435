// A real PostgreSQL server for the tests, started and stopped by the tests themselves: a fresh
// cluster in a temporary folder, listening on 127.0.0.1 on a free port. The server refuses to run
// as root, so as root it runs as the "postgres" user (Debian's package creates it). When no
// server binaries are found the tests fail, saying how to install them; they never pass silently.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import pg from 'pg';

export const INSTALL_HINT =
  'PostgreSQL server binaries (initdb, postgres) were not found. Install them: on Debian or Ubuntu "apt-get install -y postgresql" ' +
  '(bash .ci/run does this), or set PG_BIN to the folder that holds initdb and postgres.';

export interface PostgresServer {
  /** A URL for a database on this server; createDatabase makes a fresh one. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export function findBinaries(): string | undefined {
  const candidates = [process.env.PG_BIN, ...versionedDebianDirs()].filter((d): d is string => Boolean(d));
  return candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'postgres')));
}

function versionedDebianDirs(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root).sort((a, b) => Number(b) - Number(a)).map((v) => join(root, v, 'bin'));
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = findBinaries();
  if (!bin) throw new Error(INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'advisor-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => (asRoot ? { cmd: 'runuser', args: ['-u', 'postgres', '--', cmd, ...args] } : { cmd, args });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const init = run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  execFileSync(init.cmd, init.args, { stdio: 'pipe' });
  const port = await freePort();
  // fsync off: this cluster is thrown away; the store's own durability is what the tests check.
  const server = run(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100']);
  const child: ChildProcess = spawn(server.cmd, server.args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (d) => {
    log = (log + String(d)).slice(-4000);
  });
  const base = `postgres://postgres@127.0.0.1:${port}`;
  await waitUntilReady(`${base}/postgres`, child, () => log);
  return {
    createDatabase: async (name) => {
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // SIGINT is PostgreSQL's fast shutdown; sent to the server itself, as runuser does not pass it on.
        const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        process.kill(Number.isInteger(pid) && pid > 0 ? pid : child.pid!, 'SIGINT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL did not start:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() - started > 30_000) throw new Error(`PostgreSQL did not accept connections within 30 s:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * One server for the enclosing describe block (or file): started before its tests, stopped after.
 * Call `createDatabase` from inside a test or a later hook.
 */
export function usePostgresServer(): Pick<PostgresServer, 'createDatabase'> {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return { createDatabase: (name) => server!.createDatabase(name) };
}
