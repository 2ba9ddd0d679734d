import { afterEach, describe, expect, it } from 'vitest';
import { checkLogbook } from '../../../../domain/cases/logbook/checkLogbook';
import type { SourceRow } from '../../../../domain/seminars/registrationCsv';
import type { TulayDatabase } from '../../../../renderer/db';
import { importLogbook } from '../../../../renderer/features/cases/logbook/logbookRepository';
import { readLogbookFile } from '../../../../renderer/features/cases/logbook/readLogbookFile';
import { createPerson } from '../../../../renderer/features/people';
import { freshDatabase } from '../../db/testDatabase';
import { tickingWriter } from '../../seminars/seminarFixture';
import {
  ENGLISH,
  generateLogbook,
  guessedSettings,
  logbookText,
  ofwPreset,
  windows1252,
  type GeneratedLogbook,
} from './logbookFixture';

const FILIPINO = [
  'Blg.',
  'Petsa',
  'Pangalan ng OFW',
  'Selpon',
  'Bansa',
  'Uri ng Problema',
  'Katayuan',
  'Detalye',
];
const SPANISH = [
  'Referencia',
  'Fecha',
  'Nombre y apellidos',
  'Teléfono',
  'País',
  'Tipo de problema',
  'Estado',
  'Observaciones',
];
const TODAY = '2026-03-02';

async function importBytes(db: TulayDatabase, data: Uint8Array, sheet = 0) {
  const file = await readLogbookFile(data);
  const table =
    file.kind === 'csv' ? file.rows : file.kind === 'workbook' ? file.sheets[sheet]!.rows : [];
  const checked = checkLogbook(table, guessedSettings(table, TODAY));
  const summary = await importLogbook(tickingWriter(db), checked.rows, {
    preset: ofwPreset,
    referencePrefix: 'LGZ',
  });
  return { checked, summary };
}

async function expectImported(db: TulayDatabase, book: GeneratedLogbook, data: Uint8Array) {
  const { summary } = await importBytes(db, data);
  expect(summary.casesCreated).toBe(book.valid);
  expect(summary.peopleCreated).toBe(book.people);
  expect(summary.refused.map((r) => [r.line - 1, r.reasons[0]!.reason])).toEqual(
    [...book.bad].map(([row, reason]) => [row + 1, reason]),
  );
  expect(await db.cases.count()).toBe(book.valid);
  expect(await db.people.count()).toBe(book.people);
  return summary;
}

describe('importing a logbook', { timeout: 60_000 }, () => {
  let db: TulayDatabase;
  afterEach(() => db?.close());

  it('imports 2,400 English rows in three date styles, one person per OFW, and refuses the bad rows with their reason', async () => {
    db = await freshDatabase();
    const book = generateLogbook(2400, ENGLISH, ['iso', 'dmy', 'named']);
    await expectImported(db, book, new TextEncoder().encode(logbookText(book)));
    const first = await db.cases.where('reference').equals('LGZ-2024-000001').first();
    expect(first?.openedAt.slice(0, 10)).toBe('2024-01-01');
    expect(first?.description).toBe('Ref. 1 — Case note 1: Repat');
    expect(first?.categories).toEqual(['repatriation']);
    expect(first?.ofwDetails.destinationCountry).toBe('SA');
    // One audit entry per bulk write of 2,000 records at most, not one per record.
    expect(await db.audit.count()).toBeLessThanOrEqual(3);
  });

  it('refuses every row of the same file imported again as already imported, and writes nothing', async () => {
    db = await freshDatabase();
    const book = generateLogbook(2000, FILIPINO, ['dmy']);
    const data = new TextEncoder().encode(logbookText(book));
    await expectImported(db, book, data);
    const again = await importBytes(db, data);
    expect(again.summary.casesCreated).toBe(0);
    expect(again.summary.peopleCreated).toBe(0);
    const reasons = new Set(again.summary.refused.map((r) => r.reasons[0]!.reason));
    expect(reasons).toContain('problems.alreadyImported');
    expect(again.summary.refused).toHaveLength(2000);
    expect(await db.cases.count()).toBe(book.valid);
  });

  it('reads a Windows-1252 file with semicolons and Spanish headers, accents intact', async () => {
    db = await freshDatabase();
    const book = generateLogbook(2000, SPANISH, ['dmy', 'iso']);
    await expectImported(db, book, windows1252(logbookText(book, ';')));
    const names = (await db.people.toArray()).map((p) => p.givenName);
    expect(names).toContain('Peña');
    expect(names).toContain('Iñigo');
  });

  it('reads an XLSX workbook, the chosen sheet', async () => {
    db = await freshDatabase();
    const XLSX = await import('@e965/xlsx');
    const book = generateLogbook(2000, ENGLISH, ['iso', 'named']);
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Summary']]), 'Cover');
    XLSX.utils.book_append_sheet(
      workbook,
      XLSX.utils.aoa_to_sheet([book.header, ...book.rows]),
      'Logbook',
    );
    const data = new Uint8Array(
      XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const file = await readLogbookFile(data);
    expect(file.kind === 'workbook' && file.sheets.map((s) => s.name)).toEqual([
      'Cover',
      'Logbook',
    ]);
    const { summary } = await importBytes(db, data, 1);
    expect(summary.casesCreated).toBe(book.valid);
    expect(await db.people.count()).toBe(book.people);
  });

  it('matches a person already recorded instead of creating them again', async () => {
    db = await freshDatabase();
    const known = await createPerson(tickingWriter(db), {
      givenName: 'Maria',
      familyName: 'Dela Cruz',
    });
    const book = generateLogbook(200, ENGLISH, ['iso']);
    const { summary } = await importBytes(db, new TextEncoder().encode(logbookText(book)));
    expect(summary.peopleMatched).toBe(1);
    expect(summary.peopleCreated).toBe(book.people - 1);
    expect(await db.cases.where('clientId').equals(known.id).count()).toBeGreaterThan(0);
  });

  /** Imports 3,000 rows, calling `cancel` with the abort after each chunk's progress. */
  async function cancelledImport(cancel: (abort: () => void, chunks: number) => void) {
    db = await freshDatabase();
    const book = generateLogbook(3000, ENGLISH, ['iso']);
    const table = (await readLogbookFile(new TextEncoder().encode(logbookText(book)))) as {
      rows: SourceRow[];
    };
    const checked = checkLogbook(table.rows, guessedSettings(table.rows, TODAY));
    const controller = new AbortController();
    const progress: number[] = [];
    const run = importLogbook(tickingWriter(db), checked.rows, {
      preset: ofwPreset,
      referencePrefix: 'LGZ',
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        cancel(() => controller.abort(), progress.length);
      },
    });
    await expect(run).rejects.toThrow('cancelled');
    expect(await db.people.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    return { book, progress };
  }

  it('leaves the database as it was when the import is cancelled half-way', async () => {
    const { progress } = await cancelledImport((abort) => abort());
    expect(progress).toHaveLength(1);
  });

  it('stops in the middle of a chunk when cancelled, not at its end', async () => {
    // The officer presses Cancel while the next chunk (2,000 cases) is being written.
    const { book, progress } = await cancelledImport((abort, chunks) => {
      if (chunks === 1) setTimeout(abort, 0);
    });
    // The people were written, then no chunk of cases ended: the cancel did not wait for it.
    expect(progress).toEqual([book.people]);
  });

  it('previews (dry run) exactly what the import then does, and writes nothing', async () => {
    db = await freshDatabase();
    await createPerson(tickingWriter(db), { givenName: 'Maria', familyName: 'Dela Cruz' });
    const book = generateLogbook(400, ENGLISH, ['iso', 'dmy']);
    const rows = (
      (await readLogbookFile(new TextEncoder().encode(logbookText(book)))) as { rows: SourceRow[] }
    ).rows;
    const checked = checkLogbook(rows, guessedSettings(rows, TODAY));
    const options = { preset: ofwPreset, referencePrefix: 'LGZ' };
    const before = { people: await db.people.count(), audit: await db.audit.count() };
    const preview = await importLogbook(tickingWriter(db), checked.rows, {
      ...options,
      dryRun: true,
    });
    expect(await db.cases.count()).toBe(0);
    expect({ people: await db.people.count(), audit: await db.audit.count() }).toEqual(before);
    expect(preview.peopleMatched).toBe(1);
    const summary = await importLogbook(tickingWriter(db), checked.rows, options);
    expect(summary).toEqual(preview);
    expect(await db.cases.count()).toBe(summary.casesCreated);
  });
});
