// What the intake and the case page show beside a case: the services for its categories.
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DeskProfile } from '../../../domain/records';
import { AppProviders } from '../../../renderer/app/AppProviders';
import { createI18n } from '../../../renderer/app/i18n/i18n';
import {
  ActorProvider,
  createDatabase,
  DatabaseProvider,
  openDatabase,
} from '../../../renderer/db';
import { seedStarterServices, SuggestedServices } from '../../../renderer/features/services';
import { DeskProvider } from '../../../renderer/features/settings';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';

const PROFILE: DeskProfile = {
  municipality: 'Legazpi City',
  country: 'PH',
  deskName: 'Municipal OFW Help Desk',
  presetId: 'ofw-ph',
  staffName: 'Ana Santos',
  language: 'fil',
  referencePrefix: 'LEG',
};

async function renderSuggestions(categories: string[]) {
  const db = createDatabase(`tulay-browser-services-suggested-${Date.now()}`);
  await openDatabase(db);
  const staffId = await completeSetup(db, PROFILE);
  await seedStarterServices({ db, actor: staffId }, 'ofw-ph');
  const i18n = await createI18n('fil');
  render(
    <AppProviders i18n={i18n}>
      <DatabaseProvider db={db}>
        <ActorProvider actor={staffId}>
          <DeskProvider desk={{ profile: PROFILE, staffId }}>
            <MemoryRouter>
              <SuggestedServices categories={categories} />
            </MemoryRouter>
          </DeskProvider>
        </ActorProvider>
      </DatabaseProvider>
    </AppProviders>,
  );
  return screen.findByRole('region', { name: 'Mga mungkahing serbisyo' });
}

describe('SuggestedServices', () => {
  it('lists the services of the case’s categories with a handout to print in Filipino', async () => {
    const region = await renderSuggestions(['illegalRecruitment']);
    const print = await within(region).findByRole('link', {
      name: 'I-print ang handout ng Warning signs of illegal recruitment (awareness handout)',
    });
    expect(print.getAttribute('href')).toMatch(/#?\/print\/service\/[0-9a-f-]+\?lang=fil$/);
    const names = within(region)
      .getAllByRole('listitem')
      .map((item) => within(item).getAllByRole('link')[0]!.textContent);
    expect(names).toEqual([
      'Checking a recruitment agency and a job offer (PESO, anti-illegal recruitment)',
      'Free legal assistance (PAO)',
      'Reporting illegal recruitment or human trafficking (NBI)',
      'Warning signs of illegal recruitment (awareness handout)',
    ]);
    expect(within(region).getAllByText('Susuriin pa ng tanggapan')).toHaveLength(4);
  });

  it('asks for a category before suggesting anything', async () => {
    const region = await renderSuggestions([]);
    expect(
      within(region).getByText('Pumili ng kategorya para makita ang mga serbisyong makatutulong.'),
    ).toBeTruthy();
  });
});
