import './scripts/mapGroupBy.mjs';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * The browser commands of the sync tests run in Node, next to the catalogue server that the
 * browser project's globalSetup starts (tests/browser/catalogueServer.ts); that module hands
 * them over on a global, so this config loads none of the server's code.
 */
type CatalogueCommand = (context: unknown, ...args: unknown[]) => Promise<unknown>;
const catalogueCommand =
  (name: string): CatalogueCommand =>
  (context, ...args) => {
    const commands = (globalThis as Record<symbol, Record<string, CatalogueCommand> | undefined>)[
      Symbol.for('tulay.catalogueCommands')
    ];
    if (!commands) throw new Error('The catalogue server of the browser tests is not running');
    return commands[name]!(context, ...args);
  };

// Three projects: fast Node tests of pure logic (fake-indexeddb), the catalogue server on real
// databases, and real-Chromium tests of the UI and the database (real IndexedDB). Each browser
// test file uses its own database name.
export default defineConfig({
  test: {
    reporters: ['default', './scripts/vitestFlakyReporter.mjs'],
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
          // A real catalogue server (PGlite in memory, a free loopback port) for the sync tests;
          // they make their municipalities and desk tokens through browser commands.
          globalSetup: ['tests/browser/catalogueServer.ts'],
          // Every file in one page, one after another (isolate: false): with an iframe per file,
          // each of the ~70 files imported the whole app again, about 4 s a file on this 2-core
          // machine (wall 1,018 s against 725 s inside the files). The files share no state: each
          // uses databases of its own name, every spy is restored after its test, and
          // Testing Library unmounts what a test rendered.
          isolate: false,
          // Some tests derive keys (PBKDF2) and write hundreds of cases: on a loaded 2-core machine
          // they took 20 s, the old limit, while passing in 12 s alone.
          testTimeout: 60_000,
          // Real-browser UI tests can lose a race on a loaded 2-core CI machine; one retry
          // there keeps a bad moment from turning the run red (a real failure fails twice), and
          // the flaky reporter lists every test that needed it, to be fixed.
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
            commands: {
              catalogueTenant: catalogueCommand('catalogueTenant'),
              catalogueRevoke: catalogueCommand('catalogueRevoke'),
            },
          },
        },
      },
    ],
  },
});
