// Which databases the catalogue suite runs on: both unless CATALOGUE_TEST_DATABASES names one.
export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKinds(): TestDatabaseKind[] {
  const raw = process.env.CATALOGUE_TEST_DATABASES ?? 'pglite,postgres';
  const kinds = raw.split(',').map((k) => k.trim());
  for (const kind of kinds) {
    if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`Unknown database ${kind}`);
  }
  return kinds as TestDatabaseKind[];
}
