import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import common from '../../../locales/es/common.json';
import es from '../../../locales/es/caseList.json';
import presets from '../../../locales/es/presets.json';
import { createDatabase, openDatabase, type WriteContext } from '../../../renderer/db';
import { createCase } from '../../../renderer/features/cases/caseRepository';
import { createPerson } from '../../../renderer/features/people';
import { platform } from '../../../renderer/platform';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const desk = { presetId: 'ofw-ph' as const, referencePrefix: 'LGZ' };

/** Cases of OFWs in Saudi Arabia and the Emirates, with the names desks really have. */
async function deskOfNames() {
  const { databaseName, staffId } = await setUpDesk();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const at = (iso: string): WriteContext => ({ db, actor: staffId, now: () => new Date(iso) });
  const ctx = at('2026-03-01T09:00:00Z');
  const peña = await createPerson(ctx, { givenName: 'José', familyName: 'Peña-Reyes' });
  const arabic = await createPerson(ctx, { givenName: 'عبد الله', familyName: 'الفارسي' });
  const santos = await createPerson(ctx, { givenName: 'Pedro', familyName: 'Santos' });
  const intake = (clientId: string, country: string, categories: string[]) => ({
    clientId,
    clientRole: 'ofwLandBased',
    channel: 'walkIn' as const,
    categories,
    urgency: 'normal' as const,
    description: 'Pidió ayuda con su empleador.',
    ofwDetails: { destinationCountry: country },
    consents: [{ purpose: 'caseHandling' as const, legalBasis: 'consent' as const }],
  });
  const a = await createCase(
    at('2026-01-10T09:00:00Z'),
    desk,
    intake(peña.id, 'SA', ['repatriation']),
  );
  const b = await createCase(
    at('2026-02-03T09:00:00Z'),
    desk,
    intake(arabic.id, 'SA', ['contractViolation', 'legalAssistance']),
  );
  await createCase(at('2026-02-20T09:00:00Z'), desk, intake(santos.id, 'AE', ['repatriation']));
  db.close();
  return { databaseName, saudi: [a, b] };
}

let open: ReturnType<typeof createDatabase> | undefined;
afterEach(() => {
  open?.close();
  vi.restoreAllMocks();
});

async function exportAs(item: string) {
  await waitFor(() =>
    expect(screen.getByRole('button', { name: common.export.button })).toHaveProperty(
      'disabled',
      false,
    ),
  );
  await userEvent.click(screen.getByRole('button', { name: common.export.button }));
  await userEvent.click(await screen.findByRole('menuitem', { name: item }));
}

describe('exporting the case list', () => {
  it('writes exactly the filtered cases as CSV with ñ and Arabic intact, and audits the filters', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('casos.csv');
    const { databaseName, saudi } = await deskOfNames();
    await renderApp({ databaseName, path: '/cases?country=SA', language: 'es' });
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toMatch(/^2 /), {
      timeout: 5000,
    });
    await exportAs(common.export.csv);
    // The file is written in a worker that first loads the spreadsheet library.
    await waitFor(() => expect(save).toHaveBeenCalledOnce(), { timeout: 15_000 });

    const request = save.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/^casos-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = request.data as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = text.slice(1).split('\r\n');
    expect(header!.split(',').slice(0, 2)).toEqual([es.columns.reference, es.columns.client]);
    expect(lines).toHaveLength(2);
    const bySaudi = saudi.map((c) => lines.find((line) => line.startsWith(c.reference)));
    expect(bySaudi[0]).toContain('José Peña-Reyes');
    expect(bySaudi[0]).toContain(presets['ofw-ph'].categories.repatriation);
    expect(bySaudi[0]).toContain('Arabia Saudí');
    expect(bySaudi[0]).toContain(',2026-01-10,');
    expect(bySaudi[1]).toContain('عبد الله الفارسي');
    expect(text).not.toContain('Pedro Santos');
    expect(text).not.toContain('Pidió ayuda');
    expect(await screen.findByTestId('export-status')).toHaveProperty(
      'textContent',
      common.export.savedTo.replace('{{path}}', 'casos.csv'),
    );

    open = createDatabase(databaseName);
    await openDatabase(open);
    const audit = await open.audit.filter((a) => a.action === 'export').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      table: 'cases',
      detail: { filters: { country: ['SA'] }, rows: 2, format: 'csv' },
    });
    expect(audit[0]!.recordIds!.sort()).toEqual(saudi.map((c) => c.id).sort());
  });

  it('writes the filtered cases as an Excel workbook of text cells', async () => {
    const save = vi.spyOn(platform, 'saveFile').mockResolvedValue('casos.xlsx');
    const { databaseName } = await deskOfNames();
    await renderApp({ databaseName, path: '/cases?country=AE', language: 'es' });
    await waitFor(() => expect(screen.getByTestId('case-count').textContent).toMatch(/^1 /), {
      timeout: 5000,
    });
    await exportAs(common.export.xlsx);
    // The file is written in a worker that first loads the spreadsheet library.
    await waitFor(() => expect(save).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const request = save.mock.calls[0]![0];
    expect(request.suggestedName).toMatch(/\.xlsx$/);
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.read(request.data, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, {
      header: 1,
    });
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Pedro Santos');
    expect(rows[1]).toContain('2026-02-20');
  });
});
