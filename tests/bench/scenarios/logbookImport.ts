// Importing a 10,000-row logbook (CSV bytes → columns and values read → people matched →
// cases written in one transaction), against the bulk write path alone writing the same
// number of people and cases in one transaction: the ratio is what reading and matching cost.
import { Dexie } from 'dexie';
import { caseSearchTokens, personSearchTokens } from '../../../domain/people/personTokens';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { createRecords } from '../../../renderer/db/createRecords';
import { importLogbook } from '../../../renderer/features/cases/logbook/logbookRepository';
import { readLogbookFile } from '../../../renderer/features/cases/logbook/readLogbookFile';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import {
  checkGuessed,
  ENGLISH,
  generateLogbook,
  logbookText,
  ofwPreset,
} from '../../unit/cases/logbook/logbookFixture';
import { BENCH_DESK } from '../dataset';
import { figure, ms } from '../metric';
import type { Scenario } from '../types';

const ROWS = 10_000;
const IMPORT = 'import';
const BULK = 'bulk write';

async function freshDesk(name: string) {
  await Dexie.delete(name);
  const db = createDatabase(name);
  await openDatabase(db);
  return { db, ctx: { db, actor: await completeSetup(db, BENCH_DESK) } };
}

async function importRun() {
  const book = generateLogbook(ROWS, ENGLISH, ['iso', 'dmy', 'named']);
  const data = new TextEncoder().encode(logbookText(book));
  const { db, ctx } = await freshDesk('tulay-bench-logbook');
  const start = performance.now();
  const file = await readLogbookFile(data);
  if (file.kind !== 'csv') throw new Error('logbook bench: the file was not read as CSV');
  const checked = checkGuessed(file.rows, '2026-11-01');
  const summary = await importLogbook(ctx, checked.rows, {
    preset: ofwPreset,
    referencePrefix: 'BLK',
  });
  const time = performance.now() - start;
  db.close();
  if (summary.casesCreated !== book.valid) throw new Error('logbook bench: rows were lost');
  return { rows: ROWS, records: summary.casesCreated + summary.peopleCreated, time };
}

async function bulkRun() {
  const { db, ctx } = await freshDesk('tulay-bench-logbook-bulk');
  const people = Array.from({ length: ROWS / 4 }, (_, i) => {
    const person = {
      id: `p${i}`,
      givenName: `Given${i}`,
      familyName: `Family${i}`,
      sex: 'unknown' as const,
    };
    return { ...person, searchTokens: personSearchTokens(person) };
  });
  const cases = Array.from({ length: ROWS }, (_, i) => {
    const reference = `BLK-2024-${String(i + 1).padStart(6, '0')}`;
    const person = people[i % people.length]!;
    return {
      reference,
      clientId: person.id,
      clientRole: 'ofwLandBased',
      categories: ['repatriation'],
      status: 'new',
      urgency: 'normal' as const,
      channel: 'walkIn' as const,
      description: `Case note ${i + 1}`,
      openedAt: '2024-05-23T01:00:00.000Z',
      ofwDetails: { destinationCountry: 'SA' },
      migrantDetails: {},
      searchTokens: caseSearchTokens(reference, [person]),
    };
  });
  const start = performance.now();
  await db.transaction('rw', [db.people, db.cases, db.audit, db.outbox], async () => {
    for (let i = 0; i < people.length; i += 2000)
      await createRecords(ctx, 'people', people.slice(i, i + 2000));
    for (let i = 0; i < cases.length; i += 2000)
      await createRecords(ctx, 'cases', cases.slice(i, i + 2000));
  });
  const time = performance.now() - start;
  db.close();
  return { rows: ROWS, records: people.length + cases.length, time };
}

export const logbookImport: Scenario = {
  id: 'logbook-import',
  title: 'Import of a 10,000-row logbook vs the bulk write alone',
  scalesWithCases: false,
  parts: [IMPORT, BULK],
  async run(_size, part) {
    const { rows, time } = await (part === BULK ? bulkRun() : importRun());
    return { metrics: { rate: figure((rows / time) * 1000, 'records/s'), time: ms(time) } };
  },
  combine(parts) {
    const value = (part: string, name: string) => {
      const metric = parts[part]?.metrics[name];
      if (!metric) throw new Error(`logbook import: the ${part} part has no ${name}`);
      return metric.value;
    };
    const importRate = value(IMPORT, 'rate');
    const bulkRate = value(BULK, 'rate');
    return {
      metrics: {
        [`${IMPORT} rows/s`]: figure(importRate, 'records/s'),
        [`${BULK} rows/s`]: figure(bulkRate, 'records/s'),
        ratio: figure(importRate / bulkRate, 'ratio'),
      },
      notes: [
        `${ROWS.toLocaleString('en')} rows; import ${(value(IMPORT, 'time') / 1000).toFixed(1)} s ` +
          `(read, check, match, write), bulk write ${(value(BULK, 'time') / 1000).toFixed(1)} s`,
      ],
    };
  },
};
