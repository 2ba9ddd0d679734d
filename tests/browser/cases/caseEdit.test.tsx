// The case page shows what the client said, and the officer corrects the facts of a saved
// case with the intake's rules; the write path records only what changed.
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/cases.json';
import common from '../../../locales/en/common.json';
import presets from '../../../locales/en/presets.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const SLOW = { timeout: 10_000 };
const fields = presets['ofw-ph'].fields;

async function deskWithCase(details: Record<string, string> = {}) {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId };
  const client = await createPerson(ctx, { givenName: 'Maria', familyName: 'Dela Cruz' });
  const saved = await createCase(
    ctx,
    { presetId: 'ofw-ph', referencePrefix: 'LGZ' },
    {
      clientId: client.id,
      clientRole: 'ofwLandBased',
      ofwDetails: { destinationCountry: 'SA', employer: 'Al Noor Trading', ...details },
      channel: 'phone',
      categories: ['contractViolation'],
      urgency: 'normal',
      description: 'Salary unpaid since March.\nEmployer took her passport.',
      consents: [{ purpose: 'caseHandling', legalBasis: 'consent' }],
    },
  );
  return { databaseName, db, saved };
}

const updatesOf = async (db: ReturnType<typeof createDatabase>, id: string) =>
  (await db.audit.toArray()).filter((a) => a.recordId === id && a.action === 'update');

async function openEditor(reference: string) {
  await userEvent.click(await screen.findByRole('button', { name: en.page.edit }, SLOW));
  return screen.findByRole('dialog', { name: `Edit case ${reference}` }, SLOW);
}

describe('case page: what the client said, and editing the facts', () => {
  it('shows the description and how the client came', async () => {
    const { databaseName, db, saved } = await deskWithCase();
    db.close();
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    const description = await screen.findByTestId('case-description', {}, SLOW);
    expect(description.textContent).toBe('Salary unpaid since March.\nEmployer took her passport.');
    expect(screen.getByRole('region', { name: en.page.description })).toBeTruthy();
    expect(screen.getByTestId('case-channel').textContent).toContain(en.channel.phone);
  });

  it('saves corrected facts, shows them, and records only the fields that changed', async () => {
    const { databaseName, db, saved } = await deskWithCase();
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    const dialog = await openEditor(saved.reference);

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: fields.destinationCity }),
      'Riyadh',
    );
    await userEvent.click(within(dialog).getByText(presets['ofw-ph'].categories.abuse));
    await userEvent.click(within(dialog).getByText(en.urgency.high));
    await userEvent.click(within(dialog).getByRole('button', { name: en.edit.save }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), SLOW);
    await waitFor(() => expect(screen.getByTestId('case-details').textContent).toContain('Riyadh'));
    expect(screen.getByTestId('case-details').textContent).toContain(
      `${fields.destinationCity}: Riyadh`,
    );
    expect(screen.getAllByText(presets['ofw-ph'].categories.abuse).length).toBeGreaterThan(0);
    expect(screen.getAllByText(en.urgency.high).length).toBeGreaterThan(0);

    const updates = await updatesOf(db, saved.id);
    expect(updates.map((u) => [...u.fields].sort())).toEqual([
      ['categories', 'ofwDetails', 'urgency'],
    ]);
    const stored = await db.cases.get(saved.id);
    expect(stored).toMatchObject({
      urgency: 'high',
      categories: ['contractViolation', 'abuse'],
      ofwDetails: {
        destinationCountry: 'SA',
        destinationCity: 'Riyadh',
        employer: 'Al Noor Trading',
      },
      description: saved.description,
    });
    db.close();
  });

  it('refuses what the intake refuses, naming the fields, and saves nothing', async () => {
    const { databaseName, db, saved } = await deskWithCase();
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    const dialog = await openEditor(saved.reference);

    await userEvent.click(within(dialog).getByText(presets['ofw-ph'].categories.contractViolation));
    await userEvent.clear(
      within(dialog).getByRole('textbox', { name: new RegExp(en.intake.description) }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: en.edit.save }));

    expect(await within(dialog).findByText(common.errors.categoryRequired)).toBeTruthy();
    expect(within(dialog).getByText(common.errors.required)).toBeTruthy();
    // The first field in error in the form's order: the categories, above the description.
    await waitFor(() =>
      expect((document.activeElement as HTMLInputElement).labels?.[0]?.textContent).toBe(
        presets['ofw-ph'].categories.repatriation,
      ),
    );
    expect(await updatesOf(db, saved.id)).toEqual([]);
    db.close();
  });

  it('asks before discarding changes, and Esc at the question goes back to the form', async () => {
    const { databaseName, db, saved } = await deskWithCase();
    await renderApp({ databaseName, path: `/cases/${saved.id}` });
    const dialog = await openEditor(saved.reference);
    const employer = within(dialog).getByRole('textbox', { name: fields.employer });
    await userEvent.type(employer, ' Est.');

    await userEvent.keyboard('{Escape}');
    const question = await within(dialog).findByTestId('discard-question');
    expect(question.textContent).toContain(en.edit.discardQuestion);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(within(dialog).queryByTestId('discard-question')).toBeNull());
    expect((employer as HTMLInputElement).value).toBe('Al Noor Trading Est.');

    await userEvent.keyboard('{Escape}');
    await userEvent.click(await within(dialog).findByRole('button', { name: en.edit.discard }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await updatesOf(db, saved.id)).toEqual([]);
    db.close();
  });

  it('prints the city abroad with the other details', async () => {
    const { databaseName, db, saved } = await deskWithCase({ destinationCity: 'Jeddah' });
    db.close();
    await renderApp({ databaseName, path: `/print/case/${saved.id}` });
    const sheet = await screen.findByTestId('case-summary', {}, SLOW);
    expect(sheet.textContent).toContain(fields.destinationCity);
    expect(sheet.textContent).toContain('Jeddah');
    expect(sheet.textContent).toContain('Al Noor Trading');
  });
});
