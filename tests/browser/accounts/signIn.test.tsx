// Signing in at the desk: repeated wrong passphrases make the next try wait (and each is audited),
// and a desk left alone locks itself with nothing of the case left on the page.
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/accounts.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { writeLockMinutes } from '../../../renderer/features/accounts/lockSettings';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';
import { ensureAccount, TEST_PASSPHRASE } from '../signInFixture';

const SLOW = { timeout: 10_000 };
const passphraseField = () => document.querySelector<HTMLInputElement>('input[name="passphrase"]')!;

async function typePassphrase(text: string) {
  passphraseField().focus();
  await userEvent.keyboard(`${text}{Enter}`);
}

describe('sign-in', () => {
  it('makes the next try wait after three wrong passphrases, says how long, and audits each', async () => {
    const { databaseName, staffId } = await setUpDesk();
    await ensureAccount(databaseName);
    await renderApp({ databaseName, signIn: false });
    await screen.findByRole('heading', { name: en.signIn.title }, SLOW);
    await waitFor(() => expect(screen.getByRole('combobox')).toHaveProperty('value', 'Ana Santos'));

    await typePassphrase('mabuhay ang legazpi');
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toBe(en.signIn.wrong);
    await typePassphrase('Mabuhay ang Legaspi');
    await waitFor(() => expect(passphraseField().value).toBe(''));
    await typePassphrase('Mabuhay');
    const wait = await screen.findByText(
      /Too many wrong passphrases\. Try again in [1-5] seconds?\./,
      {},
      SLOW,
    );
    expect(wait).toBeTruthy();
    const submit = screen.getByRole('button', { name: en.signIn.submit });
    expect(submit).toHaveProperty('disabled', true);
    // Even the right passphrase is not tried while the wait lasts.
    await typePassphrase(TEST_PASSPHRASE);
    expect(screen.queryByTestId('header-desk')).toBeNull();

    const db = createDatabase(databaseName);
    await openDatabase(db);
    const audited = (await db.audit.toArray()).filter((a) => a.recordId === staffId);
    expect(audited.filter((a) => a.action === 'signInFailed')).toHaveLength(3);
    expect(audited.filter((a) => a.action === 'signIn')).toHaveLength(0);
    expect(await db.keyring.get(staffId)).toMatchObject({ failedAttempts: 3 });
    db.close();
  });

  it('signs in with the right passphrase, audited, and the header names who is signed in', async () => {
    const { databaseName, staffId } = await setUpDesk();
    await renderApp({ databaseName });
    expect((await screen.findByTestId('header-staff', {}, SLOW)).textContent).toContain(
      'Ana Santos',
    );
    const db = createDatabase(databaseName);
    await openDatabase(db);
    const actions = (await db.audit.toArray())
      .filter((a) => a.recordId === staffId)
      .map((a) => a.action);
    expect(actions).toContain('signIn');
    db.close();
  });
});

describe('lock', () => {
  it('locks a desk left alone: the case disappears from the page, and the lock is audited', async () => {
    const { databaseName, staffId } = await setUpDesk();
    const db = createDatabase(databaseName);
    await openDatabase(db);
    const ctx = { db, actor: staffId };
    const client = await createPerson(ctx, { givenName: 'Rosalinda', familyName: 'Macaraeg' });
    const saved = await createCase(
      ctx,
      { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
      {
        clientId: client.id,
        clientRole: 'ofwLandBased',
        ofwDetails: { destinationCountry: 'SA' },
        channel: 'phone',
        categories: ['contractViolation'],
        urgency: 'normal',
        description: 'Employer in Riyadh keeps her passport.',
        consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
      },
    );
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    await screen.findByText(/Employer in Riyadh keeps her passport\./, {}, SLOW);
    expect(document.body.textContent).toContain('Macaraeg');

    // An administrator shortens the idle time; the open screen follows it at once.
    await writeLockMinutes(ctx, 0.01);
    await screen.findByRole('heading', { name: en.signIn.lockedTitle }, SLOW);
    const page = document.body.textContent ?? '';
    expect(page).not.toContain('Macaraeg');
    expect(page).not.toContain('Riyadh');
    expect(page).not.toContain(saved.reference);
    expect(screen.queryByTestId('header-desk')).toBeNull();
    await waitFor(async () => {
      const locks = (await db.audit.toArray()).filter(
        (a) => a.action === 'lock' && a.recordId === staffId,
      );
      expect(locks).toHaveLength(1);
    });

    // The same person signs in again: an unlock, and the case is back where it was.
    await writeLockMinutes(ctx, 10);
    await typePassphrase(TEST_PASSPHRASE);
    await screen.findByText(/Employer in Riyadh keeps her passport\./, {}, SLOW);
    const unlocks = (await db.audit.toArray()).filter((a) => a.action === 'unlock');
    expect(unlocks).toHaveLength(1);
    db.close();
  });
});
