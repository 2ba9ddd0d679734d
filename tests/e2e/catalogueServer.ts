// A real catalogue server for one e2e file: PGlite in a throw-away folder, started as the city's
// IT person starts it (`npm run catalogue`, i.e. `tsx catalogue/src/main.ts`, run here by this
// Node directly) on a free loopback port, with its command line for tenants and desk tokens.
// Start it in beforeAll, not when the file loads: Playwright also loads the file in its runner
// process, which never runs afterAll, and a folder made then would be left behind.
import { expect } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSX = ['--import', 'tsx', 'catalogue/src/main.ts'];

export interface TestCatalogue {
  /** A municipality, added before the server starts (PGlite has one writer); its id. */
  addTenant(name: string, country: string): string;
  /** A desk of the municipality, added before the server starts; its token (tly1_…). */
  addDesk(tenantId: string, name: string): string;
  /** Starts the server on a free loopback port; its address once it answers. */
  start(): Promise<string>;
  /** Stops the server and removes its folder once it has closed its database. */
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A catalogue in a new folder named after `name`: not started yet. */
export function createCatalogue(name: string): TestCatalogue {
  const dataDir = mkdtempSync(join(tmpdir(), `tulay-${name}-e2e-`));
  const env = { ...process.env, CATALOGUE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [...TSX, ...args], { env, encoding: 'utf8' });
  let server: ChildProcess | undefined;
  return {
    addTenant: (tenant, country) =>
      /Tenant added: (\S+)/.exec(cli('add-tenant', '--name', tenant, '--country', country))![1]!,
    addDesk: (tenantId, desk) =>
      /^(tly1_\S+)$/m.exec(cli('add-desk', '--tenant', tenantId, '--name', desk))![1]!,
    async start() {
      const address = `http://127.0.0.1:${await freePort()}`;
      server = spawn(process.execPath, TSX, {
        env: { ...env, PORT: new URL(address).port },
        stdio: 'ignore',
        detached: true,
      });
      await expect
        .poll(async () => (await fetch(`${address}/health`).catch(() => null))?.status, {
          timeout: 90_000,
        })
        .toBe(200);
      return address;
    },
    async stop() {
      // The server's process group, started here and only that.
      if (server?.pid && server.exitCode === null) {
        const exited = new Promise((resolve) => server!.once('exit', resolve));
        process.kill(-server.pid, 'SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
