// The new-person panel with the keyboard alone: a birth date typed in the desk's order and left
// with one Tab, a wrong date named, Esc asking before it throws away what was typed, and the
// focus going on to the intake's next field once the person is saved.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { localDay } from '../../../domain/localDay';
import casesEn from '../../../locales/en/cases.json';
import common from '../../../locales/en/common.json';
import en from '../../../locales/en/people.json';
import type { TulayDatabase } from '../../../renderer/db';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';
import { renderPicker } from './PersonPickerHarness';

const chosen = () => screen.getByTestId('chosen').textContent;
const field = (name: RegExp) => screen.getByRole('textbox', { name });

/** Types a name in the picker and opens "Create new person" with Enter. */
async function openNewPerson(name: string) {
  await userEvent.keyboard(name);
  const create = await screen.findByTestId('create-person-option');
  await waitFor(() => expect(create.hasAttribute('data-combobox-selected')).toBe(true));
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(document.activeElement).toBe(field(/^Given name/)));
}

describe('new person by keyboard', () => {
  let db: TulayDatabase | undefined;
  afterEach(() => {
    db?.close();
    db = undefined;
  });

  it('stores a birth date typed as month/day/year, and one Tab leaves the field', async () => {
    const view = await renderPicker();
    db = view.db;
    await openNewPerson('Pedro Reyes');
    field(/^Birth date/).focus();
    await userEvent.keyboard('07/03/1985');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(field(/^Phone/));
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(chosen()).not.toBe(''));
    expect((await db.people.get(chosen()))?.birthDate).toBe('1985-07-03');
  });

  it('reads the same digits day first on a Spanish desk', async () => {
    const view = await renderPicker('es');
    db = view.db;
    await userEvent.keyboard('Pedro Reyes');
    await userEvent.click(await screen.findByTestId('create-person-option'));
    const birth = await screen.findByRole('textbox', { name: /^Fecha de nacimiento/ });
    expect(birth.getAttribute('placeholder')).toBe('dd/mm/aaaa');
    birth.focus();
    await userEvent.keyboard('07/03/1985{Enter}');

    await waitFor(() => expect(chosen()).not.toBe(''));
    expect((await db.people.get(chosen()))?.birthDate).toBe('1985-03-07');
  });

  it('says how to write a date that is not one, and saves nothing', async () => {
    const view = await renderPicker();
    db = view.db;
    await openNewPerson('Pedro Reyes');
    field(/^Birth date/).focus();
    await userEvent.keyboard('31/12/1985{Tab}');
    const example = `12/31/${localDay().slice(0, 4)}`;
    const message = common.dateField.invalid
      .replace('{{pattern}}', 'mm/dd/yyyy')
      .replace('{{example}}', example);
    expect(await screen.findByText(message)).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(field(/^Birth date/).getAttribute('aria-invalid')).toBe('true'));
    expect(await db.people.count()).toBe(0);
    expect(chosen()).toBe('');
  });

  it('asks before Esc throws away what was typed; Esc at the question goes back', async () => {
    const view = await renderPicker();
    db = view.db;
    await openNewPerson('Pedro Reyes');
    field(/^Phone/).focus();
    await userEvent.keyboard('0917 888 9999');
    await userEvent.keyboard('{Escape}');

    const question = await screen.findByRole('alertdialog', { name: en.newPerson.discardQuestion });
    const keep = within(question).getByRole('button', { name: en.newPerson.keepEditing });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(field(/^Phone/)));
    expect(field(/^Phone/)).toHaveProperty('value', '0917 888 9999');
    expect(field(/^Given name/)).toHaveProperty('value', 'Pedro');

    await userEvent.keyboard('{Escape}');
    await screen.findByRole('alertdialog');
    await userEvent.keyboard('{Tab}{Enter}'); // "Discard"
    const search = await screen.findByTestId('person-search');
    expect(search).toHaveProperty('value', 'Pedro Reyes');
    expect(screen.queryByRole('textbox', { name: /^Phone/ })).toBeNull();
  });

  it('goes straight back to the search on Esc when nothing was typed in the panel', async () => {
    const view = await renderPicker();
    db = view.db;
    await openNewPerson('Pedro Reyes');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('person-search')));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it("puts the focus on the intake's next field after Save new person", async () => {
    const { databaseName } = await setUpDesk();
    await renderApp({ databaseName, path: '/cases/new' });
    await screen.findByRole('heading', { name: casesEn.intake.title });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('person-search')));
    await openNewPerson('Pedro Reyes');
    await userEvent.keyboard('{Enter}');

    await screen.findByTestId('selected-person');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('combobox', { name: new RegExp(`^${casesEn.intake.clientRole}`) }),
      ),
    );
  });
});
