// Opens the app on a desk that is already set up (the OFW preset), so a services test starts
// where an officer would: in the app shell, with the starter services seeded.
import { screen } from '@testing-library/react';
import type { Language } from '../../../domain/records';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { renderApp } from '../renderApp';

export const OEC = 'Overseas Employment Certificate (OEC) and e-Registration';

export async function openSetUpDesk(databaseName: string, language: Language = 'en') {
  const db = createDatabase(databaseName);
  await openDatabase(db);
  await completeSetup(db, {
    municipality: 'Legazpi City',
    country: 'PH',
    deskName: 'Municipal OFW Help Desk',
    presetId: 'ofw-ph',
    staffName: 'Ana Santos',
    language,
    referencePrefix: 'LEG',
  });
  db.close();
  const view = await renderApp({ databaseName, language });
  await screen.findByTestId('header-desk', {}, { timeout: 5000 });
  return view;
}

export function goTo(path: string) {
  window.location.hash = `#${path}`;
}
