// A desk set up before staff accounts existed: at the next start its staff member (the
// administrator) chooses a passphrase once, keeps the recovery key, and is signed in.
import { screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/accounts.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const SLOW = { timeout: 15_000 };
const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('a desk set up before accounts', () => {
  it('asks its administrator for a passphrase once, shows the recovery key, and opens', async () => {
    const { databaseName, staffId } = await setUpDesk();
    await renderApp({ databaseName, signIn: false });
    await screen.findByRole('heading', { name: en.firstPassphrase.title }, SLOW);
    expect(screen.getByText(/Choose the passphrase of Ana Santos/)).toBeTruthy();
    input('newPassphrase').focus();
    await userEvent.keyboard('Mabuhay ang Legazpi');
    input('repeatPassphrase').focus();
    await userEvent.keyboard('Mabuhay ang Legazpi{Enter}');
    await screen.findByRole('heading', { name: en.recovery.title }, SLOW);
    screen.getByRole('checkbox').focus();
    await userEvent.keyboard(' {Enter}');
    expect((await screen.findByTestId('header-staff', {}, SLOW)).textContent).toContain(
      'Ana Santos',
    );

    const db = createDatabase(databaseName);
    await openDatabase(db);
    expect((await db.keyring.toCollection().primaryKeys()).sort()).toEqual(
      [staffId, 'recovery'].sort(),
    );
    expect((await db.audit.toArray()).some((a) => a.action === 'passphraseChange')).toBe(true);
    db.close();
  });
});
