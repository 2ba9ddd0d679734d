// Renders the whole app on a database of its own, in the language asked for. On a desk that is
// set up, the staff member signs in first (tests/browser/signInFixture.ts), as at every start.
import { render } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { createI18n } from '../../renderer/app/i18n/i18n';
import type { Language } from '../../domain/records';
import { ensureAccount, signInOnScreen } from './signInFixture';

let counter = 0;

export async function renderApp(
  options: { language?: Language; databaseName?: string; path?: string; signIn?: boolean } = {},
) {
  const databaseName = options.databaseName ?? `tulay-browser-${Date.now()}-${counter++}`;
  localStorage.removeItem('tulay.language');
  const i18n = await createI18n(options.language ?? 'en');
  const signIn = options.signIn !== false && (await ensureAccount(databaseName));
  window.location.hash = `#${options.path ?? '/'}`;
  const view = render(<App i18n={i18n} databaseName={databaseName} />);
  if (signIn) await signInOnScreen();
  return { ...view, i18n, databaseName };
}
