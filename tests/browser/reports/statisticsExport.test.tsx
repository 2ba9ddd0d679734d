// The pseudonymised statistics export of the Reports page: the period's cases without a name, a
// phone number or free text, one pseudonym per person, small counts as "<5", and audited.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import common from '../../../locales/en/common.json';
import en from '../../../locales/en/reports.json';
import { createDatabase, openDatabase, type WriteContext } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { platform } from '../../../renderer/platform';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };
const now = new Date();
const thisMonth = new Date(now.getFullYear(), now.getMonth(), 1, 10);
const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 15, 10);

async function deskWithCases() {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const at = (date: Date): WriteContext => ({ db, actor: staffId, now: () => date });
  const peña = await createPerson(at(lastMonth), {
    givenName: 'Niña',
    familyName: 'Peña-Santos',
    sex: 'female',
    phone: '0917 555 1234',
  });
  const other = await createPerson(at(lastMonth), { givenName: 'خالد', familyName: 'العتيبي' });
  const intake = (date: Date, clientId: string, country: string) =>
    createCase(at(date), desk, {
      clientId,
      clientRole: 'ofwLandBased',
      ofwDetails: { destinationCountry: country },
      channel: 'walkIn',
      categories: ['repatriation'],
      urgency: 'normal',
      description: 'Employer kept her passport.',
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    });
  await intake(lastMonth, other.id, 'AE');
  await intake(thisMonth, peña.id, 'SA');
  await intake(thisMonth, peña.id, 'SA');
  db.close();
  return databaseName;
}

let open: ReturnType<typeof createDatabase> | undefined;
afterEach(() => {
  open?.close();
  vi.restoreAllMocks();
});

describe('the statistics export', () => {
  it('writes the period cases under pseudonyms, with small counts suppressed', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('statistics.csv');
    const databaseName = await deskWithCases();
    await renderApp({ databaseName, path: '/reports?period=thisMonth' });
    const button = await screen.findByRole('button', { name: en.statistics.button });
    await userEvent.click(button);
    await userEvent.click(await screen.findByRole('menuitem', { name: common.export.csv }));
    // The file is written in a worker that first loads the spreadsheet library.
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2), { timeout: 15_000 });

    const [cases, counts] = save.mock.calls.map((call) => (call[0].data as string).slice(1));
    const text = `${cases}\n${counts}`;
    for (const secret of ['Niña', 'Peña', 'خالد', '0917', 'passport']) {
      expect(text).not.toContain(secret);
    }
    const [header, ...rows] = cases!.split('\r\n');
    expect(header!.startsWith(en.statistics.columns.person)).toBe(true);
    // Only this month's two cases, both Niña's: one pseudonym for both.
    expect(rows).toHaveLength(2);
    const pseudonyms = rows.map((row) => row.split(',')[0]);
    expect(pseudonyms[0]).toMatch(/^[0-9a-f]{20}$/);
    expect(pseudonyms[1]).toBe(pseudonyms[0]);
    expect(rows[0]).toContain('Saudi Arabia');
    expect(counts!.split('\r\n')[1]).toMatch(/,Saudi Arabia,<5$/);

    open = createDatabase(databaseName);
    await openDatabase(open);
    const audit = await open.audit.filter((a) => a.action === 'export').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ rows: 2, format: 'csv' });
    expect(Object.keys(audit[0]!.detail!.filters)).toEqual(['from', 'to']);
  });
});
