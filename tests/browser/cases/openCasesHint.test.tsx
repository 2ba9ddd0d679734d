// The intake tells the officer, before a new case is recorded, that the person picked already
// has an open case: its number (a link), its categories and when it was opened. A hint, not a
// wall: the new case can still be saved.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import en from '../../../locales/en/cases.json';
import { formatDate } from '../../../renderer/ui/format';
import { renderApp } from '../renderApp';
import { deskWithCases } from './caseListFixture';

async function pick(label: string | RegExp, typed: string, name: RegExp) {
  await userEvent.click(await screen.findByRole('textbox', { name: label }));
  await userEvent.keyboard(typed);
  const option = await screen.findByRole('option', { name });
  await waitFor(() => expect(option.hasAttribute('data-combobox-selected')).toBe(true));
  await userEvent.keyboard('{Enter}');
}

const hint = () => screen.findByTestId('open-cases-hint', {}, { timeout: 5000 });

describe('open cases in the intake', () => {
  it('lists the open cases of the client picked, with a link, and still lets a new one be saved', async () => {
    const { databaseName, cases } = await deskWithCases();
    await renderApp({ databaseName, path: '/cases/new' });
    expect(screen.queryByTestId('open-cases-hint')).toBeNull();
    await pick(en.intake.client, 'pedro', /Pedro Santos/);

    const shown = await hint();
    expect(shown.textContent).toContain('Pedro Santos already has an open case:');
    // The closed information case (LGZ-2026-000003) is not offered.
    const links = within(shown).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['LGZ-2026-000002']);
    expect(shown.textContent).toContain(
      `Contract violation or unpaid wages and Legal assistance, opened ${formatDate('en', cases.wages.openedAt)}`,
    );
    expect(shown.textContent).toContain(en.openCases.advice);
    expect(screen.getByRole('button', { name: en.intake.save }).hasAttribute('disabled')).toBe(
      false,
    );

    links[0]!.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe(`#/cases/${cases.wages.id}`));
    expect((await screen.findByTestId('case-reference')).textContent).toBe('LGZ-2026-000002');
  });

  it('lists each open case once when both the client and the OFW have some', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/cases/new' });
    await pick(en.intake.client, 'rosario', /Rosario Dela Cruz/);
    await userEvent.click(screen.getByRole('combobox', { name: en.intake.clientRole }));
    await userEvent.keyboard('parent');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await pick(new RegExp(en.intake.ofw), 'maria', /Maria Dela Cruz/);

    await waitFor(async () =>
      expect((await hint()).textContent).toContain('Maria Dela Cruz already has an open case:'),
    );
    const shown = await hint();
    expect(shown.textContent).toContain('Rosario Dela Cruz already has an open case:');
    expect(
      within(shown)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['LGZ-2026-000001', 'LGZ-2026-000004']);
  });

  it('counts the open cases with the grammar of Arabic', async () => {
    const { databaseName } = await deskWithCases();
    await renderApp({ databaseName, path: '/cases/new', language: 'ar' });
    await pick(/المستفيد/, 'maria', /Maria Dela Cruz/);
    const shown = await hint();
    expect(shown.textContent).toContain('لدى Maria Dela Cruz حالتان مفتوحتان بالفعل:');
    expect(within(shown).getAllByRole('link')).toHaveLength(2);
  });
});
