// The browser project's real catalogue server (issue 13): started once per run by globalSetup
// in Node, on PGlite in memory, on a free loopback port. The tests in Chromium get its address
// through `inject('catalogueUrl')`, and make municipalities, desks and tokens through the
// browser commands below, which run here in Node next to the server.
import type { BrowserCommand, TestProject } from 'vitest/node';
import { addDesk, addTenant, revokeDesk } from '../../catalogue/src/admin';
import { buildApp } from '../../catalogue/src/app';
import { prepare } from '../../catalogue/src/database';
import { openPglite } from '../../catalogue/src/db/pglite';
import type { Database } from '../../catalogue/src/db/types';

export interface TestTenant {
  tenantId: string;
  name: string;
  desks: { deskId: string; name: string; token: string }[];
}

/** Where vitest.config.mts finds the commands (it does not load this module itself). */
const COMMANDS = Symbol.for('tulay.catalogueCommands');

type Shared = { db: Database; close: () => Promise<void> };
let server: Shared | undefined;

export async function setup(project: TestProject) {
  const db = await openPglite(undefined);
  await prepare(db);
  const app = buildApp({
    db,
    bodyLimit: 8 << 20,
    ratePerSecond: 0,
    rateBurst: 100,
    logLevel: 'silent',
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  server = {
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
  project.provide('catalogueUrl', url);
  (globalThis as Record<symbol, unknown>)[COMMANDS] = { catalogueTenant, catalogueRevoke };
}

export async function teardown() {
  delete (globalThis as Record<symbol, unknown>)[COMMANDS];
  await server?.close();
}

let tenants = 0;

/** A new municipality with desks named `deskNames`, each with its token. */
const catalogueTenant: BrowserCommand<[deskNames: string[]], TestTenant> = async (
  _context,
  deskNames,
) => {
  const running = server;
  if (!running) throw new Error('The catalogue server of the browser tests is not running');
  tenants += 1;
  const name = `Browser test municipality ${tenants}`;
  const { tenantId } = await addTenant(running.db, name, 'PH');
  const desks = [];
  for (const deskName of deskNames) {
    const { deskId, token } = await addDesk(running.db, tenantId, deskName);
    desks.push({ deskId, name: deskName, token });
  }
  return { tenantId, name, desks };
};

/** Revokes a desk's token, as the catalogue's administrator would. */
const catalogueRevoke: BrowserCommand<[deskId: string], void> = async (_context, deskId) => {
  const running = server;
  if (!running) throw new Error('The catalogue server of the browser tests is not running');
  await revokeDesk(running.db, deskId);
};

declare module 'vitest' {
  export interface ProvidedContext {
    catalogueUrl: string;
  }
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    catalogueTenant: (deskNames: string[]) => Promise<TestTenant>;
    catalogueRevoke: (deskId: string) => Promise<void>;
  }
}
