// The audit viewer as a supervisor uses it, on real IndexedDB: the trail newest first with names
// and field labels but never a sensitive value, narrowed by action, staff member and person, and
// exported to CSV (an export that joins the trail); a print view's print joins it too.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import audit from '../../../locales/en/audit.json';
import common from '../../../locales/en/common.json';
import {
  createDatabase,
  createRecord,
  openDatabase,
  recordAccess,
  updateRecord,
  type TulayDatabase,
} from '../../../renderer/db';
import { createPerson } from '../../../renderer/features/people';
import { platform } from '../../../renderer/platform';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const SECRET = 'Undocumented since March, hiding from employer';
const opened: TulayDatabase[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
});

async function deskWithTrail() {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  opened.push(db);
  const ctx = { db, actor: staffId };
  const supervisor = await createRecord(ctx, 'staff', {
    displayName: 'Rosa Supervisor',
    role: 'supervisor',
    active: true,
  });
  const maria = await createPerson(ctx, {
    givenName: 'Maria',
    familyName: 'Dela Cruz',
    birthDate: '1988-04-17',
    idNumbers: 'PH-ID-998877',
  });
  const jun = await createPerson(ctx, { givenName: 'Jun', familyName: 'Reyes' });
  await updateRecord(ctx, 'people', maria.id, { notes: SECRET });
  await recordAccess({ db, actor: supervisor.id }, 'view', 'people', jun.id);
  return { databaseName, db, maria, jun };
}

const rows = () => screen.getAllByTestId('audit-entry');
const pick = async (testId: string, typed: string, option: string) => {
  const input = screen.getByTestId(testId);
  await userEvent.click(input);
  await userEvent.type(input, typed);
  await userEvent.click(await screen.findByRole('option', { name: option }));
};

describe('the audit viewer', () => {
  it('lists the trail newest first with field labels, and no sensitive value in the page', async () => {
    const { databaseName } = await deskWithTrail();
    await renderApp({ databaseName, path: '/settings' });
    await userEvent.click(await screen.findByRole('link', { name: audit.viewer.open }));
    await screen.findByTestId('audit-entries', {}, { timeout: 5000 });
    const times = rows().map((r) => r.querySelector('time')!.getAttribute('datetime')!);
    expect(times).toEqual([...times].sort().reverse());
    expect(rows().some((r) => r.getAttribute('data-action') === 'view')).toBe(true);
    const update = rows().find((r) => r.getAttribute('data-action') === 'update')!;
    expect(update.textContent).toContain('Person: Maria Dela Cruz');
    expect(update.textContent).toContain(audit.fields.notes);
    expect(within(update).getByRole('link').getAttribute('href')).toMatch(/#\/people\//);
    const page = document.body.textContent ?? '';
    for (const value of [SECRET, '1988-04-17', 'PH-ID-998877']) expect(page).not.toContain(value);
  });

  it('narrows the list by action, staff member and person', async () => {
    const { databaseName } = await deskWithTrail();
    await renderApp({ databaseName, path: '/settings/audit' });
    await screen.findByTestId('audit-entries', {}, { timeout: 5000 });
    const all = rows().length;

    await pick('audit-filter-action', 'view', audit.actions.view);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.textContent).toContain('Rosa Supervisor');
    expect(rows()[0]!.textContent).toContain('Jun Reyes');

    await userEvent.click(screen.getByRole('button', { name: audit.viewer.filters.clear }));
    await waitFor(() => expect(rows()).toHaveLength(all));
    await pick('audit-filter-staff', 'Rosa', 'Rosa Supervisor');
    await waitFor(() => expect(rows()).toHaveLength(1));

    await userEvent.click(screen.getByRole('button', { name: audit.viewer.filters.clear }));
    await pick('audit-filter-person', 'Maria', 'Maria Dela Cruz');
    await waitFor(
      () => expect(rows().map((r) => r.getAttribute('data-action'))).toEqual(['update', 'create']),
      { timeout: 3000 },
    );
    expect(rows().every((r) => r.textContent?.includes('Maria Dela Cruz'))).toBe(true);
  });

  it('exports the filtered list as CSV, and the export joins the trail', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('audit.csv');
    const { databaseName, db } = await deskWithTrail();
    await renderApp({ databaseName, path: '/settings/audit' });
    await screen.findByTestId('audit-entries', {}, { timeout: 5000 });
    await pick('audit-filter-action', 'chang', audit.actions.update);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: common.export.button }));
    await userEvent.click(await screen.findByRole('menuitem', { name: common.export.csv }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    const text = save.mock.calls[0]![0].data as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = text.slice(1).split('\r\n');
    expect(header).toBe(Object.values(audit.viewer.columns).join(','));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Person: Maria Dela Cruz');
    expect(text).not.toContain(SECRET);
    await waitFor(async () => {
      const exports = await db.audit.filter((e) => e.action === 'export').toArray();
      expect(exports.map((e) => [e.table, e.detail?.rows, e.detail?.filters])).toEqual([
        ['audit', 1, { action: 'update' }],
      ]);
    });
  });

  it('records a print of the monthly report before printing it', async () => {
    const print = vi.spyOn(platform, 'printToPdf').mockResolvedValue(null);
    const { databaseName, db } = await deskWithTrail();
    await renderApp({ databaseName, path: '/print/report' });
    await userEvent.click(
      await screen.findByRole('button', { name: common.print.print }, { timeout: 5000 }),
    );
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    const prints = await db.audit.filter((e) => e.action === 'print').toArray();
    expect(prints.map((e) => [e.printed, e.table])).toEqual([['report', 'cases']]);
  });
});
