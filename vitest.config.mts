import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// Vitest 5's reporter uses Map.groupBy, which Node 20 lacks: without this a failing test's
// summary is replaced by "Map.groupBy is not a function".
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, key: (item: V, index: number) => K) {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

// Three projects: fast Node tests of pure logic (fake-indexeddb), the catalogue server on real
// databases, and real-Chromium tests of the UI and the database (real IndexedDB). Each browser test file uses its own database name.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/electron/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          // The catalogue server against real databases: PGlite and a throw-away PostgreSQL
          // cluster (globalSetup). Files run one after another in one worker and share the
          // databases (each test makes its own tenants), so each database starts once.
          name: 'catalogue',
          environment: 'node',
          include: ['tests/catalogue/**/*.test.ts'],
          globalSetup: ['tests/catalogue/globalSetup.ts'],
          fileParallelism: false,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/browser/setup.ts'],
          testTimeout: 20_000,
          // Real-browser UI tests can lose a race on a loaded 2-core CI machine; one retry
          // there keeps a flaky timing from hiding behind a red run (a real failure fails twice).
          retry: process.env.CI ? 1 : 0,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromiumPath(),
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
