// A throw-away PostgreSQL cluster for the catalogue's tests and benchmark: initdb into a temp
// folder, a free loopback port, trust authentication on loopback only, removed on stop.
// PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` system user
// (or `nobody`), which owns the temp folder.
//   node scripts/postgres.mjs   starts one and prints its URLs until Ctrl+C (manual runs)
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The folder of PostgreSQL's binaries: PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
export function postgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql, or set PG_BIN',
    );
  }
  return path.join(root, versions[0], 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** As root: the unprivileged user PostgreSQL runs as, with its uid and gid. */
function runAs() {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const id = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (id.status === 0) return { name, uid: Number(id.stdout), gid: Number(gid.stdout) };
  }
  throw new Error('Running as root, and there is no postgres or nobody user to run PostgreSQL as');
}

function command(user, bin, args) {
  return user ? ['runuser', ['-u', user.name, '--', bin, ...args]] : [bin, args];
}

async function waitUntilUp(url, child, log) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited at start:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not start:\n${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Starts a cluster. `durable: false` (tests) turns fsync off: a crash loses a throw-away
 * cluster, nothing else. The benchmark keeps PostgreSQL's defaults, and with `asyncCommit`
 * measures commits that do not wait for the disk's flush (synchronous_commit = off).
 */
export async function startPostgres({ durable = false, asyncCommit = false } = {}) {
  const bin = postgresBin();
  const user = runAs();
  const dir = mkdtempSync(path.join(tmpdir(), 'tulay-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const [initCmd, initArgs] = command(user, path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${bin}):\n${init.stdout}\n${init.stderr}`);
  }
  const port = await freePort();
  const settings = [
    ['listen_addresses', '127.0.0.1'],
    ['port', String(port)],
    ['unix_socket_directories', dir],
    ['max_connections', '100'],
    ...(durable
      ? asyncCommit
        ? [['synchronous_commit', 'off']]
        : []
      : [
          ['fsync', 'off'],
          ['synchronous_commit', 'off'],
          ['full_page_writes', 'off'],
        ]),
  ].flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const [pgCmd, pgArgs] = command(user, path.join(bin, 'postgres'), ['-D', data, ...settings]);
  let output = '';
  const child = spawn(pgCmd, pgArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const superUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilUp(superUrl, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const admin = new pg.Client({ connectionString: superUrl });
  await admin.connect();
  // The two roles of README "Run the catalogue": the owner of the tables, and the app role.
  await admin.query('CREATE ROLE tulay_owner LOGIN; CREATE ROLE tulay_app LOGIN');
  await admin.end();

  const url = (role, db) => `postgres://${role}@127.0.0.1:${port}/${db}`;
  return {
    port,
    superUrl,
    version: postgresVersion(bin),
    /** A fresh database owned by tulay_owner: the URLs the catalogue connects with. */
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: superUrl });
      await client.connect();
      await client.query(`CREATE DATABASE "${name}" OWNER tulay_owner`);
      await client.end();
      return { appUrl: url('tulay_app', name), ownerUrl: url('tulay_owner', name) };
    },
    async stop() {
      // The postmaster's own pid (runuser may stand between): SIGINT is a fast shutdown.
      const pidFile = path.join(data, 'postmaster.pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
      const exited = new Promise((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', resolve);
      });
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGINT');
        } catch {
          // already gone
        }
      } else child.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresVersion(bin) {
  const out = spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
  return out.stdout.trim();
}

// No top-level await: the catalogue's benchmark (run by tsx as CommonJS) requires this file.
async function main() {
  const cluster = await startPostgres({ durable: true });
  const urls = await cluster.createDatabase('tulay');
  console.log(`${cluster.version} on 127.0.0.1:${cluster.port} (as ${userInfo().username})`);
  console.log(`DATABASE_URL=${urls.appUrl}`);
  console.log(`DATABASE_OWNER_URL=${urls.ownerUrl}`);
  console.log('Ctrl+C stops it and deletes its data.');
  const stop = () => cluster.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
