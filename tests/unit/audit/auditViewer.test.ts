import { afterEach, describe, expect, it } from 'vitest';
import {
  auditFilterDetail,
  concernsRecords,
  countAuditFilters,
  matchesAuditFilter,
  NO_AUDIT_FILTER,
  periodRange,
  recordKey,
} from '../../../domain/audit/auditFilter';
import type { AuditEntry } from '../../../domain/records/internal';
import {
  createRecord,
  createRecords,
  recordAccess,
  recordPrint,
  type TulayDatabase,
} from '../../../renderer/db';
import { checkAuditChain } from '../../../renderer/db/auditChain';
import { recordBackupMade, recordRestore } from '../../../renderer/features/backup/backupSettings';
import {
  auditPage,
  personEntries,
  type AuditCursor,
} from '../../../renderer/features/audit/viewer/auditReads';
import { freshDatabase, writer } from '../db/testDatabase';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 'e1',
  at: '2026-12-05T10:00:00.000Z',
  actor: 'staff-1',
  action: 'update',
  table: 'people',
  recordId: 'p1',
  fields: ['phone'],
  ...over,
});

describe('the audit filter', () => {
  it('takes a period as whole local days: from midnight of the first to midnight after the last', () => {
    const { lower, upper } = periodRange('2026-12-01', '2026-12-05');
    expect(lower).toBe(new Date(2026, 11, 1).toISOString());
    expect(upper).toBe(new Date(2026, 11, 6).toISOString());
    const lastMinute = new Date(2026, 11, 5, 23, 59).toISOString();
    const nextDay = new Date(2026, 11, 6, 0, 0).toISOString();
    const filter = { ...NO_AUDIT_FILTER, from: '2026-12-01', to: '2026-12-05' };
    expect(matchesAuditFilter(entry({ at: lastMinute }), filter)).toBe(true);
    expect(matchesAuditFilter(entry({ at: nextDay }), filter)).toBe(false);
    expect(
      matchesAuditFilter(entry({ at: new Date(2026, 10, 30, 23, 59).toISOString() }), filter),
    ).toBe(false);
  });

  it('leaves an end open while its date is empty or half typed', () => {
    expect(periodRange('', '2026-1')).toEqual({ lower: '', upper: '\uffff' });
  });

  it('keeps only the staff member and the action chosen', () => {
    const filter = { ...NO_AUDIT_FILTER, staff: 'staff-2', action: 'print' as const };
    expect(matchesAuditFilter(entry({ actor: 'staff-2', action: 'print' }), filter)).toBe(true);
    expect(matchesAuditFilter(entry({ actor: 'staff-1', action: 'print' }), filter)).toBe(false);
    expect(matchesAuditFilter(entry({ actor: 'staff-2', action: 'view' }), filter)).toBe(false);
    expect(countAuditFilters(filter)).toBe(2);
  });

  it('finds a person in a bulk write, an export or a print that listed them, of the same table only', () => {
    const records = new Set([recordKey('people', 'p7')]);
    expect(concernsRecords(entry({ recordId: 'p7' }), records)).toBe(true);
    expect(concernsRecords(entry({ recordId: 'batch', recordIds: ['p1', 'p7'] }), records)).toBe(
      true,
    );
    expect(concernsRecords(entry({ table: 'cases', recordId: 'p7' }), records)).toBe(false);
    expect(concernsRecords(entry({ recordId: 'batch', recordIds: ['p1'] }), records)).toBe(false);
  });

  it('names an export by ids and days, never by a name', () => {
    expect(
      auditFilterDetail({ ...NO_AUDIT_FILTER, personId: 'p7', from: '2026-12-01', to: '2026-1' }),
    ).toEqual({ personId: 'p7', from: '2026-12-01' });
  });
});

describe('the audit viewer reads', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('pages newest first without losing or repeating entries that share a millisecond', async () => {
    db = await freshDatabase();
    const at = (n: number) =>
      new Date(Date.UTC(2026, 11, 5, 10, 0, Math.floor(n / 3))).toISOString();
    for (let n = 0; n < 20; n++) {
      await db.audit.add(entry({ id: `e${String(n).padStart(2, '0')}`, at: at(n) }));
    }
    const seen: string[] = [];
    let cursor: AuditCursor | null = null;
    do {
      const page = await auditPage(db, NO_AUDIT_FILTER, cursor, 4);
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.next;
    } while (cursor);
    expect(new Set(seen).size).toBe(20);
    const times = seen.map((id) => at(Number(id.slice(1))));
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('finds what concerns a person: their record, cases, consents and a bulk write listing them', async () => {
    db = await freshDatabase();
    const ctx = writer(db);
    const maria = await createRecord(ctx, 'people', { givenName: 'Maria', familyName: 'Santos' });
    const other = await createRecord(ctx, 'people', { givenName: 'Jun', familyName: 'Reyes' });
    const consent = await createRecord(ctx, 'consents', {
      personId: maria.id,
      purpose: 'caseHandling',
      legalBasis: 'consent',
      givenAt: '2026-12-05T10:00:00.000Z',
      takenBy: 'staff-1',
    });
    await recordAccess(ctx, 'view', 'people', other.id);
    const [imported] = await createRecords(ctx, 'people', [
      { givenName: 'Ana', familyName: 'Cruz' },
    ]);
    const found = await personEntries(db, imported!.id, NO_AUDIT_FILTER);
    expect(found.map((e) => e.recordIds?.includes(imported!.id))).toEqual([true]);
    const mine = await personEntries(db, maria.id, NO_AUDIT_FILTER);
    expect(mine.map((e) => e.recordId).sort()).toEqual([consent.id, maria.id].sort());
  });
});

describe('audited acts that change no record', () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('records prints, backups and restores in the chained trail', async () => {
    db = await freshDatabase();
    const ctx = writer(db, 'staff-9');
    await recordPrint(ctx, 'caseSummary', 'cases', 'case-1');
    await recordPrint(ctx, 'certificates', 'seminars', 'sem-1', ['att-1', 'att-2']);
    await recordBackupMade(ctx, { at: '2026-12-05T10:00:00.000Z', records: 12 });
    await recordRestore(ctx, {
      at: '2026-12-05T11:00:00.000Z',
      backupMadeAt: '2026-12-05T10:00:00.000Z',
      records: 12,
    });
    const trail = (await db.audit.toArray()).sort((a, b) => a.seq! - b.seq!);
    const acts = trail.filter((e) => ['print', 'backup', 'restore'].includes(e.action));
    expect(acts.map((e) => [e.action, e.printed ?? null, e.actor])).toEqual([
      ['print', 'caseSummary', 'staff-9'],
      ['print', 'certificates', 'staff-9'],
      ['backup', null, 'staff-9'],
      ['restore', null, 'staff-9'],
    ]);
    expect(acts[1]!.recordIds).toEqual(['att-1', 'att-2']);
    expect((await checkAuditChain(db)).breaks).toEqual([]);
  });
});
