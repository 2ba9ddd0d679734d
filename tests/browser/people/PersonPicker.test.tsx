import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import esCommon from '../../../locales/es/common.json';
import es from '../../../locales/es/people.json';
import type { TulayDatabase } from '../../../renderer/db';
import { createPerson } from '../../../renderer/features/people';
import { renderPicker } from './PersonPickerHarness';

const chosen = () => screen.getByTestId('chosen').textContent;
const ctx = (db: TulayDatabase) => ({ db, actor: 'staff-test' });

async function seed(db: TulayDatabase) {
  const maria = await createPerson(ctx(db), {
    givenName: 'Maria',
    familyName: 'Dela Cruz',
    birthDate: '1990-05-01',
    phone: '0917 555 1234',
    barangay: 'Bitano',
    city: 'Legazpi City',
  });
  const rosa = await createPerson(ctx(db), { givenName: 'Rosa', familyName: 'Santos' });
  return { maria, rosa };
}

describe('PersonPicker', () => {
  let db: TulayDatabase | undefined;
  afterEach(() => db?.close());

  it('finds a person by typing part of the name and picks the best match with Enter', async () => {
    const view = await renderPicker();
    db = view.db;
    const { maria } = await seed(db);
    await userEvent.keyboard('dela cr');
    const option = await screen.findByRole('option', { name: /Maria Dela Cruz/ });
    expect(option.textContent).toContain('0917 555 1234');
    expect(option.textContent).toContain('Bitano, Legazpi City');
    expect(within(option).getByText('0917 555 1234').getAttribute('dir')).toBe('ltr');
    // The officer presses Enter on the highlighted best match. The option can already be listed
    // from a search of fewer letters while the full one runs, not yet highlighted: Enter then
    // picks nothing, so wait for what the officer waits for, the highlight.
    await waitFor(() => expect(option.hasAttribute('data-combobox-selected')).toBe(true));
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(chosen()).toBe(maria.id));
    const card = screen.getByTestId('selected-person');
    await waitFor(() => expect(card.textContent).toContain('Maria Dela Cruz'));
    expect(card.textContent).toContain('0917 555 1234');
    expect(view.submitted).toEqual([]); // Enter picked; it did not submit the form around it
  });

  it('finds by phone typed another way, moves with the arrow keys and clears with Esc', async () => {
    const view = await renderPicker();
    db = view.db;
    await seed(db);
    await userEvent.keyboard('+63 917 555');
    const maria = await screen.findByRole('option', { name: /Maria Dela Cruz/ });
    const create = screen.getByRole('option', { name: /Create new person/ });
    const selected = (option: HTMLElement) => option.hasAttribute('data-combobox-selected');
    await waitFor(() => expect(selected(maria)).toBe(true));
    await userEvent.keyboard('{ArrowDown}');
    expect([selected(maria), selected(create)]).toEqual([false, true]);
    await userEvent.keyboard('{ArrowUp}');
    expect([selected(maria), selected(create)]).toEqual([true, false]);
    await userEvent.keyboard('{Escape}');
    expect(screen.getByTestId('person-search')).toHaveProperty('value', '');
    expect(chosen()).toBe('');
  });

  it('creates a new person with the keyboard alone, prefilled from what was typed', async () => {
    const view = await renderPicker();
    db = view.db;
    await seed(db);
    await userEvent.keyboard('juan dela paz');
    await screen.findByText(/Nobody recorded matches/);
    await userEvent.keyboard('{Enter}');

    const given = await screen.findByRole('textbox', { name: /Given name/ });
    expect(given).toHaveProperty('value', 'Juan');
    expect(screen.getByRole('textbox', { name: /Family name/ })).toHaveProperty(
      'value',
      'Dela Paz',
    );
    await waitFor(() => expect(document.activeElement).toBe(given));
    await userEvent.keyboard('{Tab}Santos{Enter}'); // the middle name, then save

    await waitFor(() => expect(chosen()).not.toBe(''));
    const stored = await db.people.get(chosen() ?? '');
    expect(stored).toMatchObject({
      givenName: 'Juan',
      middleName: 'Santos',
      familyName: 'Dela Paz',
    });
    await waitFor(() =>
      expect(screen.getByTestId('selected-person').textContent).toContain('Juan Santos Dela Paz'),
    );
    expect(view.submitted).toEqual([]);
  });

  it('warns about a likely duplicate before saving, and "Use this person" picks the existing one', async () => {
    const view = await renderPicker();
    db = view.db;
    const { maria } = await seed(db);
    await userEvent.keyboard('Mariah Dela Cruz');
    const create = await screen.findByRole('option', {
      name: /Create new person: “Mariah Dela Cruz”/,
    });
    await userEvent.click(create);
    await userEvent.click(await screen.findByRole('button', { name: 'Save new person' }));

    const warning = await screen.findByTestId('duplicate-warning');
    expect(warning.textContent).toContain('Maria Dela Cruz');
    expect(warning.textContent).toContain('Name spelled almost the same');
    await userEvent.click(
      within(warning).getByRole('button', { name: /Use this person: Maria Dela Cruz/ }),
    );

    await waitFor(() => expect(chosen()).toBe(maria.id));
    expect(await db.people.count()).toBe(2);
  });

  it('creates the new person anyway when the officer says it is someone else', async () => {
    const view = await renderPicker();
    db = view.db;
    await seed(db);
    await userEvent.keyboard('0917 555 1234');
    await userEvent.click(await screen.findByRole('option', { name: /Create new person/ }));
    expect(screen.getByRole('textbox', { name: /Phone/ })).toHaveProperty('value', '0917 555 1234');
    await userEvent.type(screen.getByRole('textbox', { name: /Given name/ }), 'Pedro');
    await userEvent.type(screen.getByRole('textbox', { name: /Family name/ }), 'Reyes');
    await userEvent.click(screen.getByRole('button', { name: 'Save new person' }));
    const warning = await screen.findByTestId('duplicate-warning');
    expect(warning.textContent).toContain('Same phone number');
    await userEvent.click(within(warning).getByRole('button', { name: 'No, create a new person' }));

    await waitFor(() => expect(chosen()).not.toBe(''));
    expect((await db.people.get(chosen() ?? ''))?.givenName).toBe('Pedro');
    expect(await db.people.count()).toBe(3);
  });

  it('names each invalid field in the user language and saves nothing', async () => {
    const view = await renderPicker('es');
    db = view.db;
    await userEvent.keyboard('Zamora');
    await userEvent.click(await screen.findByRole('option', { name: /Zamora/ }));
    const family = await screen.findByRole('textbox', { name: new RegExp(es.fields.familyName) });
    expect(family).toHaveProperty('value', '');
    const birth = screen.getByLabelText(es.fields.birthDate);
    await userEvent.fill(birth, '2999-01-01');
    await userEvent.type(screen.getByRole('textbox', { name: es.fields.phone }), '0917-LLAMA-YA');
    await userEvent.keyboard('{Enter}'); // Enter in any field saves

    expect(await screen.findByText('Este campo es obligatorio.')).toBeTruthy();
    expect(screen.getByText(es.errors.birthDateFuture)).toBeTruthy();
    expect(screen.getByText(esCommon.errors.phone)).toBeTruthy();
    expect(family.getAttribute('aria-invalid')).toBe('true');
    expect(await db.people.count()).toBe(0);
    expect(chosen()).toBe('');
  });

  it('offers "Change" on the chosen person and goes back to the search', async () => {
    const view = await renderPicker();
    db = view.db;
    const { rosa } = await seed(db);
    await userEvent.keyboard('rosa');
    await screen.findByRole('option', { name: /Rosa Santos/ });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(chosen()).toBe(rosa.id));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Change Client (Rosa Santos)' }),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('person-search')));
    expect(chosen()).toBe('');
  });
});
