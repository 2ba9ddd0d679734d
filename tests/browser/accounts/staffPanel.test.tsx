// Settings → Staff: an administrator adds a clerk (their own passphrase wraps the desk key for
// the new account), the clerk signs in after a switch, and a clerk's Settings has no staff, sync
// or backup sections at all.
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/accounts.json';
import sync from '../../../locales/en/sync.json';
import backup from '../../../locales/en/backup.json';
import audit from '../../../locales/en/audit.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';
import { TEST_PASSPHRASE } from '../signInFixture';

const SLOW = { timeout: 15_000 };
const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

async function typeInto(name: string, text: string) {
  input(name).focus();
  await userEvent.keyboard(text);
}

describe('Settings → Staff', () => {
  it('adds a clerk who then signs in and sees no staff, sync or backup settings', async () => {
    const { databaseName, staffId } = await setUpDesk();
    await renderApp({ databaseName, path: '/settings' });
    const panel = (await screen.findByRole('heading', { name: en.staff.title }, SLOW)).closest(
      'section',
    )!;
    // The sync panel shows once its stored settings are read, maybe after the staff panel.
    expect(await screen.findByRole('heading', { name: sync.title }, SLOW)).toBeTruthy();
    expect(screen.getByRole('heading', { name: backup.panel.title })).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: en.staff.add }));
    await screen.findByRole('dialog', { name: en.staff.addTitle });
    await typeInto('staffMemberName', 'Jun Reyes');
    const role = screen.getByRole('combobox', { name: en.staff.role });
    await userEvent.clear(role);
    await userEvent.type(role, 'Clerk{Enter}');
    expect(role).toHaveProperty('value', 'Clerk');
    await typeInto('newPassphrase', 'Salamat po Legazpi');
    await typeInto('repeatPassphrase', 'Salamat po Legazpi');
    // A wrong passphrase of the administrator adds no one.
    await typeInto('adminPassphrase', 'not mine at all{Enter}');
    await screen.findByText(en.errors.wrongAdminPassphrase, {}, SLOW);
    input('adminPassphrase').select();
    await userEvent.keyboard(`${TEST_PASSPHRASE}{Enter}`);
    await screen.findByText('Jun Reyes can now sign in.', {}, SLOW);
    await waitFor(() =>
      expect(
        within(panel)
          .getAllByTestId('staff-row')
          .map((row) => row.textContent),
      ).toEqual([
        expect.stringContaining('Ana Santos (you)'),
        expect.stringContaining('Jun Reyes'),
      ]),
    );

    const db = createDatabase(databaseName);
    await openDatabase(db);
    const clerk = (await db.staff.toArray()).find((s) => s.displayName === 'Jun Reyes')!;
    expect(clerk.role).toBe('clerk');
    const audited = (await db.audit.toArray()).filter((a) => a.recordId === clerk.id);
    expect(audited.map((a) => [a.action, a.actor])).toEqual(
      expect.arrayContaining([
        ['create', staffId],
        ['passphraseChange', staffId],
      ]),
    );
    db.close();

    // Switch: lock, choose the clerk, their own passphrase.
    await userEvent.keyboard('{Control>}l{/Control}');
    await screen.findByRole('heading', { name: en.signIn.lockedTitle }, SLOW);
    const staff = screen.getByRole('combobox', { name: en.signIn.staff });
    await userEvent.clear(staff);
    await userEvent.type(staff, 'Jun{Enter}');
    await typeInto('passphrase', 'Salamat po Legazpi{Enter}');
    await waitFor(
      () => expect(screen.getByTestId('header-staff').textContent).toContain('Jun Reyes'),
      SLOW,
    );
    await screen.findByRole('heading', { name: 'Settings' }, SLOW);
    expect(screen.queryByRole('heading', { name: en.staff.title })).toBeNull();
    expect(screen.queryByRole('heading', { name: sync.title })).toBeNull();
    expect(screen.queryByRole('heading', { name: backup.panel.title })).toBeNull();
    expect(screen.queryByRole('heading', { name: audit.chain.title })).toBeNull();
    // The audit trail's address leads a clerk back to Settings.
    window.location.hash = '#/settings/audit';
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    expect(screen.queryByRole('heading', { name: audit.viewer.title })).toBeNull();
  });
});
