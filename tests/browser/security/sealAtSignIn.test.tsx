// A desk whose records were saved before encryption at rest: the first sign-in seals them all
// (docs/encryption.md, "Migration"), and the people are listed and found as before.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { unwrapWithPassphrase } from '../../../domain/security/deskKeys';
import type { StaffKeyEntry } from '../../../domain/records/keyring';
import { createDatabase, openDatabase, SEALED_MARKER_ID } from '../../../renderer/db';
import {
  downgradeBlindIndex,
  isOldBlindKey,
  type OldBlindIndex,
} from '../../fixtures/blindIndexOld';
import { isCurrentBlindForm } from '../../../renderer/db/fieldCipher';
import { deskWithCases } from '../cases/caseListFixture';
import { renderApp } from '../renderApp';
import { TEST_PASSPHRASE } from '../signInFixture';

async function storedPeople(databaseName: string): Promise<string> {
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const store = db.backendDB().transaction('people', 'readonly').objectStore('people');
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const req = store.getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
  const marker = await db.syncState.get(SEALED_MARKER_ID);
  db.close();
  return JSON.stringify({ rows, marker: Boolean(marker), format: marker?.cursor });
}

/** The stored search keys of the people. */
const storedKeys = (stored: string) =>
  (JSON.parse(stored) as { rows: { searchTokens: string[] }[] }).rows.flatMap(
    (row) => row.searchTokens,
  );

/** Turns the sealed desk into one an older version of the blind index left (tests/fixtures). */
async function downgrade(databaseName: string, version: OldBlindIndex) {
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const staffId = (await db.settings.get({ key: 'currentStaffId' }))?.value as string;
  const row = (await db.keyring.get(staffId)) as StaffKeyEntry;
  const { fieldKeys } = await unwrapWithPassphrase(row.wrap, TEST_PASSPHRASE);
  await downgradeBlindIndex(db, fieldKeys, version);
  db.close();
}

describe('records saved before encryption at rest', () => {
  it('are sealed at the first sign-in, kept, and still found by name', async () => {
    const { databaseName } = await deskWithCases();
    expect(await storedPeople(databaseName)).toContain('Dela Cruz');
    await renderApp({ databaseName, path: '/people' });
    await waitFor(() => expect(screen.getByTestId('people-count').textContent).toBe('3 people'), {
      timeout: 10_000,
    });
    const stored = await storedPeople(databaseName);
    expect(stored).not.toContain('Dela Cruz');
    expect(stored).not.toContain('Santos');
    expect(stored).toContain('"marker":true');
    await userEvent.keyboard('/');
    await userEvent.keyboard('santos');
    await waitFor(() =>
      expect(screen.getByTestId('people-count').textContent).toBe('1 matching person'),
    );
  });

  it.each([1, 2, 3, 4] as const)(
    'sealed with the blind index version %i, are re-blinded at the next sign-in and found',
    async (version) => {
      const { databaseName } = await deskWithCases();
      const first = await renderApp({ databaseName, path: '/people' });
      await waitFor(() => expect(screen.getByTestId('people-count').textContent).toBe('3 people'), {
        timeout: 10_000,
      });
      first.unmount();
      await downgrade(databaseName, version);
      const old = await storedPeople(databaseName);
      expect(storedKeys(old).every((key) => isOldBlindKey(version, key))).toBe(true);
      expect(old).toContain(`"format":${version}`);

      await renderApp({ databaseName, path: '/people' });
      await waitFor(() => expect(screen.getByTestId('people-count').textContent).toBe('3 people'), {
        timeout: 10_000,
      });
      const stored = await storedPeople(databaseName);
      const rows = (JSON.parse(stored) as { rows: { searchTokens: string[] }[] }).rows;
      expect(rows.every((row) => isCurrentBlindForm(row.searchTokens))).toBe(true);
      expect(stored).toContain('"format":5');
      expect(stored).not.toContain('Santos');
      await userEvent.keyboard('/');
      await userEvent.keyboard('santos');
      await waitFor(() =>
        expect(screen.getByTestId('people-count').textContent).toBe('1 matching person'),
      );
    },
  );
});
