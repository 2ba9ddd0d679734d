// Settings → Retention: the preview lists the closed cases past their period (never a name), the
// run waits for a confirmation, and the case page afterwards shows no name.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { queryTokens } from '../../../domain/search/normalize';
import { createDatabase, createRecord, openDatabase } from '../../../renderer/db';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

/** A desk with one case closed in 2019 and one still open, both for Maria Villanueva. */
async function deskWithOldCase() {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const ctx = { db, actor: staffId };
  const maria = await createRecord(ctx, 'people', {
    givenName: 'Maria',
    familyName: 'Villanueva',
    sex: 'female',
    phone: '0917 555 0199',
    searchTokens: queryTokens('Maria Villanueva'),
  });
  const pedro = await createRecord(ctx, 'people', {
    givenName: 'Pedro',
    familyName: 'Magbanua',
    sex: 'male',
    searchTokens: queryTokens('Pedro Magbanua'),
  });
  const base = {
    clientRole: 'ofwLandBased',
    urgency: 'normal' as const,
    channel: 'walkIn' as const,
    openedAt: '2019-01-10T02:00:00.000Z',
  };
  const old = await createRecord(ctx, 'cases', {
    ...base,
    reference: 'LGZ-2019-000004',
    clientId: maria.id,
    categories: ['repatriation'],
    status: 'closedResolved',
    closedAt: '2019-03-01T02:00:00.000Z',
    outcome: 'Home safe',
    description: 'Maria Villanueva asked to come home from Riyadh.',
    searchTokens: ['lgz2019000004', 'maria', 'villanueva'],
  });
  await createRecord(ctx, 'cases', {
    ...base,
    reference: 'LGZ-2019-000005',
    clientId: pedro.id,
    categories: ['abuse'],
    status: 'inProgress',
    description: 'Pedro Magbanua, still followed.',
    searchTokens: ['lgz2019000005', 'pedro', 'magbanua'],
  });
  db.close();
  return { databaseName, caseId: old.id, mariaId: maria.id };
}

const section = async () => within(await screen.findByRole('region', { name: 'Retention' }));

/**
 * Presses the Retention section's Preview, through a locator resolved when the click runs, scoped
 * to the section and exact. An element handed to userEvent becomes a CSS path computed before the
 * click: the settings page still changing in between (the publish panel appears once its
 * settings are read) once made that path match two buttons (strict mode, 1 full run in 3).
 */
async function preview() {
  await section();
  await page
    .getByRole('region', { name: 'Retention' })
    .getByRole('button', { name: 'Preview', exact: true })
    .click();
}

describe('Settings → Retention', () => {
  it('previews, asks for confirmation, anonymises, and the case page shows no name', async () => {
    const { databaseName, caseId, mariaId } = await deskWithOldCase();
    await renderApp({ databaseName, path: '/settings' });
    const retention = await section();
    await preview();

    const table = await retention.findByRole('table', { name: 'Cases to anonymise' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain('LGZ-2019-000004');
    expect(rows[1]!.textContent).toContain('Repatriation');
    expect(retention.getByText(/1 closed case is past its retention period/).textContent).toMatch(
      /1 person will be anonymised/,
    );
    // Names are never listed; the open case is not there.
    expect(document.body.textContent).not.toMatch(/Villanueva|Magbanua|LGZ-2019-000005/);

    await userEvent.click(retention.getByRole('button', { name: 'Anonymise 1 case' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anonymise these cases?' });
    // Cancel leaves everything as it was.
    // (The dialog's close button is named Cancel too.)
    await userEvent.click(within(dialog).getAllByRole('button', { name: 'Cancel' }).at(-1)!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(retention.getByRole('button', { name: 'Anonymise 1 case' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Anonymise 1 case' }),
    );
    expect((await retention.findByTestId('retention-summary')).textContent).toBe(
      'Done. Cases anonymised: 1. People anonymised: 1.',
    );

    // The case page: reference and status still there, no name, no story.
    window.location.hash = `#/cases/${caseId}`;
    expect((await screen.findByTestId('case-reference')).textContent).toBe('LGZ-2019-000004');
    expect((await screen.findByTestId('case-client')).textContent).toBe('Anonymised person');
    await screen.findByTestId('anonymised-badge');
    expect(document.body.textContent).not.toMatch(/Villanueva|Riyadh|Home safe|0917/);

    window.location.hash = `#/people/${mariaId}`;
    await screen.findByRole('heading', { name: 'Anonymised person' });
    expect(document.body.textContent).not.toMatch(/Villanueva|0917/);

    // A second preview finds nothing left to do.
    window.location.hash = '#/settings';
    await preview();
    await (
      await section()
    ).findByText('No closed case is past its retention period. Nothing to anonymise.');
  });

  it('keeps a case whose category has a longer period, once saved', async () => {
    const { databaseName } = await deskWithOldCase();
    await renderApp({ databaseName, path: '/settings' });
    const retention = await section();
    const repatriation = await retention.findByRole('textbox', { name: 'Repatriation (years)' });
    await userEvent.click(repatriation);
    await userEvent.keyboard('10');
    await userEvent.click(retention.getByRole('button', { name: 'Save the periods' }));
    await waitFor(() =>
      expect(
        screen
          .getByRole('region', { name: 'Retention' })
          .querySelector('[data-testid="saved-notice"]'),
      ).not.toBeNull(),
    );
    await preview();
    await (
      await section()
    ).findByText('No closed case is past its retention period. Nothing to anonymise.');
  });
});
