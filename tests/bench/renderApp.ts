// The whole app rendered on a benchmark database, as the officer sees it, and the waits the
// screen scenarios share.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../../renderer/app/App';
import { createI18n } from '../../renderer/app/i18n/i18n';
import { ensureAccount, TEST_PASSPHRASE } from '../fixtures/testAccount';
import { afterPaint } from './stats';

/**
 * Resolves with what `probe` finds as soon as a change to the page makes it find something
 * (a mutation observer, so no frame is lost to polling), or rejects after `timeoutMs`.
 */
export function until<T>(probe: () => T | null | undefined, timeoutMs: number): Promise<T> {
  const found = probe();
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const now = probe();
      if (!now) return;
      stop();
      resolve(now);
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error('timed out waiting for the page'));
    }, timeoutMs);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

/** Puts `value` in a controlled React input: the DOM value set, then React told, as a key does. */
export function typeText(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Types the passphrase of the desk's one staff member on the sign-in screen, once it shows them
 * chosen; returns the form, for the caller to submit.
 */
export async function typePassphrase(): Promise<HTMLFormElement> {
  const field = await until(
    () => document.querySelector<HTMLInputElement>('input[name="passphrase"]'),
    60_000,
  );
  await until(
    () => field.form!.querySelector<HTMLInputElement>('input[role="combobox"]')?.value,
    60_000,
  );
  typeText(field, TEST_PASSPHRASE);
  return field.form!;
}

/** Renders the app on `databaseName` at `path`; true when it has a desk to sign in to. */
export async function mountApp(
  databaseName: string,
  path: string,
): Promise<{ root: Root; hasDesk: boolean }> {
  const hasDesk = await ensureAccount(databaseName);
  window.location.hash = `#${path}`;
  const root = createRoot(document.getElementById('root')!);
  root.render(createElement(App, { i18n: await createI18n('en'), databaseName }));
  return { root, hasDesk };
}

/**
 * Renders the app on `databaseName` at `path`, signs in, and waits until the desk's header is
 * painted, so that the start-up is not counted in what the scenario then measures.
 */
export async function renderApp(databaseName: string, path = '/settings'): Promise<Root> {
  const { root, hasDesk } = await mountApp(databaseName, path);
  // Signs the desk's one staff member in, as they would at every start.
  if (hasDesk) (await typePassphrase()).requestSubmit();
  await until(() => document.querySelector('[data-testid="header-desk"]'), 60_000);
  await afterPaint();
  return root;
}

/** Navigates inside the app and times until `probe` finds the screen drawn and it is painted. */
export async function timeNavigation(
  path: string,
  probe: () => unknown,
  timeoutMs = 60_000,
): Promise<number> {
  const start = performance.now();
  window.location.hash = `#${path}`;
  await until(probe, timeoutMs);
  await afterPaint();
  return performance.now() - start;
}

/** Clicks the tab named `label` and times until `probe` finds its view drawn and it is painted. */
export async function timeTab(label: string, probe: () => unknown, timeoutMs = 60_000) {
  const tab = await until(
    () =>
      [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find(
        (element) => element.textContent?.trim() === label,
      ),
    timeoutMs,
  );
  const start = performance.now();
  tab.click();
  await until(probe, timeoutMs);
  await afterPaint();
  return performance.now() - start;
}
