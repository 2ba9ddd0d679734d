// Lists inside a cell or a sentence read as the language writes them: "Atención sanitaria,
// Asistencia jurídica y Acogida y vivienda" in Spanish, with و in Arabic, never a bare
// English-style comma list.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../domain/records';
import type { TulayDatabase } from '../../../renderer/db';
import { openTestDatabase, renderStakeholders, seed } from './stakeholdersHarness';

let db: TulayDatabase | undefined;
afterEach(() => db?.close());

async function sectorsCell(language: Language) {
  const opened = await openTestDatabase(`stakeholder-lists-${language}`);
  db = opened.db;
  await seed(opened.ctx, [
    {
      name: 'Casa del Migrante',
      type: 'civilSociety',
      country: 'PE',
      sectors: ['health', 'legalAid', 'shelter'],
    },
  ]);
  const view = await renderStakeholders(db, '/stakeholders', language);
  const table = await screen.findByTestId('stakeholder-directory', {}, { timeout: 10_000 });
  const row = within(table).getAllByRole('row')[1]!;
  const text = row.textContent ?? '';
  view.unmount();
  return text;
}

describe('the directory lists sectors in the interface language', () => {
  it('joins them with "y" in Spanish', async () => {
    expect(await sectorsCell('es')).toContain(
      'Atención sanitaria, Asistencia jurídica y Acogida y vivienda',
    );
  });

  it('joins them with "و" in Arabic', async () => {
    expect(await sectorsCell('ar')).toContain('الرعاية الصحية والمساعدة القانونية والإيواء والسكن');
  });
});
