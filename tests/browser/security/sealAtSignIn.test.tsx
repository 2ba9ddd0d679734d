// A desk whose records were saved before encryption at rest: the first sign-in seals them all
// (docs/encryption.md, "Migration"), and the people are listed and found as before.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createDatabase, openDatabase, SEALED_MARKER_ID } from '../../../renderer/db';
import { deskWithCases } from '../cases/caseListFixture';
import { renderApp } from '../renderApp';

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
  return JSON.stringify({ rows, marker: Boolean(marker) });
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
});
