// Browser tests render the real app pieces in Chromium with Mantine's styles.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { userEvent } from 'vitest/browser';

// A findBy… or waitFor waits for what the officer waits for: a screen that opens its database
// first. Testing Library's one second is less than that takes on a loaded 2-core machine (the
// whole app opening a desk's database took over a second in CI, and a filter of the case list
// over five on a machine three times slower than usual), so every wait gets fifteen.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  // Mantine keeps its notifications in a store of the page, not in the app that showed them: a
  // "Case details saved" left by one file was shown again by the next file's app, and a test
  // there that read the alert on its screen read it instead (CI, 2026-12-07).
  notifications.clean();
});

// Every file runs in the same page as the files before it (isolate: false in vitest.config.mts):
// each starts as Vitest's fresh page would, with no address, no remembered language, the
// document in English, left to right, and the pointer in the page's corner (one left where an
// earlier file clicked lies over whatever this file draws there).
beforeAll(async () => {
  await userEvent.hover(document.body, { position: { x: 0, y: 0 }, force: true });
  history.replaceState(null, '', location.pathname + location.search);
  localStorage.removeItem('tulay.language');
  document.documentElement.lang = 'en';
  document.documentElement.removeAttribute('dir');
});
