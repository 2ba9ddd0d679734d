// Settings → Backup on real IndexedDB, through the screens: back up a desk with names in
// Spanish and Arabic, restore the file into an empty database of another name and compare
// every table record by record; restore over data (asks, saves a copy first); a bad file.
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDatabase,
  lockDatabase,
  openDatabase,
  unlockDatabase,
  type TulayDatabase,
} from '../../../renderer/db';
import { signIn } from '../../../renderer/features/accounts/accountRepository';
import { backupDatabase, restoreBackup } from '../../../renderer/features/backup';
import { createPerson } from '../../../renderer/features/people';
import { loadSampleData } from '../../../renderer/features/settings/sampleData';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { platform, SaveFailedError } from '../../../renderer/platform';
import { LEGAZPI_DESK } from '../deskFixture';
import { renderApp } from '../renderApp';
import { ensureAccount, signInOnScreen, TEST_PASSPHRASE } from '../signInFixture';

let counter = 0;
const freshName = () => `tulay-browser-backup-${Date.now()}-${counter++}`;
const passphrase = 'Mabuhay ang Legazpi 2026';

const opened: TulayDatabase[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
});

async function database(name = freshName()) {
  const db = createDatabase(name);
  await openDatabase(db);
  opened.push(db);
  return { db, databaseName: name };
}

async function filledDesk() {
  const { db, databaseName } = await database();
  const staffId = await completeSetup(db, LEGAZPI_DESK);
  const ctx = { db, actor: staffId };
  await createPerson(ctx, { givenName: 'Begoña', familyName: 'Muñoz Ibáñez' });
  await createPerson(ctx, { givenName: 'محمد', familyName: 'العبدالله' });
  await loadSampleData(ctx, LEGAZPI_DESK, { cases: 40, seed: 11, chunkCases: 20 });
  return { db, databaseName, staffId };
}

async function snapshot(db: TulayDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.orderBy(':id').toArray();
  return tables;
}

async function openSettings(databaseName: string) {
  await renderApp({ databaseName });
  await screen.findByTestId('header-desk', {}, { timeout: 5000 });
  window.location.hash = '#/settings';
  return screen.findByRole('region', { name: 'Backup' }, { timeout: 5000 });
}

/** What a maker handed to `saveStream`'s write, as the file it makes. */
async function made(make: Parameters<typeof platform.saveStream>[2]) {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  await make((piece) => {
    pieces.push(piece);
    return Promise.resolve();
  });
  return new Blob(pieces);
}

async function backUpThroughScreen(panel: HTMLElement) {
  let saved: Blob | null = null;
  const save = vi.spyOn(platform, 'saveStream').mockImplementation(async (name, _filters, make) => {
    saved = await made(make);
    return name;
  });
  await userEvent.click(within(panel).getByRole('button', { name: 'Back up now' }));
  const dialog = await screen.findByRole('dialog', { name: 'Back up now' });
  await userEvent.fill(within(dialog).getByLabelText(/^Passphrase\s*\*?$/), passphrase);
  await userEvent.fill(within(dialog).getByLabelText(/^Passphrase again/), passphrase);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Back up' }));
  const done = await within(dialog).findByTestId('backup-done', {}, { timeout: 15_000 });
  expect(save).toHaveBeenCalledTimes(1);
  expect(save.mock.calls[0]![0]).toMatch(/^tulay-backup-\d{4}-\d\d-\d\d-\d{4}\.tulaybackup$/);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
  save.mockRestore();
  return { file: saved!, done: done.textContent };
}

describe('Settings → Backup', () => {
  it('backs up a desk, and the file restores every table record by record into an empty database', async () => {
    const { db, databaseName } = await filledDesk();
    const panel = await openSettings(databaseName);
    expect((await within(panel).findByTestId('backup-due')).textContent).toMatch(
      /never been backed up/,
    );
    expect(within(panel).getByTestId('backup-last').textContent).toBe('No backup yet.');

    const { file, done } = await backUpThroughScreen(panel);
    expect(done).toMatch(/^Backup saved: tulay-backup-.*\. Records: [\d,]+\.$/);
    await waitFor(() => expect(within(panel).queryByTestId('backup-due')).toBeNull());
    expect(within(panel).getByTestId('backup-last').textContent).toMatch(/^Last backup: /);
    const text = new TextDecoder().decode(await file.arrayBuffer());
    expect(text).not.toContain('Begoña');

    // What the desk held when the file was made: everything but the note of this backup.
    const source = await snapshot(db);
    const { db: empty } = await database();
    await restoreBackup(empty, file, passphrase);
    const restored = await snapshot(empty);
    const lastBackup = (r: unknown) => (r as { key?: string }).key === 'lastBackup';
    // The audit chain's head (syncState) follows the audit: the backup's note moved it on too.
    const chainHead = (r: unknown) => (r as { id?: string }).id === 'auditChain';
    for (const name of Object.keys(source)) {
      const expected =
        name === 'settings'
          ? source[name]!.filter((r) => !lastBackup(r))
          : name === 'syncState'
            ? source[name]!.filter((r) => !chainHead(r))
            : source[name];
      if (name === 'audit' || name === 'outbox') continue;
      const got =
        name === 'syncState' ? restored[name]!.filter((r) => !chainHead(r)) : restored[name];
      expect(got, name).toEqual(expected);
    }
    // After the file: the backup's own audit entry, and the note of it (an entry and a change).
    expect(restored['audit']).toEqual(source['audit']!.slice(0, restored['audit']!.length));
    const after = source['audit']!.slice(restored['audit']!.length) as { action: string }[];
    expect(after.map((e) => e.action)).toEqual(['backup', 'create']);
    expect(restored['people']!.some((p) => (p as { givenName: string }).givenName === 'محمد')).toBe(
      true,
    );
  });

  it('asks before restoring over data, saves a copy of it first, and shows the restored people', async () => {
    const { db, databaseName, staffId } = await filledDesk();
    const panel = await openSettings(databaseName);
    const { file } = await backUpThroughScreen(panel);
    await createPerson({ db, actor: staffId }, { givenName: 'Zacarías', familyName: 'Añadido' });

    vi.spyOn(platform, 'openBlob').mockResolvedValue({ name: 'copy.tulaybackup', blob: file });
    let copy: Blob | null = null;
    let peopleWhenCopied = 0;
    const save = vi.spyOn(platform, 'saveStream').mockImplementation(async (name, _f, make) => {
      peopleWhenCopied = await db.people.count();
      copy = await made(make);
      return name;
    });
    const peopleBefore = await db.people.count();
    await userEvent.click(within(panel).getByRole('button', { name: 'Restore from a backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from a backup' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Choose the backup file' }));
    expect(within(dialog).getByTestId('restore-file-name').textContent).toBe('copy.tulaybackup');
    await userEvent.fill(within(dialog).getByLabelText(/Passphrase of the backup/), passphrase);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect((await within(dialog).findByTestId('restore-confirm')).textContent).toMatch(
      /A copy of the current data is saved first/,
    );
    expect(save).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace the data' }));

    await within(dialog).findByTestId('restore-done', {}, { timeout: 20_000 });
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatch(/^tulay-replaced-.*\.tulaybackup$/);
    expect(peopleWhenCopied).toBe(peopleBefore);
    expect(await db.people.count()).toBe(peopleBefore - 1);
    expect(await db.people.filter((p) => p.givenName === 'Zacarías').count()).toBe(0);

    // The copy gives back the data the restore replaced.
    const { db: back } = await database();
    await restoreBackup(back, copy!, passphrase);
    expect(await back.people.filter((p) => p.givenName === 'Zacarías').count()).toBe(1);

    // The people list and its search show the restored desk.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    window.location.hash = '#/people';
    const search = await screen.findByRole('searchbox', {}, { timeout: 5000 });
    await userEvent.fill(search, 'Zacarías');
    await userEvent.fill(search, 'Begoña');
    expect(await screen.findByText(/Muñoz Ibáñez/, {}, { timeout: 5000 })).toBeTruthy();
    await userEvent.fill(search, 'Zacarías');
    await waitFor(() => expect(screen.queryByText(/Añadido/)).toBeNull());
  });

  it('changes nothing for a truncated file or a wrong passphrase, and says so', async () => {
    const { db, databaseName } = await filledDesk();
    const panel = await openSettings(databaseName);
    const { file } = await backUpThroughScreen(panel);
    const before = await snapshot(db);
    const save = vi.spyOn(platform, 'saveStream');
    const open = vi.spyOn(platform, 'openBlob');

    await userEvent.click(within(panel).getByRole('button', { name: 'Restore from a backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from a backup' });
    open.mockResolvedValue({ name: 'cut.tulaybackup', blob: file.slice(0, file.size - 100) });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Choose the backup file' }));
    await userEvent.fill(within(dialog).getByLabelText(/Passphrase of the backup/), passphrase);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Replace the data' }));
    expect(
      (await within(dialog).findByTestId('backup-failed', {}, { timeout: 15_000 })).textContent,
    ).toMatch(/incomplete.*Nothing was changed/);

    open.mockResolvedValue({ name: 'ok.tulaybackup', blob: file });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Choose the backup file' }));
    await userEvent.fill(within(dialog).getByLabelText(/Passphrase of the backup/), 'not the one');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Replace the data' }));
    await waitFor(
      () =>
        expect(within(dialog).getByTestId('backup-failed').textContent).toMatch(
          /passphrase does not open the backup/,
        ),
      { timeout: 15_000 },
    );
    expect(save).not.toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });

  it('says in words why the desktop could not write the backup, and notes no backup', async () => {
    const { databaseName } = await filledDesk();
    const panel = await openSettings(databaseName);
    let pieces = 0;
    vi.spyOn(platform, 'saveStream').mockImplementation(async (_name, _filters, make) => {
      // The disk is full at the first piece: the maker stops there.
      await make(() => {
        pieces += 1;
        return Promise.reject(new SaveFailedError('diskFull'));
      });
      return 'never';
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'Back up now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Back up now' });
    await userEvent.fill(within(dialog).getByLabelText(/^Passphrase\s*\*?$/), passphrase);
    await userEvent.fill(within(dialog).getByLabelText(/^Passphrase again/), passphrase);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back up' }));
    expect(
      (await within(dialog).findByTestId('backup-failed', {}, { timeout: 15_000 })).textContent,
    ).toMatch(/^The file was not saved: the disk is full\./);
    expect(pieces).toBe(1);
    expect(within(panel).getByTestId('backup-last').textContent).toBe('No backup yet.');
  });

  it("restores another desk's backup (a new PC after the old one died): back to sign-in, and that desk's passphrase opens its people", async () => {
    // The old desk: its own desk secret, its person sealed with its keys, its backup.
    const { db: oldDesk, databaseName: oldName } = await database();
    const oldStaff = await completeSetup(oldDesk, LEGAZPI_DESK);
    await ensureAccount(oldName);
    unlockDatabase(oldDesk, (await signIn(oldDesk, oldStaff, TEST_PASSPHRASE)).fieldKeys);
    await createPerson(
      { db: oldDesk, actor: oldStaff },
      { givenName: 'Zephyrine', familyName: 'Quillfeather' },
    );
    const file = await backupDatabase(oldDesk, passphrase);
    lockDatabase(oldDesk);

    // The new desk: set up afresh (another secret), signed in, with a record of its own.
    const { db, databaseName, staffId } = await (async () => {
      const made = await database();
      const id = await completeSetup(made.db, LEGAZPI_DESK);
      await createPerson({ db: made.db, actor: id }, { givenName: 'Nuevo', familyName: 'Equipo' });
      return { ...made, staffId: id };
    })();
    expect(staffId).not.toBe(oldStaff);
    const panel = await openSettings(databaseName);
    vi.spyOn(platform, 'openBlob').mockResolvedValue({ name: 'old.tulaybackup', blob: file });
    vi.spyOn(platform, 'saveStream').mockImplementation(async (name, _f, make) => {
      await made(make);
      return name;
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'Restore from a backup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from a backup' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Choose the backup file' }));
    await userEvent.fill(within(dialog).getByLabelText(/Passphrase of the backup/), passphrase);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await within(dialog).findByTestId('restore-confirm');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace the data' }));

    // The records are sealed with the old desk's keys now: the desk locks and says why.
    expect(
      (
        await screen.findByText(
          /Sign in with the passphrase you had on the desk it was made on/,
          {},
          { timeout: 20_000 },
        )
      ).textContent,
    ).toMatch(/recovery key/);
    await signInOnScreen(TEST_PASSPHRASE);
    window.location.hash = '#/people';
    const search = await screen.findByRole('searchbox', {}, { timeout: 5000 });
    await userEvent.fill(search, 'quillf');
    expect(await screen.findByText(/Quillfeather/, {}, { timeout: 5000 })).toBeTruthy();
    expect(await db.people.filter((p) => p.givenName === 'Nuevo').count()).toBe(0);
  });
});
