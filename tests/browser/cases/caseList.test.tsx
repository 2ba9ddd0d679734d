import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import en from '../../../locales/en/caseList.json';
import { createDatabase, inForeground, openDatabase } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';
import { deskWithCases } from './caseListFixture';

const count = () => screen.getByTestId('case-count').textContent;
const references = () =>
  within(screen.getByRole('table', { name: en.title }))
    .queryAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('[dir="ltr"]')?.textContent);

const urgencyChips = () => within(screen.getByRole('group', { name: en.filters.urgency }));

async function openList(databaseName: string, path = '/cases') {
  await renderApp({ databaseName, path });
  await waitFor(() => expect(count()).toMatch(/of 4 cases/), { timeout: 5000 });
}

describe('case list', () => {
  it('teaches the first step when the desk has no cases', async () => {
    const { databaseName } = await setUpDesk();
    await renderApp({ databaseName, path: '/cases' });
    const empty = await screen.findByTestId('cases-empty', {}, { timeout: 5000 });
    expect(within(empty).getByRole('heading').textContent).toBe(en.empty.title);
    await userEvent.click(within(empty).getByRole('link', { name: en.empty.action }));
    await waitFor(() => expect(window.location.hash).toBe('#/cases/new'));
  });

  it('lists every case newest first with status and urgency in words', async () => {
    const { databaseName } = await deskWithCases();
    await openList(databaseName);
    expect(count()).toBe('4 of 4 cases');
    expect(references()).toEqual([
      'LGZ-2026-000004',
      'LGZ-2026-000003',
      'LGZ-2026-000002',
      'LGZ-2026-000001',
    ]);
    const first = screen.getAllByRole('row')[1]!;
    await waitFor(() => expect(first.textContent).toContain('Maria Dela Cruz'));
    expect(first.textContent).toContain('Repatriation');
    expect(first.textContent).toContain('Critical');
    expect(first.textContent).toContain('New');
    expect(first.textContent).toContain('Saudi Arabia');
  });

  it('shows the OFW each case is about beside the client', async () => {
    const { databaseName } = await deskWithCases();
    await openList(databaseName);
    const table = screen.getByRole('table', { name: en.title });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    const column = (name: string) => headers.indexOf(name);
    expect(column(en.columns.ofw)).toBe(column(en.columns.client) + 1);
    const people = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => {
          const cells = within(row).getAllByRole('cell');
          return [
            cells[column(en.columns.client)]!.textContent,
            cells[column(en.columns.ofw)]!.textContent,
          ];
        });
    // Rosario asked about her daughter Maria; the others came for themselves.
    await waitFor(() =>
      expect(people()).toEqual([
        ['Maria Dela Cruz', 'Maria Dela Cruz'],
        ['Pedro Santos', 'Pedro Santos'],
        ['Pedro Santos', 'Pedro Santos'],
        ['Rosario Dela Cruz', 'Maria Dela Cruz'],
      ]),
    );
  });

  it('finds a case by the last digits of a phone number read off a call log', async () => {
    const { databaseName } = await deskWithCases();
    await openList(databaseName);
    await userEvent.click(screen.getByRole('searchbox', { name: en.search.label }));
    await userEvent.keyboard('1234');
    await waitFor(() => expect(count()).toBe('1 of 4 cases'));
    expect(references()).toEqual(['LGZ-2026-000001']);
    await userEvent.clear(screen.getByRole('searchbox', { name: en.search.label }));
    await userEvent.keyboard('222 3333');
    await waitFor(() => expect(count()).toBe('2 of 4 cases'));
    expect(references()).toEqual(['LGZ-2026-000003', 'LGZ-2026-000002']);
  });

  it('narrows the rows and the count by search, by filter chips, and shows overdue follow-ups', async () => {
    const { databaseName } = await deskWithCases();
    await openList(databaseName);
    await userEvent.click(screen.getByRole('searchbox', { name: en.search.label }));
    await userEvent.keyboard('pedro');
    await waitFor(() => expect(count()).toBe('2 of 4 cases'));
    expect(references()).toEqual(['LGZ-2026-000003', 'LGZ-2026-000002']);

    await userEvent.click(screen.getByText(en.filters.overdue));
    await waitFor(() => expect(count()).toBe('1 of 4 cases'));
    expect(references()).toEqual(['LGZ-2026-000002']);
    expect(screen.getAllByRole('row')[1]!.textContent).toContain(en.overdue);

    await userEvent.click(screen.getByRole('button', { name: en.filters.clear }));
    await userEvent.clear(screen.getByRole('searchbox', { name: en.search.label }));
    await waitFor(() => expect(count()).toBe('4 of 4 cases'));
    await userEvent.click(urgencyChips().getByText(en.urgency.critical));
    await userEvent.click(urgencyChips().getByText(en.urgency.high));
    await waitFor(() => expect(count()).toBe('2 of 4 cases'));
    expect(window.location.hash).toContain('urgency=critical%2Chigh');
  });

  it('keeps both of two changes made before the list renders again', async () => {
    const { databaseName } = await deskWithCases();
    await openList(databaseName, '/cases?q=pedro&overdue=1');
    await waitFor(() => expect(count()).toBe('1 of 4 cases'));
    // A quick clerk on a slow PC: the filters cleared and the search emptied before the list
    // renders again. Native events, not Testing Library's, which render after each one.
    screen.getByRole('button', { name: en.filters.clear }).click();
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: en.search.label });
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, '');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(count()).toBe('4 of 4 cases'));
    expect(window.location.hash).not.toContain('overdue');
    expect(window.location.hash).not.toContain('pedro');
  });

  // Filipino "LAMPAS NA" and Spanish "VENCIDO" were cut to "LAMPA…" in a column sized for English.
  it.each(['fil', 'es', 'ca', 'ar'] as const)(
    'shows the whole overdue badge in its column in %s',
    async (language) => {
      const { databaseName } = await deskWithCases();
      await renderApp({ databaseName, language, path: '/cases?overdue=1' });
      const label = await waitFor(
        () => {
          const found = document.querySelector<HTMLElement>(
            'tbody .mantine-Badge-root[data-overdue] .mantine-Badge-label',
          );
          expect(found).not.toBeNull();
          return found!;
        },
        { timeout: 5000 },
      );
      expect(label.textContent.length).toBeGreaterThan(0);
      expect(label.scrollWidth).toBeLessThanOrEqual(label.clientWidth);
    },
  );

  it('sorts by a column header and opens a case with the keyboard', async () => {
    const { databaseName, cases } = await deskWithCases();
    await openList(databaseName);
    await userEvent.click(screen.getByRole('button', { name: en.columns.urgency }));
    await waitFor(() => expect(window.location.hash).toContain('sort=urgency&dir=desc'));
    expect(references()[0]).toBe('LGZ-2026-000004');
    await userEvent.click(screen.getByRole('button', { name: en.columns.urgency }));
    await waitFor(() => expect(references()[0]).toBe('LGZ-2026-000003'));
    await userEvent.click(screen.getByRole('button', { name: en.columns.reference }));
    await waitFor(() =>
      expect(references()).toEqual([
        'LGZ-2026-000001',
        'LGZ-2026-000002',
        'LGZ-2026-000003',
        'LGZ-2026-000004',
      ]),
    );

    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: en.search.label }));
    await userEvent.keyboard('{ArrowDown}');
    const rows = () => screen.getAllByRole('row');
    await waitFor(() => expect(document.activeElement).toBe(rows()[1]));
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(rows()[2]));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe(`#/cases/${cases.wages.id}`));
  });

  it('says when no case matches and clears search and filters in one step', async () => {
    const { databaseName } = await deskWithCases();
    await openList(databaseName, '/cases?status=referred');
    const none = await screen.findByTestId('cases-no-match');
    expect(count()).toBe('0 of 4 cases');
    await userEvent.click(within(none).getByRole('button', { name: en.noMatch.clear }));
    await waitFor(() => expect(count()).toBe('4 of 4 cases'));
  });
});

describe('case list, while every case is still being read', () => {
  it("shows a search's matches among the cases not read yet", async () => {
    const { databaseName, staffId } = await setUpDesk();
    const db = createDatabase(databaseName);
    await openDatabase(db);
    const at = (day: number) => ({
      db,
      actor: staffId,
      now: () => new Date(Date.UTC(2026, 0, 1 + day, 9)),
    });
    const intake = (clientId: string) => ({
      clientId,
      clientRole: 'ofwLandBased',
      ofwDetails: {},
      channel: 'walkIn' as const,
      categories: ['welfareCheck'],
      urgency: 'normal' as const,
      description: 'Asked for help.',
      consents: [],
    });
    const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };
    // The oldest case, then more than the first screen's newest 60.
    const zenaida = await createPerson(at(0), { givenName: 'Zenaida', familyName: 'Quibuyen' });
    await createCase(at(0), desk, intake(zenaida.id));
    const pedro = await createPerson(at(0), { givenName: 'Pedro', familyName: 'Santos' });
    for (let day = 1; day <= 61; day++) await createCase(at(day), desk, intake(pedro.id));
    db.close();

    // A read someone waits for holds the list's reading of every case (readPriority.ts), as the
    // reading of 100,000 cases takes seconds: the list shows its newest 60 meanwhile.
    let release!: () => void;
    const held = inForeground(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      await renderApp({ databaseName, path: '/cases' });
      await waitFor(() => expect(count()).toMatch(/still reading all cases/), { timeout: 10_000 });
      await userEvent.keyboard('/');
      await userEvent.keyboard('quibuyen');
      await waitFor(() => expect(references()).toEqual(['LGZ-2026-000001']), { timeout: 5000 });
      expect(count()).toMatch(/^Showing 1 — still reading all cases/);
    } finally {
      release();
      await held;
    }
    await waitFor(() => expect(count()).toBe('1 of 62 cases'), { timeout: 10_000 });
    expect(references()).toEqual(['LGZ-2026-000001']);
  });
});
