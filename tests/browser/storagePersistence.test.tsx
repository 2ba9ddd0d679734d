// Persistent storage is asked for once there is a desk (not on the set-up screen), and the
// answer is explained calmly in Settings → Storage instead of an alarm on the first screen.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import en from '../../locales/en/common.json';
import { createDatabase, openDatabase } from '../../renderer/db';
import { completeSetup } from '../../renderer/features/settings/settingsRepository';
import { LEGAZPI_DESK, setUpDesk } from './deskFixture';
import { renderApp } from './renderApp';
import { ensureAccount, signInOnScreen } from './signInFixture';

/** The browser's answers: `persisted()` stays false until `persist()` is granted. */
function fakeStorage() {
  const state = { agree: false, persisted: false };
  const persist = vi.spyOn(navigator.storage, 'persist').mockImplementation(() => {
    state.persisted = state.agree;
    return Promise.resolve(state.agree);
  });
  vi.spyOn(navigator.storage, 'persisted').mockImplementation(() =>
    Promise.resolve(state.persisted),
  );
  return { state, persist };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('keeping the data: when Tulay asks the browser', () => {
  it('does not ask, nor alarm, on the set-up screen; it asks once the desk is set up', async () => {
    const { persist } = fakeStorage();
    const { databaseName } = await renderApp();
    await screen.findByRole('heading', { name: en.setup.title });
    expect(persist).not.toHaveBeenCalled();

    // The set-up form saves through completeSetup; the open app sees the desk appear.
    const db = createDatabase(databaseName);
    await openDatabase(db);
    await completeSetup(db, LEGAZPI_DESK);
    db.close();
    await ensureAccount(databaseName);
    await signInOnScreen();
    await screen.findByTestId('header-desk', {}, { timeout: 5000 });
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(1));

    // The browser said no: no warning pops up; Settings → Storage explains it when asked.
    await expect(navigator.storage.persisted()).resolves.toBe(false);
    expect(document.body.textContent).not.toContain(en.storage.persistNotNow);
    expect(document.body.textContent).not.toContain(en.storage.notYetPersistent);
    expect(document.body.textContent).not.toMatch(/refused/i);
  });
});

describe('Settings → Storage', () => {
  async function openStorage() {
    const { databaseName } = await setUpDesk();
    await renderApp({ databaseName, path: '/settings' });
    return screen.findByTestId('storage-not-persistent', {}, { timeout: 5000 });
  }

  it('explains what "not protected yet" means and lets the officer ask again', async () => {
    const { persist } = fakeStorage();
    const panel = await openStorage();
    expect(within(panel).getByText(en.storage.notYetPersistent)).toBeTruthy();
    expect(within(panel).getByText(en.storage.persistHow)).toBeTruthy();
    // Asked when the app opened on a set-up desk; the browser's "not yet" is said here, calmly.
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    expect(await within(panel).findByText(en.storage.persistNotNow)).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: en.storage.askAgain }));
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(2));
    expect(within(panel).getByText(en.storage.persistNotNow)).toBeTruthy();
  });

  it('says the data is protected once the browser agrees', async () => {
    const { state } = fakeStorage();
    const panel = await openStorage();

    state.agree = true;
    await userEvent.click(within(panel).getByRole('button', { name: en.storage.askAgain }));
    expect(await screen.findByTestId('storage-persistent')).toHaveProperty(
      'textContent',
      en.storage.persistent,
    );
  });
});
