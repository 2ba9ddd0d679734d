// The administration CLI: tenants, desks and their tokens (shown once, stored as hashes),
// last-seen times, revoking and rotating.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCommand } from '../../catalogue/src/cli';
import { hashSecret, parseToken } from '../../catalogue/src/tokens';
import { DeskClient, startTestServer, testDatabaseKinds, type TestServer } from './harness';
import { runCommandProcess } from './process';

describe.each(testDatabaseKinds())('admin CLI on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.stop());

  async function run(...argv: string[]) {
    const lines: string[] = [];
    const code = await runCommand(server.db, argv, (line) => lines.push(line));
    return { code, text: lines.join('\n') };
  }

  it('adds a tenant and a desk, prints the token once, and stores only its hash', async () => {
    const tenant = await run('add-tenant', '--name', 'Ciudad de Terrassa', '--country', 'es');
    expect(tenant.code).toBe(0);
    const tenantId = /Tenant added: ([0-9a-f-]{36})/.exec(tenant.text)![1]!;
    const desk = await run('add-desk', '--tenant', tenantId, '--name', 'Oficina de acogida');
    const token = /^tly1_\S+$/m.exec(desk.text)![0];
    const deskId = /Desk added: ([0-9a-f-]{36})/.exec(desk.text)![1]!;

    const session = await new DeskClient(server.url, token).request<{
      tenantName: string;
      country: string;
    }>('GET', '/v1/session');
    expect(session.body).toMatchObject({ tenantName: 'Ciudad de Terrassa', country: 'ES' });
    const stored = await server.db.admin((sql) =>
      sql.query<{ row: string; token_hash: string }>(
        'SELECT d::text AS row, token_hash FROM desks d WHERE desk_id = $1',
        [deskId],
      ),
    );
    expect(stored[0]!.row).not.toContain(parseToken(token)!.secret);
    expect(stored[0]!.token_hash).toBe(hashSecret(parseToken(token)!.secret));
    expect((await run('list-desks', '--tenant', tenantId)).text).not.toContain(token);
  });

  it('lists desks with when each was last seen, and revokes and rotates tokens', async () => {
    const tenantId = /([0-9a-f-]{36})/.exec(
      (await run('add-tenant', '--name', 'Legazpi City')).text,
    )![1]!;
    const added = await run('add-desk', '--tenant', tenantId, '--name', 'OFW help desk');
    const deskId = /Desk added: ([0-9a-f-]{36})/.exec(added.text)![1]!;
    const oldToken = /^tly1_\S+$/m.exec(added.text)![0];
    const row = async () => (await run('list-desks', '--tenant', tenantId)).text.split('\n')[1]!;

    expect(await row()).toMatch(/OFW help desk\s+Legazpi City\s+active\s+never$/);
    await new DeskClient(server.url, oldToken).pull(0);
    expect(await row()).toMatch(/active\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    expect((await run('revoke', '--desk', deskId)).code).toBe(0);
    expect(await row()).toMatch(/revoked \d{4}-/);
    const refused = await new DeskClient(server.url, oldToken).request<{ reason: string }>(
      'GET',
      '/v1/pull',
    );
    expect([refused.status, refused.body.reason]).toEqual([401, 'revoked']);

    const rotated = await run('rotate', '--desk', deskId);
    const newToken = /^tly1_\S+$/m.exec(rotated.text)![0];
    expect(newToken).not.toBe(oldToken);
    expect((await new DeskClient(server.url, newToken).request('GET', '/v1/pull')).status).toBe(
      200,
    );
    expect((await new DeskClient(server.url, oldToken).request('GET', '/v1/pull')).status).toBe(
      401,
    );
  });

  it('explains a command it does not know or a missing option', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    await expect(run('add-desk', '--name', 'x')).rejects.toThrow(/--tenant/);
  });
});

describe.runIf(testDatabaseKinds().includes('postgres'))('npm run catalogue -- <command>', () => {
  it(
    'runs a command against PostgreSQL from DATABASE_URL and exits 0',
    { timeout: 120_000 },
    async () => {
      const { appUrl, ownerUrl } = inject('postgres');
      const env = { DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl };
      const added = await runCommandProcess(
        ['add-tenant', '--name', 'Carmen de la Legua', '--country', 'PE'],
        env,
      );
      expect(added.code).toBe(0);
      const listed = await runCommandProcess(['list-tenants'], env);
      expect(listed.output).toMatch(/Carmen de la Legua\s+PE\s+0/);
    },
  );
});
