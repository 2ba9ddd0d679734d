import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import en from '../../../locales/en/caseList.json';
import { renderApp } from '../renderApp';
import { deskWithCases } from './caseListFixture';

describe('my follow-ups', () => {
  it('lists overdue follow-ups first, links to the case, and marks one done', async () => {
    const { databaseName, cases } = await deskWithCases();
    await renderApp({ databaseName, path: '/follow-ups' });
    const overdue = await screen.findByRole(
      'region',
      { name: new RegExp(en.followUps.overdue) },
      { timeout: 5000 },
    );
    const upcoming = screen.getByRole('region', { name: new RegExp(en.followUps.upcoming) });
    expect(
      overdue.compareDocumentPosition(upcoming) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(overdue.textContent).toContain(cases.wages.reference);
    expect(overdue.textContent).toContain('Pedro Santos');
    expect(overdue.textContent).toContain('Call the agency back');
    expect(upcoming.textContent).toContain(cases.repatriation.reference);
    expect(
      within(overdue)
        .getByRole('link', { name: `Open case ${cases.wages.reference}` })
        .getAttribute('href'),
    ).toBe(`#/cases/${cases.wages.id}`);

    await userEvent.click(
      within(overdue).getByRole('button', {
        name: `Mark the follow-up of case ${cases.wages.reference} done`,
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: new RegExp(en.followUps.overdue) })).toBeNull(),
    );
    expect(screen.getAllByTestId('follow-up')).toHaveLength(1);
  });
});
