// The stakeholder pages on a database of their own, with the providers the app puts above
// them (theme and direction, translations, database, staff member, desk) and a router.
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { Language } from '../../../domain/records';
import { AppProviders } from '../../../renderer/app/AppProviders';
import { createI18n } from '../../../renderer/app/i18n/i18n';
import {
  ActorProvider,
  createDatabase,
  DatabaseProvider,
  openDatabase,
  type TulayDatabase,
  type WriteContext,
} from '../../../renderer/db';
import { DeskProvider } from '../../../renderer/features/settings';
import {
  StakeholderFormPage,
  StakeholderPage,
  StakeholdersPage,
} from '../../../renderer/features/stakeholders';
import {
  createStakeholder,
  type StakeholderInput,
} from '../../../renderer/features/stakeholders/stakeholderRepository';
import { LEGAZPI_DESK } from '../deskFixture';

let counter = 0;
const STAFF = 'staff-test';

/** A fresh database named after the test file, so files never share one. */
export async function openTestDatabase(prefix: string) {
  const db = createDatabase(`tulay-${prefix}-${Date.now()}-${counter++}`);
  await openDatabase(db);
  const ctx: WriteContext = { db, actor: STAFF };
  return { db, ctx };
}

export function diaspora(name: string, country?: string): StakeholderInput {
  return { name, type: 'diaspora', ...(country ? { country } : {}) };
}

export async function seed(ctx: WriteContext, inputs: StakeholderInput[]) {
  const stored = [];
  for (const input of inputs) stored.push(await createStakeholder(ctx, input));
  return stored;
}

export async function renderStakeholders(
  db: TulayDatabase,
  path = '/stakeholders',
  language: Language = 'en',
) {
  localStorage.removeItem('tulay.language');
  const i18n = await createI18n(language);
  const desk = { profile: { ...LEGAZPI_DESK, language }, staffId: STAFF };
  const view = render(
    <AppProviders i18n={i18n}>
      <DatabaseProvider db={db}>
        <ActorProvider actor={STAFF}>
          <DeskProvider desk={desk}>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path="/stakeholders" element={<StakeholdersPage />} />
                <Route path="/stakeholders/new" element={<StakeholderFormPage />} />
                <Route path="/stakeholders/:id" element={<StakeholderPage />} />
                <Route path="/stakeholders/:id/edit" element={<StakeholderFormPage />} />
              </Routes>
            </MemoryRouter>
          </DeskProvider>
        </ActorProvider>
      </DatabaseProvider>
    </AppProviders>,
  );
  return { ...view, i18n };
}
