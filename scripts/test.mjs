// npm test: every check, in order from fastest to slowest; stops at the first failure.
// At the end, whatever the outcome, it lists the tests that passed only on their retry.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';
import { formatFlaky, readFlaky } from './flakyTests.mjs';

const steps = [
  ['format', 'npx prettier --check .'],
  ['lint', 'npx eslint .'],
  ['types', 'npx tsc -b'],
  ['build', 'npx electron-vite build'],
  ['unit', 'npx vitest run --project unit'],
  ['catalogue', 'npx vitest run --project catalogue'],
  ['browser', 'npx vitest run --project browser'],
  ['e2e', 'npx playwright test'],
];

try {
  chromiumPath();
} catch (error) {
  console.error(String(error.message ?? error));
  process.exit(1);
}

// The runners' flaky reporters (scripts/*FlakyReporter.mjs) append to this file.
const flakyDir = mkdtempSync(join(tmpdir(), 'tulay-test-'));
const flakyLog = join(flakyDir, 'flaky.jsonl');
const env = { ...process.env, TULAY_FLAKY_LOG: flakyLog };

function finish(code) {
  const flaky = readFlaky(flakyLog);
  rmSync(flakyDir, { recursive: true, force: true });
  if (flaky.length > 0) console.log(`\n${formatFlaky(flaky)}`);
  process.exit(code);
}

const only = process.argv.slice(2);
for (const [name, command] of steps.filter(([n]) => only.length === 0 || only.includes(n))) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true, env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    finish(status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
finish(0);
