// The intake draft: what was typed just before leaving is kept, and a discarded draft stays
// discarded. The draft's delayed save is held back (its timer, and only it, is faked), so that
// leaving "at once" is at once however slow the machine, and it runs when a test says so.
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import caseList from '../../../locales/en/caseList.json';
import en from '../../../locales/en/cases.json';
import { emptyIntake, type IntakeFormValues } from '../../../domain/cases/intakeForm';
import { createDatabase, loadDraft, saveDraft } from '../../../renderer/db';
import {
  DRAFT_SAVE_DELAY_MS,
  INTAKE_DRAFT_ID,
} from '../../../renderer/features/cases/intake/useIntakeDraft';
import { setUpDesk } from '../deskFixture';
import { renderApp } from '../renderApp';

interface Draft {
  values: IntakeFormValues;
}

/** Slow machines take a while to start the app: the waits below allow for it. */
const SLOW = { timeout: 10_000 };

async function formReady() {
  const save = await screen.findByRole('button', { name: en.intake.save }, SLOW);
  // The form takes input once the draft, if any, is read.
  await waitFor(() => expect(save.hasAttribute('disabled')).toBe(false), SLOW);
}

async function openIntake(databaseName: string) {
  const view = await renderApp({ databaseName, path: '/cases/new' });
  await formReady();
  return view;
}

const descriptionBox = () =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: new RegExp(en.intake.description) });

async function typeDescription(text: string) {
  await userEvent.click(descriptionBox());
  await userEvent.keyboard(text);
}

/** Holds every timer of the draft's delay; `runHeld` runs those not cleared since. */
function holdDraftSaves() {
  const held = new Map<number, () => void>();
  let nextId = 1_000_000;
  const { setTimeout: realSet, clearTimeout: realClear } = window;
  vi.spyOn(window, 'setTimeout').mockImplementation(((handler: () => void, delay?: number) => {
    if (delay !== DRAFT_SAVE_DELAY_MS) return realSet(handler, delay);
    held.set(nextId, handler);
    return nextId++;
  }) as typeof window.setTimeout);
  vi.spyOn(window, 'clearTimeout').mockImplementation((id) => {
    if (typeof id === 'number' && held.delete(id)) return;
    realClear(id as number | undefined);
  });
  return {
    runHeld() {
      const handlers = [...held.values()];
      held.clear();
      for (const handler of handlers) handler();
    },
  };
}

describe('intake draft', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps the last keystrokes when the officer goes to another screen at once', async () => {
    const { databaseName } = await setUpDesk();
    await openIntake(databaseName);
    holdDraftSaves();
    await typeDescription('Employer keeps her passport');
    // Straight to the case list: the draft's delayed save has not run.
    window.location.hash = '#/cases';
    await screen.findByRole('heading', { name: caseList.title }, SLOW);

    const db = createDatabase(databaseName);
    await waitFor(
      async () =>
        expect((await loadDraft<Draft>(db, INTAKE_DRAFT_ID))?.values.description).toBe(
          'Employer keeps her passport',
        ),
      SLOW,
    );
    db.close();
    window.location.hash = '#/cases/new';
    await screen.findByTestId('draft-restored', {}, SLOW);
    await waitFor(() => expect(descriptionBox().value).toBe('Employer keeps her passport'));
  });

  it('writes what is pending at once when the window is being closed', async () => {
    const { databaseName } = await setUpDesk();
    await openIntake(databaseName);
    holdDraftSaves();
    await typeDescription('Called from Riyadh');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));

    // Read through a connection of its own, as the next start of the app would.
    const db = createDatabase(databaseName);
    await waitFor(
      async () =>
        expect((await loadDraft<Draft>(db, INTAKE_DRAFT_ID))?.values.description).toBe(
          'Called from Riyadh',
        ),
      SLOW,
    );
    db.close();
  });

  it('stays discarded: the next visit starts empty, without a "restored" notice', async () => {
    const { databaseName } = await setUpDesk();
    const db = createDatabase(databaseName);
    await saveDraft(db, INTAKE_DRAFT_ID, {
      values: { ...emptyIntake(), description: 'An old call', urgency: 'high' },
      savedAt: new Date().toISOString(),
    });
    await openIntake(databaseName);
    const draftSaves = holdDraftSaves();
    const restored = await screen.findByTestId('draft-restored', {}, SLOW);
    await waitFor(() => expect(descriptionBox().value).toBe('An old call'));
    await userEvent.click(within(restored).getByRole('button', { name: en.intake.discardDraft }));
    await waitFor(() => expect(descriptionBox().value).toBe(''));

    // The delayed save that clearing the form set off runs now. Its write starts at once; a
    // read begun after a turn of the event loop comes after it.
    draftSaves.runHeld();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await loadDraft(db, INTAKE_DRAFT_ID)).toBeUndefined();
    db.close();

    window.location.hash = '#/cases';
    await screen.findByRole('heading', { name: caseList.title }, SLOW);
    window.location.hash = '#/cases/new';
    await formReady();
    expect(screen.queryByTestId('draft-restored')).toBeNull();
    expect(descriptionBox().value).toBe('');
  });
});
