// A clerk neither changes the status of a legal case (a notice stands where the buttons were)
// nor reads anyone's administrative status: the page never holds it.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import cases from '../../../locales/en/cases.json';
import presets from '../../../locales/en/presets.json';
import type { StaffRole } from '../../../domain/records/desk';
import { createDatabase, openDatabase, updateRecord } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { LEGAZPI_DESK, setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const SLOW = { timeout: 15_000 };
const IRREGULAR = presets.migrant.fieldOptions.administrativeStatus.irregular;
const IN_PROGRESS = presets.migrant.statuses.inProgress;

async function migrantDesk(role: StaffRole) {
  const { databaseName, staffId } = await setUpDesk({
    ...LEGAZPI_DESK,
    municipality: 'Barcelona',
    country: 'ES',
    presetId: 'migrant',
    referencePrefix: 'BCN',
  });
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId };
  await updateRecord(ctx, 'staff', staffId, { role });
  const client = await createPerson(ctx, { givenName: 'Amina', familyName: 'Benali' });
  const saved = await createCase(
    ctx,
    { presetId: 'migrant', referencePrefix: 'BCN' },
    {
      clientId: client.id,
      clientRole: 'migrant',
      ofwDetails: {},
      migrantDetails: { administrativeStatus: 'irregular', documentNumber: 'Y1234567X' },
      channel: 'walkIn',
      categories: ['legalAid', 'housing'],
      urgency: 'normal',
      description: 'Her residence permit was refused.',
      consents: [],
    },
  );
  db.close();
  return { databaseName, saved };
}

const pageText = () => document.body.textContent ?? '';

describe("a clerk and a legal case's status", () => {
  it('shows a clerk a notice instead of the status buttons, and no administrative status', async () => {
    const { databaseName, saved } = await migrantDesk('clerk');
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    await screen.findByText(cases.page.statusRestricted, {}, SLOW);
    expect(screen.queryByRole('button', { name: IN_PROGRESS })).toBeNull();
    expect(pageText()).toContain('Y1234567X');
    expect(pageText()).not.toContain(IRREGULAR);
  });

  it('shows a case officer the buttons and the administrative status', async () => {
    const { databaseName, saved } = await migrantDesk('officer');
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    await screen.findByRole('button', { name: IN_PROGRESS }, SLOW);
    expect(pageText()).toContain(IRREGULAR);
    expect(screen.queryByText(cases.page.statusRestricted)).toBeNull();
  });
});
