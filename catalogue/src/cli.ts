// `npm run catalogue -- <command>`: the administration commands. With no command, the server.
import { parseArgs } from 'node:util';
import { addDesk, addTenant, listDesks, listTenants, revokeDesk, rotateDesk } from './admin';
import type { Database } from './db/types';

export const USAGE = `Usage: npm run catalogue -- [command] [options]

  (no command)                         start the server
  add-tenant --name NAME [--country CC]  add a municipality; prints its id
  list-tenants                         list the municipalities
  add-desk --tenant ID --name NAME     add a desk; prints its token ONCE
  list-desks [--tenant ID]             list desks with when each was last seen
  revoke --desk ID                     revoke a desk's token
  rotate --desk ID                     give a desk a new token (the old one stops working)
  migrate                              apply the database migrations and exit

Environment: HOST, PORT, DATABASE_URL, DATABASE_OWNER_URL, CATALOGUE_DATA_DIR (see README).`;

export const COMMANDS = [
  'add-tenant',
  'list-tenants',
  'add-desk',
  'list-desks',
  'revoke',
  'rotate',
  'migrate',
  'help',
] as const;

const when = (date: Date | null) => (date ? date.toISOString().replace(/\.\d+Z$/, 'Z') : 'never');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Runs one command; returns the exit code. `out` receives what the person reads. */
export async function runCommand(
  db: Database,
  argv: readonly string[],
  out: (line: string) => void,
): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: [...rest],
    options: {
      name: { type: 'string' },
      country: { type: 'string' },
      tenant: { type: 'string' },
      desk: { type: 'string' },
    },
    strict: true,
  });
  const need = (name: keyof typeof values) => {
    const value = values[name];
    if (!value) throw new Error(`${command} needs --${name}\n\n${USAGE}`);
    return value;
  };
  switch (command) {
    case 'add-tenant': {
      const country = values.country?.toUpperCase() ?? null;
      if (country !== null && !/^[A-Z]{2}$/.test(country)) {
        throw new Error('--country is a two-letter ISO code, such as PH or ES');
      }
      const { tenantId } = await addTenant(db, need('name'), country);
      out(`Tenant added: ${tenantId}`);
      return 0;
    }
    case 'list-tenants': {
      const rows = await listTenants(db);
      out(
        table([
          ['TENANT', 'NAME', 'COUNTRY', 'DESKS'],
          ...rows.map((r) => [r.tenant_id, r.name, r.country ?? '', String(r.desks)]),
        ]),
      );
      return 0;
    }
    case 'add-desk': {
      const { deskId, token } = await addDesk(db, need('tenant'), need('name'));
      out(`Desk added: ${deskId}`);
      out(`Token (shown only now; enter it in the desk's Settings → Sync):`);
      out(token);
      return 0;
    }
    case 'list-desks': {
      const desks = await listDesks(db, values.tenant);
      out(
        table([
          ['DESK', 'NAME', 'MUNICIPALITY', 'STATUS', 'LAST SEEN'],
          ...desks.map((d) => [
            d.deskId,
            d.deskName,
            d.tenantName,
            d.revokedAt ? `revoked ${when(d.revokedAt)}` : 'active',
            when(d.lastSeenAt),
          ]),
        ]),
      );
      return 0;
    }
    case 'revoke': {
      const done = await revokeDesk(db, need('desk'));
      out(done ? 'Token revoked.' : 'No such desk, or its token is already revoked.');
      return done ? 0 : 1;
    }
    case 'rotate': {
      const rotated = await rotateDesk(db, need('desk'));
      if (!rotated) {
        out('No such desk.');
        return 1;
      }
      out(`New token (shown only now; the old one no longer works):`);
      out(rotated.token);
      return 0;
    }
    case 'migrate':
      out('Migrations applied.');
      return 0;
    default:
      out(USAGE);
      return command === 'help' ? 0 : 2;
  }
}
