// A desk already set up, on its own database, for browser tests of the screens after set-up.
import { createDatabase, openDatabase } from '../../renderer/db';
import { completeSetup } from '../../renderer/features/settings/settingsRepository';
import type { DeskProfile } from '../../domain/records';

let counter = 0;

export const LEGAZPI_DESK: DeskProfile = {
  municipality: 'Legazpi City',
  country: 'PH',
  deskName: 'Municipal OFW Help Desk',
  presetId: 'ofw-ph',
  staffName: 'Ana Santos',
  language: 'en',
  referencePrefix: 'LGZ',
};

/** Creates a set-up desk; returns the database name and the staff id. */
export async function setUpDesk(profile: DeskProfile = LEGAZPI_DESK) {
  const databaseName = `tulay-desk-${Date.now()}-${counter++}`;
  const db = createDatabase(databaseName);
  await openDatabase(db);
  const staffId = await completeSetup(db, profile);
  db.close();
  return { databaseName, staffId };
}
