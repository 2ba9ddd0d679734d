// The intake recorded with the keyboard alone, as at a busy counter: Tab, typing, arrows,
// Space and Enter only.
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/cases.json';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

function accessibleName(element: Element | null): string {
  if (!element) return '';
  const labelledBy = element.getAttribute('aria-labelledby');
  const byId = labelledBy
    ?.split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  const label = (element as HTMLInputElement).labels?.[0]?.textContent;
  return (element.getAttribute('aria-label') ?? label ?? byId ?? element.textContent ?? '').trim();
}

/** Presses Tab until the focused element's name starts with `name` (fails after 40 presses). */
async function tabTo(name: string) {
  for (let i = 0; i < 40; i++) {
    if (accessibleName(document.activeElement).startsWith(name)) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(
    `Tab never reached "${name}"; last focus: "${accessibleName(document.activeElement)}"`,
  );
}

describe('intake by keyboard only', () => {
  it('records a new client, the case details and consent, and opens the case', async () => {
    const { databaseName } = await setUpDesk();
    await renderApp({ databaseName, path: '/cases/new' });
    await screen.findByRole('heading', { name: en.intake.title });
    await waitFor(() => expect(accessibleName(document.activeElement)).toBe(en.intake.client));

    await userEvent.keyboard('Pedro Reyes');
    const create = await screen.findByTestId('create-person-option');
    await waitFor(() => expect(create.hasAttribute('data-combobox-selected')).toBe(true));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(accessibleName(document.activeElement)).toMatch(/^Given name/));
    await tabTo('Phone');
    await userEvent.keyboard('0917 888 9999{Enter}');
    const card = await screen.findByTestId('selected-person', {}, { timeout: 5000 });
    await waitFor(() => expect(card.textContent).toContain('Pedro Reyes'));

    // Saved: the focus goes on to the next field, not back to the top of the page.
    await waitFor(() =>
      expect(accessibleName(document.activeElement).startsWith(en.intake.clientRole)).toBe(true),
    );
    await userEvent.keyboard('land');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await tabTo('Job / occupation');
    await userEvent.keyboard('Welder');

    await tabTo('Repatriation');
    await userEvent.keyboard(' ');
    await tabTo(en.intake.description);
    await userEvent.keyboard('Wants to come home; employer keeps his passport.');
    await tabTo(en.consent.purposes.caseHandling);
    // Opening the list highlights the current choice ("Not given", the last); the next arrow
    // wraps round to "Consent given".
    const highlighted = async (name: string) => {
      const option = await screen.findByRole('option', { name });
      await waitFor(() => expect(option.hasAttribute('data-combobox-selected')).toBe(true));
    };
    await userEvent.keyboard('{ArrowDown}');
    await highlighted(en.consent.basis.none);
    await userEvent.keyboard('{ArrowDown}');
    await highlighted(en.consent.basis.consent);
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect((document.activeElement as HTMLInputElement).value).toBe(en.consent.basis.consent),
    );
    await tabTo(en.intake.save);
    await userEvent.keyboard('{Enter}');

    // Saving writes the case, its consent and the audit, then opens the case page.
    const reference = await screen.findByTestId('case-reference', {}, { timeout: 10_000 });
    expect(reference.textContent).toMatch(/^LGZ-\d{4}-000001$/);
    expect(screen.getByTestId('case-client').textContent).toBe('Pedro Reyes');
    expect(screen.getByText('Repatriation')).toBeTruthy();
    expect(screen.getByText('Welder')).toBeTruthy();
    // A whole intake typed key by key: longer than one screen's test on a busy machine.
  }, 45_000);
});
