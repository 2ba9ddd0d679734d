import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import common from '../../../locales/en/common.json';
import en from '../../../locales/en/services.json';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { platform } from '../../../renderer/platform';
import { goTo, openSetUpDesk } from './servicesDesk';

let open: ReturnType<typeof createDatabase> | undefined;
afterEach(() => {
  open?.close();
  vi.restoreAllMocks();
});

async function exportAs(item: string) {
  // The menu of the last export closed, and that export finished (its button is live again).
  await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  await waitFor(() =>
    expect(screen.getByRole('button', { name: common.export.button })).toHaveProperty(
      'disabled',
      false,
    ),
  );
  await userEvent.click(screen.getByRole('button', { name: common.export.button }));
  await userEvent.click(await screen.findByRole('menuitem', { name: item }));
}

describe('exporting the services directory', () => {
  it('writes the services shown with the category filter, as CSV and as Excel, audited', async () => {
    const save = vi
      .spyOn(platform, 'saveFile')
      .mockImplementation((r) => Promise.resolve(r.suggestedName));
    await openSetUpDesk('tulay-browser-services-export');
    goTo('/services');
    const table = await screen.findByRole('table', { name: en.list.table }, { timeout: 5000 });
    await userEvent.click(screen.getByRole('combobox', { name: en.list.category }));
    await userEvent.click(await screen.findByRole('option', { name: /Illegal recruitment/ }));
    await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(4));
    const shown = within(table)
      .getAllByRole('link')
      .map((link) => link.textContent);

    await exportAs(common.export.csv);
    // The file is written in a worker that first loads its code.
    await waitFor(() => expect(save).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const csv = save.mock.calls[0]![0];
    expect(csv.suggestedName).toMatch(/^services-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.data as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = text.slice(1).split('\r\n');
    expect(header!.split(',').slice(0, 3)).toEqual([
      en.form.name,
      en.form.agency,
      en.form.categories,
    ]);
    expect(lines).toHaveLength(4);
    for (const name of shown) expect(text).toContain(name);
    expect(text).not.toContain('Philippine passport');
    expect(lines.every((line) => line.includes(en.status.toVerify))).toBe(true);

    await exportAs(common.export.xlsx);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2), { timeout: 15_000 });
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.read(save.mock.calls[1]![0].data, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[en.list.title]!, { header: 1 });
    expect(rows).toHaveLength(5);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...shown].sort());

    open = createDatabase(
      (await indexedDB.databases())
        .map((d) => d.name!)
        .filter((n) => n.startsWith('tulay-browser-services-export'))
        .sort()
        .at(-1),
    );
    await openDatabase(open);
    const audit = await open.audit.filter((a) => a.action === 'export').toArray();
    expect(audit.map((a) => [a.table, a.detail])).toEqual([
      ['services', { filters: { category: 'illegalRecruitment' }, rows: 4, format: 'csv' }],
      ['services', { filters: { category: 'illegalRecruitment' }, rows: 4, format: 'xlsx' }],
    ]);
    expect(audit[0]!.recordIds).toHaveLength(4);
  });
});
