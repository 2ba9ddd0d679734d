// The person picker alone, inside a react-hook-form Controller as the intake uses it, on a
// database of its own, so a test sees what the picker shows and what the form receives.
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { i18n } from 'i18next';
import { Controller, useForm } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../domain/records';
import { createI18n } from '../../../renderer/app/i18n/i18n';
import { theme } from '../../../renderer/app/theme';
import {
  ActorProvider,
  createDatabase,
  DatabaseProvider,
  openDatabase,
  type TulayDatabase,
} from '../../../renderer/db';
import { PersonPicker } from '../../../renderer/features/people';

let counter = 0;

function PickerForm({ onSubmit }: { onSubmit: (personId: string | null) => void }) {
  const form = useForm<{ personId: string | null }>({ defaultValues: { personId: null } });
  return (
    <form onSubmit={form.handleSubmit((values) => onSubmit(values.personId))}>
      <Controller
        control={form.control}
        name="personId"
        render={({ field }) => (
          <PersonPicker label="Client" value={field.value} onChange={field.onChange} autoFocus />
        )}
      />
      <output data-testid="chosen">{form.watch('personId') ?? ''}</output>
      <button type="submit">Submit form</button>
    </form>
  );
}

export async function renderPicker(language: Language = 'en') {
  const db: TulayDatabase = createDatabase(`tulay-picker-${Date.now()}-${counter++}`);
  await openDatabase(db);
  const i18n: i18n = await createI18n(language);
  const submitted: (string | null)[] = [];
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <DatabaseProvider db={db}>
          <ActorProvider actor="staff-test">
            <PickerForm onSubmit={(id) => submitted.push(id)} />
          </ActorProvider>
        </DatabaseProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...view, db, i18n, submitted };
}
