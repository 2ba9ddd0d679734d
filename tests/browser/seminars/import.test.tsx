// Importing a registration list on the session page, with real-looking files: the officer sees
// how each column is read (and can change it), states the legal basis for the records, and is
// stopped with a reason by a file that is not a registration list, not text, or broken. Only the
// OS file dialog is replaced (by intercepting the click that would open it).
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import registry from '../../fixtures/seminars/servicios-sociales-registro-300.csv?url';
import legazpi from '../../fixtures/seminars/legazpi-pdos-60-rows.csv?url';
import photo from '../../fixtures/seminars/photo-renamed.csv?url';
import unclosed from '../../fixtures/seminars/unclosed-quote.csv?url';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { renderApp } from '../renderApp';
import { deskWithSession } from './sessionFixture';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The next file picker opened answers with this fixture, as if the officer had chosen it. */
async function willPick(url: string, name: string) {
  const data = await (await fetch(url)).arrayBuffer();
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementationOnce(function (
    this: HTMLInputElement,
  ) {
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], name));
    this.files = transfer.files;
    this.dispatchEvent(new Event('change'));
  });
}

async function openImport(capacity = 60) {
  const desk = await deskWithSession({ registrations: 0, capacity });
  await renderApp({ databaseName: desk.databaseName, path: `/seminars/${desk.seminar.id}` });
  await userEvent.click(
    await screen.findByRole('button', { name: 'Import a list' }, { timeout: 5000 }),
  );
  return desk;
}

async function choose(url: string, name: string) {
  await willPick(url, name);
  await userEvent.click(await screen.findByRole('button', { name: 'Choose a CSV file' }));
}

const readAs = (column: string) =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: `What the column “${column}” holds` });

describe('importing a registration list', () => {
  it('imports the 60-row list with destinations and occupations, once the legal basis is stated', async () => {
    const desk = await openImport(50);
    await choose(legazpi, 'legazpi-pdos-60-rows.csv');
    await screen.findByTestId('import-plan', {}, { timeout: 10_000 });
    expect(readAs('Intended Destination').value).toBe('destination');
    expect(readAs('Occupation').value).toBe('occupation');
    expect(readAs('Remarks').value).toBe('');
    expect(screen.getByTestId('unknown-columns').textContent).toContain('No. and Remarks');

    const problems = within(screen.getByTestId('import-problems'));
    expect(
      problems.getByRole('row', { name: /^29 .*“Middle East” is not a country/ }),
    ).toBeTruthy();
    expect(problems.getByRole('row', { name: /^22 .*“07\/21\/1994” is not a date/ })).toBeTruthy();
    expect(screen.getByTestId('import-plan').textContent).toMatch(
      /^50 will get a place and 2 will go on the waitlist/,
    );

    // The officer leaves "Remarks" out: it is no longer reported as unrecognised.
    await userEvent.selectOptions(readAs('Remarks'), 'Do not import');
    await waitFor(() =>
      expect(screen.getByTestId('unknown-columns').textContent).not.toMatch(/Remarks/),
    );

    // No legal basis chosen: the import says so and puts the focus on the choice.
    const importButton = await screen.findByRole(
      'button',
      { name: 'Import 52 registrations' },
      { timeout: 10_000 },
    );
    await userEvent.click(importButton);
    expect(screen.getByTestId('import-basis').textContent).toContain(
      'Choose the legal basis for these records',
    );
    const consent = screen.getByRole('radio', {
      name: /Consent collected on the registration form/,
    });
    expect(document.activeElement).toBe(consent);
    await userEvent.keyboard(' ');
    await userEvent.click(importButton);
    await screen.findByTestId('import-done', {}, { timeout: 90_000 });

    const db = createDatabase(desk.databaseName);
    await openDatabase(db);
    const attendance = await db.attendance.where('seminarId').equals(desk.seminar.id).toArray();
    expect(attendance).toHaveLength(52);
    expect(attendance.every((a) => /^[A-Z]{2}$/.test(a.destination ?? ''))).toBe(true);
    expect(attendance.every((a) => a.occupation)).toBe(true);
    const people = new Map((await db.people.toArray()).map((p) => [p.id, p]));
    const junjun = attendance.find((a) => people.get(a.personId)?.givenName === 'Jun-jun');
    expect(junjun).toMatchObject({ destination: 'AE', occupation: 'Nurse' });
    const consents = await db.consents.toArray();
    expect(consents).toHaveLength(52);
    expect(new Set(consents.map((c) => c.legalBasis))).toEqual(new Set(['consent']));
    db.close();
  }, 150_000);

  it('stops at a photo, an unclosed quote and a registry that is not a list, saying why', async () => {
    await openImport();
    await choose(photo, 'photo.csv');
    expect((await screen.findByTestId('file-problem')).textContent).toMatch(
      /^This is not a text \(CSV\) file/,
    );

    await choose(unclosed, 'unclosed-quote.csv');
    await waitFor(() =>
      expect(screen.getByTestId('file-problem').textContent).toMatch(
        /^Line 5 opens a quotation mark/,
      ),
    );

    await choose(registry, 'servicios-sociales.csv');
    const verdict = await screen.findByTestId('not-a-list', {}, { timeout: 10_000 });
    expect(verdict.textContent).toContain('This file does not look like a registration list');
    expect(verdict.textContent).toContain('Columns recognised: 5 of 16');
    expect(screen.queryByTestId('import-plan')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    const importButton = screen.getByRole('button', { name: /^Import \d+ registrations$/ });
    expect(importButton.hasAttribute('disabled')).toBe(true);
  });
});
