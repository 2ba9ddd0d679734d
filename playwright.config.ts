// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the built
// renderer, served on loopback by scripts/web.mjs --no-build.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4873);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // The flaky reporter lists, at the end, every test that passed only on its retry.
  reporter: [[process.env.CI ? 'line' : 'list'], ['./scripts/playwrightFlakyReporter.mjs']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    locale: 'en-PH',
    trace: 'off',
  },
  webServer: {
    command: `node scripts/web.mjs --no-build --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
