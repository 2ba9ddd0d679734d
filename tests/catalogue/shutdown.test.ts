// Ctrl+C / SIGTERM: the server stops taking connections, lets a request in flight finish, closes
// the database and exits 0. Run as `npm run catalogue` runs it, in a child process.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { addDesk, addTenant } from '../../catalogue/src/admin';
import { loadConfig } from '../../catalogue/src/config';
import { openDatabase, prepare } from '../../catalogue/src/database';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../domain/sync';
import { newTenant, person, recordId, testDatabase, testDatabaseKinds } from './harness';
import type { TestDatabaseKind } from './kinds';
import { freePort, runCatalogue, runCommandProcess } from './process';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Where the server keeps its data, and a desk token for it. */
async function setUp(
  kind: TestDatabaseKind,
): Promise<{ env: Record<string, string>; token: string }> {
  if (kind === 'postgres') {
    const { appUrl, ownerUrl } = inject('postgres');
    const tenant = await newTenant(await testDatabase('postgres'), 1);
    return {
      env: { DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl },
      token: tenant.desks[0]!.token,
    };
  }
  // The embedded database serves one process: the desk is made before the server starts.
  const dir = mkdtempSync(path.join(tmpdir(), 'tulay-catalogue-'));
  dirs.push(dir);
  const database = await openDatabase({ ...loadConfig({}), dataDir: dir });
  try {
    await prepare(database.db);
    const { tenantId } = await addTenant(database.db, 'Maipú', 'CL');
    const { token } = await addDesk(database.db, tenantId, 'Desk');
    return { env: { CATALOGUE_DATA_DIR: dir }, token };
  } finally {
    await database.close();
  }
}

describe.each(testDatabaseKinds())('stopping the server on %s', (kind) => {
  // Starting a process on the embedded database takes long on a busy 2-core machine.
  it('finishes a request in flight at SIGTERM, then exits 0', { timeout: 240_000 }, async () => {
    const { env, token } = await setUp(kind);
    const port = await freePort();
    const server = runCatalogue([], { ...env, HOST: '127.0.0.1', PORT: String(port) });
    await server.waitFor('catalogue listening');
    if (kind === 'pglite') {
      // The embedded database's folder is locked while the server has it open.
      const refused = await runCommandProcess(['list-desks'], env);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/in use by process/);
    }

    const id = recordId();
    const body = JSON.stringify({
      mutations: [
        {
          mutationId: `m:${id}`,
          table: 'people',
          id,
          op: 'put',
          fields: person('Luz', 'Ramos'),
          baseSeq: 0,
        },
      ],
    });
    const half = Math.floor(body.length / 2);
    let answer = '';
    const response = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/v1/push',
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.on('data', (d: Buffer) => (answer += d.toString()));
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      // Half the body now: the request is in flight when the signal comes.
      req.write(body.slice(0, half));
      void server.waitFor('"path":"/v1/push"').then(async () => {
        server.child.kill('SIGTERM');
        await server.waitFor('stopping');
        req.end(body.slice(half));
      });
    });

    expect(await response).toBe(200);
    expect(JSON.parse(answer)).toMatchObject({ results: [{ status: 'applied' }] });
    expect(await server.exited).toBe(0);
    // It no longer listens.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
