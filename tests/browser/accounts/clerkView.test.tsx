// A clerk does intake, registration and check-in: of an abuse case they see that it exists, its
// reference and status, and nothing of what happened — not rendered, not greyed out — while a
// case officer reads all of it. Exports, the logbook import and sample data are not a clerk's.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import cases from '../../../locales/en/cases.json';
import caseList from '../../../locales/en/caseList.json';
import common from '../../../locales/en/common.json';
import logbook from '../../../locales/en/logbook.json';
import presets from '../../../locales/en/presets.json';
import reports from '../../../locales/en/reports.json';
import sampleData from '../../../locales/en/sampleData.json';
import type { StaffRole } from '../../../domain/records/desk';
import { createDatabase, openDatabase, updateRecord } from '../../../renderer/db';
import { addFollowUp, addNote } from '../../../renderer/features/cases/caseEventRepository';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const SLOW = { timeout: 15_000 };
const STORY = 'Her employer in Riyadh beat her; she was treated for a broken arm.';
const NOTE = 'The hospital X-ray confirms the fracture.';
const FOLLOW_UP = 'Ask whether the surgery went well';
const ABUSE = presets['ofw-ph'].categories.abuse;

/** A desk whose one staff member has `role`, with an abuse case that has a note and a follow-up. */
async function deskWithAbuseCase(role: StaffRole) {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId };
  await updateRecord(ctx, 'staff', staffId, { role });
  const client = await createPerson(ctx, { givenName: 'Maria', familyName: 'Dela Cruz' });
  const saved = await createCase(
    ctx,
    { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
    {
      clientId: client.id,
      clientRole: 'ofwLandBased',
      ofwDetails: { destinationCountry: 'SA' },
      channel: 'walkIn',
      categories: ['abuse', 'repatriation'],
      urgency: 'high',
      description: STORY,
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    },
  );
  await updateRecord(ctx, 'cases', saved.id, { assignedTo: staffId });
  await addNote(ctx, saved.id, NOTE);
  await addFollowUp(ctx, saved.id, '2026-12-09T01:00:00.000Z', FOLLOW_UP);
  db.close();
  return { databaseName, saved, client };
}

const pageText = () => document.body.textContent ?? '';

describe('what a clerk sees of an abuse case', () => {
  it('shows a clerk the reference, status and a restriction notice, and no story', async () => {
    const { databaseName, saved, client } = await deskWithAbuseCase('clerk');
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    await screen.findByText(cases.page.restricted, {}, SLOW);
    expect(screen.getByTestId('case-reference').textContent).toBe(saved.reference);
    expect(screen.getByTestId('timeline')).toBeTruthy();
    for (const secret of [STORY, NOTE, FOLLOW_UP, ABUSE]) expect(pageText()).not.toContain(secret);
    // The non-sensitive category stays; nothing to edit or add that would show the rest.
    expect(pageText()).toContain(presets['ofw-ph'].categories.repatriation);
    expect(screen.queryByTestId('case-description')).toBeNull();
    expect(screen.queryByRole('button', { name: cases.page.edit })).toBeNull();
    expect(screen.queryByRole('region', { name: cases.composer.label })).toBeNull();

    // Nor in the printed summary.
    window.location.hash = `#/print/case/${saved.id}`;
    const sheet = await screen.findByTestId('case-summary', {}, SLOW);
    expect(within(sheet).getByText(cases.page.restricted)).toBeTruthy();
    for (const secret of [STORY, NOTE, FOLLOW_UP, ABUSE]) expect(pageText()).not.toContain(secret);

    // Nor in "My follow-ups": the case is listed, its follow-up's text is not.
    window.location.hash = '#/follow-ups';
    await screen.findByText(saved.reference, {}, SLOW);
    expect(pageText()).not.toContain(FOLLOW_UP);

    // Nor on the client's page, where their cases are listed.
    window.location.hash = `#/people/${client.id}`;
    await screen.findByRole('link', { name: saved.reference }, SLOW);
    expect(pageText()).toContain(presets['ofw-ph'].categories.repatriation);
    expect(pageText()).not.toContain(ABUSE);
  });

  it('shows a case officer the whole story', async () => {
    const { databaseName, saved } = await deskWithAbuseCase('officer');
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    const description = await screen.findByTestId('case-description', {}, SLOW);
    expect(description.textContent).toBe(STORY);
    await screen.findByText(NOTE, {}, SLOW);
    expect(pageText()).toContain(ABUSE);
    expect(screen.queryByText(cases.page.restricted)).toBeNull();
    expect(screen.getByRole('button', { name: cases.page.edit })).toBeTruthy();
  });

  it('gives a clerk no exports, no logbook import and no sample data', async () => {
    const { databaseName, saved } = await deskWithAbuseCase('clerk');
    await renderApp({ databaseName, path: '/cases' });
    await screen.findByText(saved.reference, {}, SLOW);
    // The row says the case exists, not that it is about abuse.
    expect(pageText()).not.toContain(ABUSE);
    expect(screen.getByRole('link', { name: caseList.newCase })).toBeTruthy();
    expect(screen.queryByRole('button', { name: common.export.button })).toBeNull();
    expect(screen.queryByRole('link', { name: logbook.open })).toBeNull();

    // The import's address leads back to the cases.
    window.location.hash = '#/cases/import';
    await waitFor(() => expect(window.location.hash).toBe('#/cases'), SLOW);

    window.location.hash = '#/reports';
    await screen.findByRole('heading', { name: reports.title }, SLOW);
    expect(screen.queryByRole('button', { name: reports.statistics.button })).toBeNull();
    // The report counts the abuse case; its bar opens no list of such cases for a clerk.
    const abuseBars = await screen.findAllByText(ABUSE, {}, SLOW);
    expect(abuseBars.every((bar) => bar.closest('a') === null)).toBe(true);
    const repatriation = presets['ofw-ph'].categories.repatriation;
    expect(screen.getAllByText(repatriation).some((bar) => bar.closest('a') !== null)).toBe(true);

    window.location.hash = '#/settings';
    await screen.findByRole('heading', { name: 'Settings' }, SLOW);
    expect(screen.queryByRole('heading', { name: sampleData.panel.title })).toBeNull();
  });

  it('gives an administrator the exports, the logbook import and sample data', async () => {
    const { databaseName, saved } = await deskWithAbuseCase('admin');
    await renderApp({ databaseName, path: '/cases' });
    await screen.findByText(saved.reference, {}, SLOW);
    expect(screen.getByRole('button', { name: common.export.button })).toBeTruthy();
    expect(screen.getByRole('link', { name: logbook.open })).toBeTruthy();
    window.location.hash = '#/settings';
    await screen.findByRole('heading', { name: sampleData.panel.title }, SLOW);
  });
});
