// Finding a person as an officer does: by the last digits of a number read off a call log, and
// by a hyphenated name typed without its hyphen.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import en from '../../../locales/en/people.json';
import type { TulayDatabase } from '../../../renderer/db';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { createPerson } from '../../../renderer/features/people';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';
import { renderPicker } from './PersonPickerHarness';

const ctx = (db: TulayDatabase) => ({ db, actor: 'staff-test' });

async function seed(db: TulayDatabase) {
  const junjun = await createPerson(ctx(db), {
    givenName: 'Jun-jun',
    familyName: 'Peñaflor',
    phone: '+63 918 555 0142',
  });
  const rosa = await createPerson(ctx(db), {
    givenName: 'Rosa',
    familyName: 'Santos',
    phone: '0142 777 8888',
  });
  return { junjun, rosa };
}

describe('people search', () => {
  let db: TulayDatabase | undefined;
  afterEach(() => db?.close());

  it('finds in the person picker by the last digits of the phone and by "junjun"', async () => {
    const view = await renderPicker();
    db = view.db;
    await seed(db);
    await userEvent.keyboard('555 0142');
    await screen.findByRole('option', { name: /Jun-jun Peñaflor/ });
    expect(screen.queryByRole('option', { name: /Rosa Santos/ })).toBeNull();

    await userEvent.clear(screen.getByTestId('person-search'));
    await userEvent.keyboard('junjun pen');
    const option = await screen.findByRole('option', { name: /Jun-jun Peñaflor/ });
    await waitFor(() => expect(option.hasAttribute('data-combobox-selected')).toBe(true));
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('selected-person').textContent).toContain('Jun-jun Peñaflor'),
    );
  });

  it('narrows the people list to the number that ends with the digits typed', async () => {
    const { databaseName } = await setUpDesk();
    const seeded = createDatabase(databaseName);
    await openDatabase(seeded);
    await seed(seeded);
    seeded.close();
    await renderApp({ databaseName, path: '/people' });
    const count = () => screen.getByTestId('people-count').textContent;
    await waitFor(() => expect(count()).toBe('2 people'), { timeout: 5000 });
    await userEvent.type(screen.getByRole('searchbox'), '0142');
    await waitFor(() => expect(count()).toBe('2 matching people'));
    await userEvent.type(screen.getByRole('searchbox'), '{Backspace>4}5550142');
    await waitFor(() => expect(count()).toBe('1 matching person'));
    const table = screen.getByRole('table', { name: en.list.title });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Jun-jun Peñaflor');
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'junjun');
    await waitFor(() => expect(count()).toBe('1 matching person'));
  });
});
