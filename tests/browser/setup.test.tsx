import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import es from '../../locales/es/common.json';
import ar from '../../locales/ar/common.json';
import esPresets from '../../locales/es/presets.json';
import esAccounts from '../../locales/es/accounts.json';
import { renderApp } from './renderApp';

const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

async function typeInto(label: RegExp, text: string) {
  const field = await screen.findByRole('textbox', { name: label });
  field.focus();
  await userEvent.keyboard(text);
}

describe('first-run desk set-up', () => {
  it('is completed with the keyboard alone and opens the app shell with the desk and staff', async () => {
    await renderApp();
    await screen.findByRole('heading', { name: 'Welcome to Tulay' });

    await typeInto(/Municipality or city/, 'Legazpi City');
    // An OFW desk is in the Philippines: the country is already filled in.
    expect(screen.getByRole('combobox', { name: /Country/ })).toHaveProperty(
      'value',
      'Philippines',
    );
    await typeInto(/Desk name/, 'Municipal OFW Help Desk');
    const prefix = screen.getByRole('textbox', { name: /Case number prefix/ });
    expect(prefix).toHaveProperty('value', 'LEG');
    await typeInto(/Your name/, 'Ana Santos');
    input('newPassphrase').focus();
    await userEvent.keyboard('Mabuhay ang Legazpi');
    input('repeatPassphrase').focus();
    await userEvent.keyboard('Mabuhay ang Legazpi{Enter}');

    // The recovery key, shown once; nothing is stored until the officer says it is kept.
    await screen.findByRole('heading', { name: 'Keep the recovery key' });
    expect(screen.getByTestId('recovery-key').textContent).toMatch(
      /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /Without a passphrase or this recovery key, no one can read/,
    );
    screen.getByRole('button', { name: 'Continue' }).focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Tick the box once the recovery key is kept safe.');
    screen.getByRole('checkbox', { name: /I have printed or written down/ }).focus();
    await userEvent.keyboard(' ');
    screen.getByRole('button', { name: 'Continue' }).focus();
    await userEvent.keyboard('{Enter}');

    const header = await screen.findByTestId('header-desk', {}, { timeout: 5000 });
    expect(header.textContent).toBe('Municipal OFW Help Desk');
    expect(screen.getByTestId('header-staff').textContent).toContain('Ana Santos');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
  });

  it('names each missing field in the chosen language and keeps what was typed', async () => {
    await renderApp({ language: 'es' });
    await screen.findByRole('heading', { name: es.setup.title });
    input('municipality').focus();
    await userEvent.keyboard('Terrassa');
    await userEvent.click(screen.getByRole('radio', { name: esPresets.migrant.name }));
    await userEvent.click(screen.getByRole('button', { name: es.setup.submit }));

    await waitFor(() => expect(input('deskName').getAttribute('aria-invalid')).toBe('true'));
    const form = input('deskName').closest('form')!;
    expect(within(form).getAllByText(es.errors.required)).toHaveLength(2);
    expect(within(form).getByText(es.errors.country)).toBeTruthy();
    expect(input('municipality').value).toBe('Terrassa');
    expect(screen.queryByTestId('header-desk')).toBeNull();
  });

  it('asks for a long enough passphrase, typed the same twice, in the chosen language', async () => {
    await renderApp({ language: 'es' });
    await screen.findByRole('heading', { name: es.setup.title });
    input('municipality').focus();
    await userEvent.keyboard('Legazpi City');
    input('deskName').focus();
    await userEvent.keyboard('Municipal OFW Help Desk');
    input('staffName').focus();
    await userEvent.keyboard('Ana Santos');
    input('newPassphrase').focus();
    await userEvent.keyboard('corta');
    await userEvent.click(screen.getByRole('button', { name: es.setup.submit }));
    await screen.findByText(esAccounts.passphrase.tooShort.replace('{{count, number}}', '10'));

    input('newPassphrase').focus();
    await userEvent.keyboard(' pero ahora larga');
    input('repeatPassphrase').focus();
    await userEvent.keyboard('otra cosa distinta');
    await userEvent.click(screen.getByRole('button', { name: es.setup.submit }));
    await screen.findByText(esAccounts.passphrase.different);
    expect(screen.queryByTestId('recovery-key')).toBeNull();
    expect(input('staffName').value).toBe('Ana Santos');
  });

  it('turns the whole layout right-to-left when Arabic is chosen, and back', async () => {
    await renderApp();
    await screen.findByRole('heading', { name: 'Welcome to Tulay' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Interface language' }));
    await userEvent.click(await screen.findByRole('option', { name: 'العربية' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(getComputedStyle(screen.getByRole('heading', { level: 1 })).direction).toBe('rtl');

    await userEvent.click(screen.getByRole('combobox', { name: ar.setup.language }));
    await userEvent.click(await screen.findByRole('option', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
  });
});
