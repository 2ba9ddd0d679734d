// What the desk already tells: the country of an OFW desk at set-up, and the city of a new
// person (the desk's own municipality), so the officer types it only when it differs.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import cases from '../../../locales/en/cases.json';
import people from '../../../locales/en/people.json';
import presets from '../../../locales/en/presets.json';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const country = () => screen.getByRole('combobox', { name: /Country/ });

describe('pre-filled answers', () => {
  it('fills the country from the kind of desk until the officer chooses one', async () => {
    await renderApp();
    await screen.findByRole('heading', { name: 'Welcome to Tulay' });
    expect(country()).toHaveProperty('value', 'Philippines');

    // A migrant desk may be in Spain, Argentina or Peru: the officer says which.
    await userEvent.click(screen.getByRole('radio', { name: presets.migrant.name }));
    await waitFor(() => expect(country()).toHaveProperty('value', ''));
    await userEvent.click(screen.getByRole('radio', { name: presets['ofw-ph'].name }));
    await waitFor(() => expect(country()).toHaveProperty('value', 'Philippines'));

    // A country the officer chose stays whatever the kind of desk.
    await userEvent.click(country());
    await userEvent.click(await screen.findByRole('option', { name: 'Spain' }));
    await userEvent.click(screen.getByRole('radio', { name: presets.migrant.name }));
    await userEvent.click(screen.getByRole('radio', { name: presets['ofw-ph'].name }));
    expect(country()).toHaveProperty('value', 'Spain');
  });

  it("fills the city of a new person with the desk's municipality", async () => {
    const { databaseName } = await setUpDesk();
    await renderApp({ databaseName, path: '/cases/new' });
    await userEvent.click(await screen.findByRole('textbox', { name: cases.intake.client }));
    await userEvent.keyboard('juan dela paz');
    await screen.findByText(/Nobody recorded matches/);
    await userEvent.keyboard('{Enter}');
    const city = await screen.findByRole('textbox', { name: people.fields.city });
    expect(city).toHaveProperty('value', 'Legazpi City');
  });
});
