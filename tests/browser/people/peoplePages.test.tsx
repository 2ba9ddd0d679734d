import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import en from '../../../locales/en/people.json';
import { deskWithCases } from '../cases/caseListFixture';
import { renderApp } from '../renderApp';

const rowNames = () =>
  within(screen.getByRole('table', { name: en.list.title }))
    .queryAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td')?.textContent);

describe('people pages', () => {
  it('lists people newest first, narrows by search and opens a person with the keyboard', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/people' });
    await waitFor(() => expect(screen.getByTestId('people-count').textContent).toBe('3 people'), {
      timeout: 5000,
    });
    await waitFor(() =>
      expect(rowNames()).toEqual(['Pedro Santos', 'Maria Dela Cruz', 'Rosario Dela Cruz']),
    );
    await userEvent.keyboard('/');
    await userEvent.keyboard('dela');
    await waitFor(() =>
      expect(screen.getByTestId('people-count').textContent).toBe('2 matching people'),
    );
    await userEvent.keyboard('{ArrowDown}');
    const rows = () => screen.getAllByRole('row');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Maria Dela Cruz' })).toBeTruthy();
  });

  it('counts people with the grammar of the language: one, two, a few', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/people', language: 'ar' });
    const count = () => screen.getByTestId('people-count').textContent;
    await waitFor(() => expect(count()).toBe('3 أشخاص'), { timeout: 5000 });
    const search = screen.getByRole('searchbox');
    await userEvent.type(search, 'dela');
    await waitFor(() => expect(count()).toBe('شخصان مطابقان'));
    await userEvent.clear(search);
    await userEvent.type(search, 'pedro');
    await waitFor(() => expect(count()).toBe('شخص واحد مطابق'));
  });

  it('says "1 matching person", not "1 matching people"', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/people' });
    await waitFor(() => expect(screen.getByTestId('people-count').textContent).toBe('3 people'), {
      timeout: 5000,
    });
    await userEvent.type(screen.getByRole('searchbox'), 'pedro');
    await waitFor(() =>
      expect(screen.getByTestId('people-count').textContent).toBe('1 matching person'),
    );
  });

  it('shows the cases as client and as OFW, and the household both ways', async () => {
    const { databaseName, cases } = await deskWithCases();
    await renderApp({ databaseName, path: '/people' });
    await userEvent.click(await screen.findByText('Maria Dela Cruz', {}, { timeout: 5000 }));
    await screen.findByRole('heading', { level: 1, name: 'Maria Dela Cruz' });

    const table = await screen.findByTestId('person-cases');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining(`${cases.repatriation.reference}Client`),
      expect.stringContaining(`${cases.welfare.reference}OFW concerned`),
    ]);
    expect(
      within(table).getByRole('link', { name: cases.welfare.reference }).getAttribute('href'),
    ).toBe(`#/cases/${cases.welfare.id}`);
    const member = await screen.findByTestId('household-member');
    expect(member.textContent).toContain('Rosario Dela Cruz');
    expect(member.textContent).toContain('Rosario Dela Cruz is the parent of Maria Dela Cruz');
    expect(member.textContent).toContain('Maria Dela Cruz is the child of Rosario Dela Cruz');
  });

  it('edits a person and links a new household member found with the picker', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/people' });
    await userEvent.click(await screen.findByText('Pedro Santos', {}, { timeout: 5000 }));
    await userEvent.click(await screen.findByRole('button', { name: en.page.edit }));
    const phone = screen.getByRole('textbox', { name: en.fields.phone });
    await userEvent.clear(phone);
    await userEvent.type(phone, '0918 999 0000{Enter}');
    expect(await screen.findByTestId('saved-notice')).toBeTruthy();
    expect((await screen.findByText('0918 999 0000')).getAttribute('dir')).toBe('ltr');

    const add = screen.getByTestId('add-household-member');
    await userEvent.click(
      within(add).getByRole('textbox', { name: new RegExp(en.household.pick) }),
    );
    await userEvent.keyboard('rosario');
    await within(add).findByRole('option', { name: /Rosario Dela Cruz/ });
    await userEvent.keyboard('{Enter}');
    await userEvent.selectOptions(
      await within(add).findByRole('combobox', { name: 'Relationship to Pedro Santos' }),
      'spouse',
    );
    await userEvent.click(within(add).getByRole('button', { name: en.household.add }));
    const member = await screen.findByTestId('household-member');
    expect(member.textContent).toContain('Rosario Dela Cruz is the spouse of Pedro Santos');
  });
});
