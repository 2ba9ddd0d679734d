// A desk without a starter set (the migrant desk) starts from an empty directory that says what
// it is for, and adds its first service from there.
import { screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { renderApp } from '../renderApp';
import { goTo } from './servicesDesk';

// A database per attempt: a retried test must not find what its failed attempt left behind.
let counter = 0;
const freshName = () => `tulay-browser-services-new-${Date.now()}-${counter++}`;

async function openMigrantDesk() {
  const databaseName = freshName();
  const db = createDatabase(databaseName);
  await openDatabase(db);
  await completeSetup(db, {
    municipality: 'Terrassa',
    country: 'ES',
    deskName: 'Servei d’Acollida',
    presetId: 'migrant',
    staffName: 'Laia Puig',
    language: 'es',
    referencePrefix: 'TRS',
  });
  db.close();
  await renderApp({ databaseName, language: 'es' });
  await screen.findByTestId('header-desk', {}, { timeout: 5000 });
}

describe('a new service', () => {
  it('starts from an empty directory that teaches, and opens the new service once saved', async () => {
    await openMigrantDesk();
    goTo('/services');
    expect(await screen.findByText('Todavía no hay servicios')).toBeTruthy();
    const adds = screen.getAllByRole('link', { name: 'Añadir un servicio' });
    await userEvent.click(adds[adds.length - 1]!);

    const name = await screen.findByRole('textbox', { name: /Nombre del servicio/ });
    await userEvent.type(name, 'Informe de arraigo');
    await userEvent.click(screen.getByText('Vivienda'));
    expect(screen.getByRole('checkbox', { name: 'Vivienda' })).toHaveProperty('checked', true);
    await userEvent.click(screen.getByTestId('handout-tab-ar'));
    const panel = screen.getByRole('tabpanel', { name: /العربية/ });
    const title = within(panel).getByRole('textbox', { name: /Título/ });
    expect(getComputedStyle(title).direction).toBe('rtl');
    await userEvent.type(title, 'تقرير الاندماج');
    await userEvent.click(screen.getByRole('button', { name: 'Añadir el servicio' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Informe de arraigo' }),
    ).toBeTruthy();
    expect(screen.getByTestId('saved-notice').textContent).toMatch(/Guardado a las/);
    expect(screen.getByTestId('handout-languages').textContent).toBe('Redactado en: العربية');
  });
});
