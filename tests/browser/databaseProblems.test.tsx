// A database that cannot open gets a screen that says what to do: never a blank page, never a
// silent reset. Real IndexedDB in Chromium.
import { screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import { LATEST_SCHEMA_VERSION } from '../../renderer/db';
import { SCHEMA_VERSIONS } from '../../renderer/db/schema';
import { renderApp } from './renderApp';

describe('database problems', () => {
  it('refuses data written by a newer Tulay, says so, and leaves it untouched', async () => {
    const databaseName = `tulay-future-${Date.now()}`;
    const future = new Dexie(databaseName);
    future.version(LATEST_SCHEMA_VERSION + 1).stores({ people: 'id', newThing: 'id' });
    await future.open();
    await future.table('people').put({ id: 'p1', givenName: 'Kept' });
    future.close();

    // No desk is set up on either database: nobody to sign in.
    await renderApp({ databaseName, signIn: false });
    expect(await screen.findByText(common.database.newerVersionTitle)).toBeTruthy();
    expect(screen.getByText(common.database.newerVersionBody)).toBeTruthy();

    const check = new Dexie(databaseName);
    await check.open();
    expect(check.verno).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(await check.table('people').get('p1')).toEqual({ id: 'p1', givenName: 'Kept' });
    check.close();
  });

  it('asks to close the other window while an older Tulay blocks the upgrade, then carries on', async () => {
    const databaseName = `tulay-blocked-${Date.now()}`;
    const older = new Dexie(databaseName);
    older.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    // An older Tulay in another tab that does not let go when asked.
    older.on('versionchange', () => false);
    await older.open();

    // No desk is set up on either database: nobody to sign in.
    await renderApp({ databaseName, signIn: false });
    expect(await screen.findByText(common.database.blockedTitle)).toBeTruthy();

    older.close();
    expect(
      await screen.findByRole('heading', { name: common.setup.title }, { timeout: 5000 }),
    ).toBeTruthy();
  });
});
