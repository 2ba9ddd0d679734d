// Opens the app on a desk that is already set up (the OFW preset), so a services test starts
// where an officer would: in the app shell, with the starter services seeded.
import { screen } from '@testing-library/react';
import type { Language } from '../../../domain/records';
import { createDatabase, openDatabase } from '../../../renderer/db';
import { completeSetup } from '../../../renderer/features/settings/settingsRepository';
import { renderApp } from '../renderApp';

export const OEC = 'Overseas Employment Certificate (OEC) and e-Registration';

let counter = 0;

/**
 * Sets up a desk on a database of its own (named from `prefix`) and opens the app on it. Never
 * the same database twice: a retried test must not find what its failed attempt left behind.
 */
export async function openSetUpDesk(prefix: string, language: Language = 'en') {
  const databaseName = `${prefix}-${Date.now()}-${counter++}`;
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
