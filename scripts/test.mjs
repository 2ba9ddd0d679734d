// npm test: every check, in order from fastest to slowest; stops at the first failure.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

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

const only = process.argv.slice(2);
for (const [name, command] of steps.filter(([n]) => only.length === 0 || only.includes(n))) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds}s`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}
