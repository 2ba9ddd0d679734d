// npm run demo -- --cases 100000: fills a Chromium profile with generated sample cases, for a
// demo or a benchmark. The data lives in IndexedDB of the app's origin, so this serves the built
// renderer on a fixed loopback port, opens headless Chromium on a persistent profile, sets the
// desk up if needed, and loads the cases through Settings → Sample data (the real UI and the
// real write path), printing progress and the time taken.
//
// Options: --cases N (default 10000), --port N (default 4874), --profile DIR (default
// ./.demo-profile), --preset ofw-ph|migrant (for a new desk), --fresh (start from an empty
// profile), --no-build (serve the last build).
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serveRenderer } from './serveRenderer.mjs';

const MAX_CASES = 200_000;
const DESKS = {
  'ofw-ph': {
    municipality: 'Legazpi City',
    country: 'Philippines',
    deskName: 'Municipal OFW Help Desk',
  },
  migrant: { municipality: 'Terrassa', country: 'Spain', deskName: 'Servei d’Acollida' },
};

function option(args, name, fallback) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
}

function parseOptions(args) {
  const cases = Number(option(args, 'cases', '10000'));
  const port = Number(option(args, 'port', '4874'));
  const preset = option(args, 'preset', 'ofw-ph');
  if (!Number.isInteger(cases) || cases < 1 || cases > MAX_CASES) {
    throw new Error(`--cases must be a whole number from 1 to ${MAX_CASES}.`);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error('--port must be a port number.');
  if (!DESKS[preset]) throw new Error(`--preset must be one of: ${Object.keys(DESKS).join(', ')}.`);
  return {
    cases,
    port,
    preset,
    profile: resolve(option(args, 'profile', '.demo-profile')),
    fresh: args.includes('--fresh'),
    build: !args.includes('--no-build'),
  };
}

/** The first-run set-up, as the e2e tests do it (a fresh profile starts in English). */
async function completeSetup(page, preset) {
  const desk = DESKS[preset];
  await page.locator('input[name="municipality"]').fill(desk.municipality);
  await page.getByRole('combobox', { name: 'Country' }).fill(desk.country);
  await page.getByRole('option', { name: desk.country, exact: true }).click();
  await page.locator('input[name="deskName"]').fill(desk.deskName);
  await page.locator('input[name="staffName"]').fill('Demo Officer');
  await page.locator(`input[type="radio"][value="${preset}"]`).check();
  await page.locator('input[name="newPassphrase"]').fill(DEMO_PASSPHRASE);
  await page.locator('input[name="repeatPassphrase"]').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Start using Tulay' }).click();
  // The recovery key of a demo desk is not worth keeping: the passphrase is printed below.
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The demo desk's staff member signs in with this (printed when the demo is ready). */
const DEMO_PASSPHRASE = 'Demo passphrase 2026';

async function signIn(page) {
  await page.locator('input[name="passphrase"]').fill(DEMO_PASSPHRASE);
  await page.locator('input[name="passphrase"]').press('Enter');
}

async function openDesk(page, url, preset) {
  await page.goto(url);
  const desk = page.getByTestId('header-desk');
  const setup = page.locator('input[name="municipality"]');
  const signInField = page.locator('input[name="passphrase"]');
  await desk.or(setup).or(signInField).first().waitFor({ timeout: 30_000 });
  if (await setup.isVisible()) {
    console.log(`Setting up a new ${preset} desk…`);
    await completeSetup(page, preset);
  } else if (await signInField.isVisible()) {
    await signIn(page);
  }
  await desk.waitFor({ timeout: 30_000 });
}

const seconds = (ms) => (ms / 1000).toFixed(1);

/** Polls the progress bar until the panel says it is done (or failed). */
async function watchLoad(page, cases, started) {
  const loaded = page.getByTestId('sample-loaded');
  const failed = page.getByTestId('sample-failed');
  // The Settings page has other progress bars (storage): read the sample panel's own.
  const bar = page.locator('[data-testid="sample-progress"] [role="progressbar"]');
  let lastPrint = 0;
  for (;;) {
    if (await loaded.isVisible()) return Date.now() - started;
    if (await failed.isVisible()) throw new Error(await failed.innerText());
    const percent = Number(await bar.getAttribute('aria-valuenow').catch(() => 0));
    const elapsed = Date.now() - started;
    if (elapsed - lastPrint >= 5000) {
      lastPrint = elapsed;
      const done = Math.round((percent / 100) * cases);
      const rate = elapsed > 0 ? Math.round(done / (elapsed / 1000)) : 0;
      console.log(
        `  ${done.toLocaleString('en')} / ${cases.toLocaleString('en')} cases  ` +
          `(${percent.toFixed(1)}%)  ${seconds(elapsed)} s  ${rate} cases/s`,
      );
    }
    await page.waitForTimeout(500);
  }
}

async function loadSample(page, url, cases) {
  await page.goto(`${url}#/settings`);
  const field = page.locator('input[name="sampleCases"]');
  await field.waitFor();
  await field.fill(String(cases));
  const started = Date.now();
  await page.getByTestId('sample-load').click();
  const elapsed = await watchLoad(page, cases, started);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  return { elapsed, usage };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) execSync('npx electron-vite build', { stdio: 'inherit' });
  if (options.fresh) rmSync(options.profile, { recursive: true, force: true });
  const { server, url } = await serveRenderer({ port: options.port });
  const context = await chromium.launchPersistentContext(options.profile, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
    locale: 'en-US',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`Page error: ${error.message}`));
    await openDesk(page, url, options.preset);
    console.log(
      `Loading ${options.cases.toLocaleString('en')} sample cases into ${options.profile}…`,
    );
    const { elapsed, usage } = await loadSample(page, url, options.cases);
    const rate = Math.round(options.cases / (elapsed / 1000));
    console.log(
      `Loaded ${options.cases.toLocaleString('en')} cases in ${seconds(elapsed)} s ` +
        `(${rate} cases/s); the origin now uses ${(usage / 2 ** 20).toFixed(0)} MB.`,
    );
  } finally {
    await context.close();
    server.close();
  }
  console.log('\nTo open this data (the data belongs to this address, so use the same port):');
  console.log(`  npm run web -- --no-build --port ${options.port}`);
  console.log(`  chromium --user-data-dir=${options.profile} ${url}`);
  console.log(`Sign in as Demo Officer with the passphrase: ${DEMO_PASSPHRASE}`);
}

main().catch((error) => {
  console.error(String(error?.message ?? error));
  process.exit(1);
});
