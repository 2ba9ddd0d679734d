// Errors at the intake: the description's limit is said, with a counter as it nears, and a
// failed save puts the focus on the first field in error, in the order of the form.
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/cases.json';
import presets from '../../../locales/en/presets.json';
import { emptyIntake } from '../../../domain/cases/intakeForm';
import { createDatabase, openDatabase, saveDraft } from '../../../renderer/db';
import { INTAKE_DRAFT_ID } from '../../../renderer/features/cases/intake/useIntakeDraft';
import { createPerson } from '../../../renderer/features/people';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

const SLOW = { timeout: 10_000 };

async function openIntake(databaseName: string) {
  await renderApp({ databaseName, path: '/cases/new' });
  const save = await screen.findByRole('button', { name: en.intake.save }, SLOW);
  await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false), SLOW);
  return save;
}

const description = () =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: new RegExp(en.intake.description) });

/** The label of the focused field. */
const focusedLabel = () =>
  (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

describe('intake errors', () => {
  it('says the limit of the description, with a counter as the text nears it', async () => {
    const { databaseName } = await setUpDesk();
    await openIntake(databaseName);

    await userEvent.fill(description(), 'a'.repeat(7000));
    expect(screen.queryByTestId('description-counter')).toBeNull();
    await userEvent.fill(description(), 'a'.repeat(7500));
    const counter = await screen.findByTestId('description-counter');
    expect(counter.textContent).toBe(
      fill(en.intake.descriptionCounter, { length: '7,500', max: '8,000' }),
    );

    await userEvent.fill(description(), 'a'.repeat(8001));
    await userEvent.keyboard('{Tab}');
    const message = fill(en.errors.descriptionTooLong, { length: '8,001', max: '8,000' });
    expect(await screen.findByText(message)).toBeTruthy();
    expect(description().getAttribute('aria-invalid')).toBe('true');
  });

  it('puts the focus on the client when nothing is filled in, not on the description', async () => {
    const { databaseName } = await setUpDesk();
    const save = await openIntake(databaseName);
    await userEvent.click(save);
    await screen.findByText(en.errors.personRequired);
    await waitFor(() => expect(focusedLabel()).toMatch(new RegExp(`^${en.intake.client}`)));
  });

  it('puts the focus on the categories when they are the first field in error', async () => {
    const { databaseName, staffId } = await setUpDesk();
    const db = createDatabase(databaseName);
    await openDatabase(db);
    const client = await createPerson(
      { db, actor: staffId },
      { givenName: 'Pedro', familyName: 'Reyes' },
    );
    await saveDraft(db, INTAKE_DRAFT_ID, {
      values: {
        ...emptyIntake(),
        clientId: client.id,
        clientRole: 'ofwLandBased',
        description: 'Wants to come home.',
      },
      savedAt: new Date().toISOString(),
    });
    db.close();
    const save = await openIntake(databaseName);
    await screen.findByTestId('draft-restored');
    await userEvent.click(save);

    // Categories and consent are both missing: the categories come first on the form.
    await screen.findByText(en.errors.caseHandlingBasis);
    await waitFor(() => expect(focusedLabel()).toBe(presets['ofw-ph'].categories.repatriation));
  });
});
