// Enter in a select picks, never submits the form: the set-up's searchable country and its
// plain language select, used with the keyboard alone.
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/common.json';
import { COUNTRY_CODES } from '../../../domain/countries';
import { theme } from '../../../renderer/app/theme';
import { SearchableSelect } from '../../../renderer/ui/SearchableSelect';
import { renderApp } from '../renderApp';

const country = () => screen.getByRole('combobox', { name: /^Country/ });

/** The set-up, with the country field focused and emptied (an OFW desk pre-fills the Philippines). */
async function openSetUp() {
  await renderApp();
  await screen.findByRole('heading', { name: 'Welcome to Tulay' });
  await userEvent.clear(country());
  country().focus();
}

/** The set-up was submitted if the desk name, never touched here, now says it is required. */
const submitted = () =>
  screen.getByRole('textbox', { name: /^Desk name/ }).getAttribute('aria-invalid') === 'true';

describe('selects by keyboard', () => {
  it('picks the only country matching what was typed on Enter, without submitting', async () => {
    await openSetUp();
    await userEvent.keyboard('Phil');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(country()).toHaveProperty('value', 'Philippines'));
    expect(submitted()).toBe(false);
    // Picked for real: leaving the field keeps it.
    await userEvent.keyboard('{Tab}');
    expect(country()).toHaveProperty('value', 'Philippines');
    expect(submitted()).toBe(false);
  });

  it('picks the first of several matches on Enter, even once the list was closed', async () => {
    await openSetUp();
    await userEvent.keyboard('united');
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect((country() as HTMLInputElement).value).toMatch(/^United/));
    expect(submitted()).toBe(false);
  });

  it('finds a country typed without its accents', async () => {
    await renderApp({ language: 'es' });
    await screen.findByRole('heading', { level: 1 });
    const field = screen.getByRole('combobox', { name: /^País/ });
    await userEvent.clear(field);
    field.focus();
    await userEvent.keyboard('peru{Enter}');
    await waitFor(() => expect(field).toHaveProperty('value', 'Perú'));
  });

  it('keeps a typed match when the field is left with Tab', async () => {
    await openSetUp();
    await userEvent.keyboard('saudi');
    await userEvent.keyboard('{Tab}');
    await waitFor(() => expect(country()).toHaveProperty('value', 'Saudi Arabia'));
  });

  it('closes the list once Enter picks, so Tab goes on to the next field', async () => {
    await openSetUp();
    // Typed and picked in one go, as a fast typist does.
    await userEvent.keyboard('qat{Enter}');
    await waitFor(() => expect(country()).toHaveProperty('value', 'Qatar'));
    await waitFor(() => expect(country().getAttribute('aria-expanded')).toBe('false'));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /^Desk name/ }));
  });

  it('opens a closed plain select on Enter instead of submitting the form', async () => {
    await openSetUp();
    screen.getByRole('combobox', { name: en.setup.language }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('option', { name: 'English' })).toBeTruthy();
    expect(submitted()).toBe(false);
  });

  // The destination on the session page draws its list right after the box (not at the end of
  // the page), so the list's scrolling box comes next in the Tab order.
  it('moves on to the next control with Tab while a long in-place list is open', async () => {
    render(
      <MantineProvider theme={theme}>
        <SearchableSelect
          label="Destination"
          data={COUNTRY_CODES.map((code) => ({ value: code, label: `Country ${code}` }))}
          value={null}
          comboboxProps={{ withinPortal: false }}
        />
        <button type="button">Register</button>
      </MantineProvider>,
    );
    screen.getByRole('combobox', { name: 'Destination' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await screen.findByRole('option', { name: 'Country PH' });
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Register' }));
  });
});
