// A walk-in's phone number at the door is checked like everywhere else: letters are refused
// with a message naming the field, and nobody is registered until it is put right.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import common from '../../../locales/en/common.json';
import { renderApp } from '../renderApp';
import { deskWithSession } from './sessionFixture';

describe('a walk-in at the door', () => {
  it('refuses a phone number with letters and registers the walk-in once it is corrected', async () => {
    const desk = await deskWithSession({ registrations: 2 });
    await renderApp({
      databaseName: desk.databaseName,
      path: `/seminars/${desk.seminar.id}/check-in`,
    });
    await screen.findByTestId('check-in-screen', {}, { timeout: 5000 });
    await userEvent.keyboard('Pedro dela Paz');
    const walkIn = await screen.findByRole('option', { name: /Walk-in: register and check in/ });
    await waitFor(() => expect(walkIn.getAttribute('aria-selected')).toBe('true'));
    await userEvent.keyboard('{Enter}');
    const panel = await screen.findByTestId('walk-in-panel');
    const phone = within(panel).getByRole('textbox', { name: /Phone/ });
    await userEvent.fill(phone, '0917-CALL-ME');
    await userEvent.keyboard('{Enter}');

    expect(await within(panel).findByText(common.errors.phone)).toBeTruthy();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('count-registered').textContent).toBe('2');

    await userEvent.fill(phone, '0917 222 0142');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('count-present').textContent).toBe('1'));
    expect(screen.getByTestId('count-registered').textContent).toBe('3');
  });
});
