import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import es from '../../../locales/es/stakeholders.json';
import type { TulayDatabase } from '../../../renderer/db';
import { platform } from '../../../renderer/platform';
import { createLink } from '../../../renderer/features/stakeholders/linkRepository';
import { openTestDatabase, renderStakeholders, seed } from './stakeholdersHarness';

let db: TulayDatabase | undefined;
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

async function directoryOfThree(language: 'en' | 'es' = 'en') {
  const opened = await openTestDatabase('stakeholder-directory');
  db = opened.db;
  const stored = await seed(opened.ctx, [
    {
      name: 'Comunità Filippina di Milano',
      type: 'diaspora',
      country: 'IT',
      city: 'Milano',
      sectors: ['welfare', 'culture'],
      contacts: [{ name: 'Rosa Dimaculangan', phone: '+39 333 123 4567' }],
    },
    {
      name: 'جمعية الجالية الفلبينية في الرياض',
      type: 'diaspora',
      country: 'SA',
      sectors: ['legalAid'],
      notes: '=HYPERLINK("http://example.org")',
    },
    { name: 'Overseas Workers Welfare Administration', type: 'governmentAgency', country: 'PH' },
    {
      name: 'Red de Migrantes Filipinos en Buenos Aires',
      type: 'diaspora',
      country: 'AR',
      city: 'Buenos Aires',
      latitude: -34.6037,
      longitude: -58.3816,
    },
  ]);
  await renderStakeholders(db, '/stakeholders', language);
  await screen.findByTestId('stakeholder-directory', {}, { timeout: 10_000 });
  return { stored };
}

/** Opens the export menu and picks one of its files. */
async function exportFile(item: string) {
  await userEvent.click(screen.getByRole('button', { name: es.directory.export }));
  await userEvent.click(await screen.findByRole('menuitem', { name: item }));
}

/** The rows shown now (the table is replaced when a filter leaves nothing to show). */
const rows = () => within(screen.getByTestId('stakeholder-directory')).getAllByRole('row').slice(1);

describe('the stakeholder directory', () => {
  it('finds by a contact person or city and narrows by sector', async () => {
    await directoryOfThree();
    expect(rows()).toHaveLength(4);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'dimacul');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.textContent).toContain('Comunità Filippina di Milano');

    const filters = screen.getByRole('region', { name: 'Filters' });
    await userEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    await userEvent.click(screen.getByRole('combobox', { name: 'Sector' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Legal aid' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.textContent).toContain('جمعية الجالية');
    expect(screen.getByTestId('stakeholders-shown').textContent).toBe('Showing 1 of 4');
  });

  it('exports what is shown as CSV that Excel opens in the right encoding, and audits it', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('actores.csv');
    const { stored } = await directoryOfThree('es');
    await exportFile(es.directory.stakeholdersCsv);
    // The file is written in a worker that first loads the spreadsheet library.
    await waitFor(() => expect(save).toHaveBeenCalledOnce(), { timeout: 15_000 });

    const request = save.mock.calls[0]![0];
    const text = request.data as string;
    expect(request.suggestedName).toMatch(/^actores-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = text.slice(1).split('\r\n');
    expect(header).toBe(Object.values(es.csv).join(','));
    expect(lines).toHaveLength(4);
    // Coordinates south and west of zero stay numbers that a spreadsheet can map.
    expect(text).toContain(',Buenos Aires,-34.6037,-58.3816,');
    expect(text).toContain('جمعية الجالية الفلبينية في الرياض,Asociación de la diáspora');
    expect(text).toContain(`,${es.sectors.welfare}; ${es.sectors.culture},`);
    // A cell that starts like a formula would run in Excel; it is kept as text.
    expect(text).toContain(`"'=HYPERLINK(""http://example.org"")"`);
    expect(
      await screen.findByText(es.export.savedTo.replace('{{path}}', 'actores.csv')),
    ).toBeTruthy();

    // One audit entry for the file: every stakeholder in it, the filters (none) and the rows.
    const audit = await db!.audit.filter((a) => a.action === 'export').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.table).toBe('stakeholders');
    expect(audit[0]!.recordIds!.sort()).toEqual(stored.map((s) => s.id).sort());
    expect(audit[0]!.detail).toEqual({ filters: {}, rows: 4, format: 'csv' });
  });

  it('exports the links around the stakeholders shown, with names, ids and kinds in words', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('vinculos.csv');
    const opened = await openTestDatabase('stakeholder-links-export');
    db = opened.db;
    const [network, member, owwa] = await seed(opened.ctx, [
      { name: 'Red de Migrantes Filipinos', type: 'diaspora', country: 'AR' },
      { name: '=Caritas Lima', type: 'faithBased', country: 'PE' },
      { name: 'OWWA', type: 'governmentAgency', country: 'PH' },
    ]);
    await createLink(opened.ctx, {
      fromId: member!.id,
      toId: network!.id,
      type: 'memberOf',
      since: '2024-03-01',
    });
    await createLink(opened.ctx, { fromId: owwa!.id, toId: network!.id, type: 'funds' });
    await renderStakeholders(db, '/stakeholders?type=diaspora', 'es');
    await screen.findByTestId('stakeholder-directory', {}, { timeout: 10_000 });
    await waitFor(() => expect(rows()).toHaveLength(1));

    await exportFile(es.directory.linksCsv);
    // The file is written in a worker that first loads the spreadsheet library.
    await waitFor(() => expect(save).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const request = save.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^vinculos-de-actores-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = (request.data as string).slice(1).split('\r\n');
    expect(header).toBe(Object.values(es.linksCsv).join(','));
    expect(lines).toEqual([
      `'=Caritas Lima,${es.linkTypes.outgoing.memberOf},Red de Migrantes Filipinos,2024-03-01,,${member!.id},${network!.id}`,
      `OWWA,${es.linkTypes.outgoing.funds},Red de Migrantes Filipinos,,,${owwa!.id},${network!.id}`,
    ]);
    const audit = await db.audit.filter((a) => a.action === 'export').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.table).toBe('stakeholderLinks');
    expect(audit[0]!.recordIds).toHaveLength(2);
    expect(audit[0]!.detail).toEqual({ filters: { type: ['diaspora'] }, rows: 2, format: 'csv' });
  });

  it('exports the stakeholders shown as an Excel workbook whose formula-like text stays text', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('actores.xlsx');
    await directoryOfThree('es');
    await exportFile(es.directory.stakeholdersXlsx);
    // The file is written in a worker that first loads the spreadsheet library.
    await waitFor(() => expect(save).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const request = save.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^actores-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.read(request.data, { type: 'array' });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const cells = Object.values(sheet).filter(
      (cell): cell is { t: string; v: unknown; f?: string } =>
        typeof cell === 'object' && cell !== null && 't' in cell,
    );
    expect(cells.some((c) => c.f !== undefined)).toBe(false);
    expect(cells.find((c) => c.v === `'=HYPERLINK("http://example.org")`)?.t).toBe('s');
    expect(cells.find((c) => c.v === -34.6037)?.t).toBe('n');
    expect(cells.some((c) => c.v === 'جمعية الجالية الفلبينية في الرياض')).toBe(true);
    const audit = await db!.audit.filter((a) => a.action === 'export').toArray();
    expect(audit[0]!.detail).toEqual({ filters: {}, rows: 4, format: 'xlsx' });
  });
});
