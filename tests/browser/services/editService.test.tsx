import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';
import { goTo, OEC, openSetUpDesk } from './servicesDesk';

const DATABASE = 'tulay-browser-services-edit';

async function openOec() {
  goTo('/services');
  await userEvent.click(await screen.findByRole('link', { name: OEC }, { timeout: 5000 }));
  return screen.findByRole('heading', { level: 1, name: OEC });
}

describe('editing a service', () => {
  it('lists the starter services, narrowed by search and by case category', async () => {
    await openSetUpDesk(DATABASE);
    goTo('/services');
    await screen.findByRole('link', { name: OEC }, { timeout: 5000 });
    const search = screen.getByRole('searchbox', { name: 'Search services' });
    search.focus();
    await userEvent.keyboard('passport');
    const table = screen.getByRole('table', { name: 'Services directory' });
    await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(1));
    expect(within(table).getByRole('link').textContent).toBe('Philippine passport');
    expect(within(table).getByText('To be verified by the desk')).toBeTruthy();

    await userEvent.clear(search);
    await userEvent.click(screen.getByRole('combobox', { name: 'Case category' }));
    await userEvent.click(await screen.findByRole('option', { name: /Illegal recruitment/ }));
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual([
        'Checking a recruitment agency and a job offer (PESO, anti-illegal recruitment)',
        'Free legal assistance (PAO)',
        'Reporting illegal recruitment or human trafficking (NBI)',
        'Warning signs of illegal recruitment (awareness handout)',
      ]),
    );
  });

  it('saves changed details and a new handout language, and says when it saved', async () => {
    await openSetUpDesk(DATABASE);
    await openOec();
    expect(screen.getByTestId('handout-languages').textContent).toBe(
      'Written in: English, Filipino, and العربية',
    );
    const fees = screen.getByRole('textbox', { name: 'Fees' });
    await userEvent.clear(fees);
    await userEvent.type(fees, 'Free of charge');

    await userEvent.click(screen.getByTestId('handout-tab-es'));
    const panel = screen.getByRole('tabpanel', { name: /Español/ });
    const title = within(panel).getByRole('textbox', { name: /Title/ });
    expect(title.getAttribute('lang')).toBe('es');
    await userEvent.type(title, 'Cómo obtener el OEC');
    expect(screen.getByText(/You have unsaved changes/)).toBeTruthy();
    await userEvent.keyboard('{Control>}s{/Control}');

    expect((await screen.findByTestId('saved-notice')).textContent).toMatch(/Saved at/);
    await waitFor(() =>
      expect(screen.getByTestId('handout-languages').textContent).toBe(
        'Written in: English, Filipino, Español, and العربية',
      ),
    );
    expect(screen.queryByText(/You have unsaved changes/)).toBeNull();
  });

  it('keeps the edit after the app restarts, and marks the service verified', async () => {
    const { databaseName } = await openSetUpDesk(DATABASE);
    await openOec();
    const fees = screen.getByRole('textbox', { name: 'Fees' });
    await userEvent.clear(fees);
    await userEvent.type(fees, 'Free of charge');
    await userEvent.click(screen.getByRole('button', { name: 'Save service' }));
    await screen.findByTestId('saved-notice');

    cleanup();
    await renderApp({ databaseName });
    await openOec();
    expect(screen.getByRole('textbox', { name: 'Fees' })).toHaveProperty('value', 'Free of charge');
    await userEvent.click(screen.getByRole('button', { name: 'Mark as verified today' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save service' }));
    await screen.findByTestId('saved-notice');
    await waitFor(() => expect(screen.getByText(/^Verified on /)).toBeTruthy());
    expect(screen.queryByText(/comes from the starter set/)).toBeNull();
  });

  it('names a missing service name in the user’s language and keeps what was typed', async () => {
    await openSetUpDesk(`${DATABASE}-fil`, 'fil');
    goTo('/services/new');
    const contact = await screen.findByRole('textbox', { name: 'Kontak' }, { timeout: 5000 });
    await userEvent.type(contact, 'Hotline 1348');
    await userEvent.click(screen.getByRole('button', { name: 'Idagdag ang serbisyo' }));
    expect(await screen.findByText('Kailangang punan ang field na ito.')).toBeTruthy();
    expect(contact).toHaveProperty('value', 'Hotline 1348');
  });
});
