// A clerk does not see a person's legal status: on the migrant desk neither the client role
// ("Refugee or asylum seeker") nor the document type is in the page — case page, printed
// summary, case list (no role filter either), the client's page — while a case officer sees them.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import caseList from '../../../locales/en/caseList.json';
import presets from '../../../locales/en/presets.json';
import reports from '../../../locales/en/reports.json';
import type { StaffRole } from '../../../domain/records/desk';
import { createDatabase, openDatabase, updateRecord } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { REFUGEE_DOCUMENT_NUMBER, refugeeCaseInput } from '../../fixtures/cases/refugeeCase';
import { LEGAZPI_DESK, setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const SLOW = { timeout: 15_000 };
const REFUGEE = presets.migrant.clientRoles.refugeeOrAsylumSeeker;
const ASYLUM_DOCUMENT = presets.migrant.fieldOptions.documentType.asylumSeekerDocument;
const HOUSING = presets.migrant.categories.housing;

/** A migrant desk whose one staff member has `role`, with a refugee's housing case. */
async function deskWithRefugeeCase(role: StaffRole) {
  const { databaseName, staffId } = await setUpDesk({
    ...LEGAZPI_DESK,
    municipality: 'Terrassa',
    country: 'ES',
    presetId: 'migrant',
    referencePrefix: 'TRS',
  });
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId };
  await updateRecord(ctx, 'staff', staffId, { role });
  const client = await createPerson(ctx, { givenName: 'Yusuf', familyName: 'Haddad' });
  const saved = await createCase(
    ctx,
    { presetId: 'migrant', referencePrefix: 'TRS' },
    refugeeCaseInput(client.id),
  );
  db.close();
  return { databaseName, saved, client };
}

const pageText = () => document.body.textContent ?? '';

describe("a clerk and a person's legal status", () => {
  it('never puts the client role or the document type in the page for a clerk', async () => {
    const { databaseName, saved, client } = await deskWithRefugeeCase('clerk');
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    await screen.findByText(REFUGEE_DOCUMENT_NUMBER, {}, SLOW);
    expect(pageText()).toContain(HOUSING);
    expect(pageText()).not.toContain(ASYLUM_DOCUMENT);
    expect(pageText()).not.toContain(REFUGEE);

    window.location.hash = `#/print/case/${saved.id}`;
    const sheet = await screen.findByTestId('case-summary', {}, SLOW);
    expect(sheet.textContent).toContain('Yusuf Haddad');
    expect(pageText()).not.toContain(REFUGEE);
    expect(pageText()).not.toContain(ASYLUM_DOCUMENT);

    // The list offers no client role to filter by (a refugee filter would tell who is one).
    window.location.hash = '#/cases';
    await screen.findByText(saved.reference, {}, SLOW);
    expect(screen.queryByText(caseList.filters.role)).toBeNull();
    expect(pageText()).not.toContain(REFUGEE);

    window.location.hash = `#/people/${client.id}`;
    await screen.findByRole('link', { name: saved.reference }, SLOW);
    expect(pageText()).not.toContain(REFUGEE);
    expect(pageText()).not.toContain(ASYLUM_DOCUMENT);

    // The report counts the case by role; the bar opens no list of refugees' cases.
    window.location.hash = '#/reports';
    await screen.findByText(reports.byRole, {}, SLOW);
    const bars = await screen.findAllByText(REFUGEE, {}, SLOW);
    expect(bars.every((bar) => bar.closest('a') === null)).toBe(true);
  });

  it('shows a case officer the client role and the document type', async () => {
    const { databaseName, saved } = await deskWithRefugeeCase('officer');
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    await screen.findByText(ASYLUM_DOCUMENT, {}, SLOW);

    window.location.hash = `#/print/case/${saved.id}`;
    const sheet = await screen.findByTestId('case-summary', {}, SLOW);
    expect(sheet.textContent).toContain(`Yusuf Haddad · ${REFUGEE}`);
    expect(sheet.textContent).toContain(ASYLUM_DOCUMENT);

    window.location.hash = '#/cases';
    await screen.findByText(saved.reference, {}, SLOW);
    expect(screen.getAllByText(caseList.filters.role).length).toBeGreaterThan(0);

    window.location.hash = '#/reports';
    await screen.findByText(reports.byRole, {}, SLOW);
    await waitFor(() => {
      const bars = screen.getAllByText(REFUGEE);
      expect(bars.some((bar) => bar.closest('a') !== null)).toBe(true);
    }, SLOW);
  });
});
