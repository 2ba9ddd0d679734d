import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import { AppProviders } from '../../renderer/app/AppProviders';
import { ErrorBoundary } from '../../renderer/app/ErrorBoundary';
import { createI18n } from '../../renderer/app/i18n/i18n';

let fail = true;
function Flaky() {
  if (fail) throw new Error('the list could not be drawn');
  return <p>list drawn</p>;
}

function Screen() {
  const [typed, setTyped] = useState('');
  return (
    <>
      <input aria-label="note" value={typed} onChange={(e) => setTyped(e.target.value)} />
      <ErrorBoundary>
        <Flaky />
      </ErrorBoundary>
    </>
  );
}

describe('the error boundary', () => {
  it('says plainly that the screen failed, keeps what is outside it, and retries', async () => {
    const i18n = await createI18n('en');
    render(
      <AppProviders i18n={i18n}>
        <Screen />
      </AppProviders>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'note' }), 'half-written note');
    expect(await screen.findByText(common.errors.boundaryTitle)).toBeTruthy();
    expect(screen.getByText(common.errors.boundaryBody)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'note' })).toHaveProperty(
      'value',
      'half-written note',
    );

    fail = false;
    await userEvent.click(screen.getByRole('button', { name: common.errors.reload }));
    expect(await screen.findByText('list drawn')).toBeTruthy();
  });
});
