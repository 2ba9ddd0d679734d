// Renders the whole app on a database of its own, in the language asked for.
import { render } from '@testing-library/react';
import { App } from '../../renderer/app/App';
import { createI18n } from '../../renderer/app/i18n/i18n';
import type { Language } from '../../domain/records';

let counter = 0;

export async function renderApp(
  options: { language?: Language; databaseName?: string; path?: string } = {},
) {
  const databaseName = options.databaseName ?? `tulay-browser-${Date.now()}-${counter++}`;
  localStorage.removeItem('tulay.language');
  const i18n = await createI18n(options.language ?? 'en');
  window.location.hash = `#${options.path ?? '/'}`;
  const view = render(<App i18n={i18n} databaseName={databaseName} />);
  return { ...view, i18n, databaseName };
}
