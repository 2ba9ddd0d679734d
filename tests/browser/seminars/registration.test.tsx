// Registering on the session page: the same find-or-create picker as the intake, Enter to
// register, a full session's waitlist, and a cancelled place going to the next in line.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { renderApp } from '../renderApp';
import { deskWithSession } from './sessionFixture';

const result = () => screen.getByTestId('registration-result').textContent;

describe('registration on the session page', () => {
  it('registers a known and a new person by keyboard, waitlists when full, promotes on cancel', async () => {
    const desk = await deskWithSession({ registrations: 2, capacity: 3 });
    await renderApp({ databaseName: desk.databaseName, path: `/seminars/${desk.seminar.id}` });
    const picker = await screen.findByRole(
      'textbox',
      { name: 'Person to register' },
      { timeout: 5000 },
    );
    expect(screen.getByText('Places free: 1.')).toBeTruthy();

    await userEvent.click(picker);
    await userEvent.keyboard('gloria mac');
    await screen.findByRole('option', { name: /Gloria Macaraeg/ });
    await userEvent.keyboard('{Enter}');
    const destination = await screen.findByTestId('destination-select');
    await waitFor(() => expect(destination).toBe(document.activeElement));
    // Enter in the destination picks the typed country; it does not register yet.
    await userEvent.keyboard('qat{Enter}');
    await waitFor(() => expect(destination).toHaveProperty('value', 'Qatar'), { timeout: 5000 });
    expect(screen.queryByTestId('registration-result')).toBeNull();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Register' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(result()).toMatch(/Gloria Macaraeg is registered/));
    expect(result()).toMatch(/[B-Z2-9]{4}$/);

    // Full now: a new person (created through the picker's duplicate-checked form) waits.
    const again = await screen.findByRole('textbox', { name: 'Person to register' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    await userEvent.keyboard('Teresa Magbanua');
    const create = await screen.findByTestId('create-person-option');
    await waitFor(() => expect(create.hasAttribute('data-combobox-selected')).toBe(true));
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('textbox', { name: /Given name/ });
    await userEvent.keyboard('{Enter}');
    await screen.findByTestId('destination-select');
    await userEvent.click(screen.getByRole('button', { name: 'Add to the waitlist' }));
    await waitFor(() => expect(result()).toMatch(/Teresa Magbanua is on the waitlist/));
    const waitlist = await screen.findByTestId('waitlist');
    expect(within(waitlist).getByText('Teresa Magbanua')).toBeTruthy();

    await userEvent.click(
      screen.getByRole('button', { name: 'Cancel the registration of Maria Santos' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel the registration' }));
    await waitFor(() => expect(screen.queryByTestId('waitlist')).toBeNull());
    const roster = screen.getByTestId('roster');
    expect(within(roster).getByText('Teresa Magbanua')).toBeTruthy();
    expect(within(roster).queryByText('Maria Santos')).toBeNull();
    expect(screen.getByText('Cancelled registrations: 1')).toBeTruthy();
  });
});
