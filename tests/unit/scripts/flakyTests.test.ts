// The flaky-test reporters: a test that fails once and passes on its retry must end up in the
// list `npm test` prints at its end; a test that passes at once, or fails twice, must not.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FLAKY_HEADING, formatFlaky, readFlaky } from '../../../scripts/flakyTests.mjs';

const repo = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'tulay-flaky-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// One test wobbles (fails, then passes on its retry), one is steady and one always fails.
const VITEST_FIXTURE = `
let attempts = 0;
test('wobbles', () => {
  attempts += 1;
  if (attempts === 1) throw new Error('lost a race');
});
test('steady', () => {});
test('broken', () => {
  throw new Error('always');
});
`;

// Playwright starts a new worker after a failure, so the attempt number comes from test.info().
// No broken test here: each failure costs a worker start, which is slow on a loaded machine.
const playwrightFixture = (entry: string) => `import { test } from ${JSON.stringify(entry)};
test.describe('at the door', () => {
  test('wobbles', () => {
    if (test.info().retry === 0) throw new Error('lost a race');
  });
});
test('steady', () => {});
`;

function run(command: string[], cwd: string, logFile?: string) {
  const env = { ...process.env };
  delete env.TULAY_FLAKY_LOG;
  if (logFile) env.TULAY_FLAKY_LOG = logFile;
  delete env.CI;
  return spawnSync(process.execPath, command, { cwd, env, encoding: 'utf8', timeout: 110_000 });
}

function runVitest(logFile?: string) {
  const dir = join(work, 'vitest');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'wobbly.test.js'), VITEST_FIXTURE);
  return run(
    [
      // The polyfill vitest.config.mts loads, for the fixture run that has no config.
      '--import',
      join(repo, 'scripts/mapGroupBy.mjs'),
      join(repo, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--root',
      dir,
      '--globals',
      '--retry',
      '1',
      '--reporter',
      'default',
      '--reporter',
      join(repo, 'scripts/vitestFlakyReporter.mjs'),
    ],
    dir,
    logFile,
  );
}

function runPlaywright(logFile?: string) {
  const dir = join(work, 'playwright');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const entry = join(repo, 'node_modules/@playwright/test/index.mjs');
  writeFileSync(join(dir, 'wobbly.spec.mjs'), playwrightFixture(entry));
  writeFileSync(
    join(dir, 'playwright.config.mjs'),
    `export default { testDir: '.', retries: 1, workers: 1, reporter: [['dot'], [${JSON.stringify(
      join(repo, 'scripts/playwrightFlakyReporter.mjs'),
    )}]] };\n`,
  );
  return run([join(repo, 'node_modules/@playwright/test/cli.js'), 'test'], dir, logFile);
}

describe('flaky test report', () => {
  it(
    'records the Vitest test that passed only on its retry, and only that one',
    { timeout: 60_000 },
    () => {
      const log = join(work, 'vitest.jsonl');
      const result = runVitest(log);
      expect(result.status).not.toBe(0); // 'broken' fails twice and still fails the run
      expect(readFlaky(log)).toEqual([
        {
          runner: 'vitest',
          file: 'wobbly.test.js',
          name: 'wobbles',
          retries: 1,
          error: 'lost a race',
        },
      ]);
    },
  );

  it(
    'records the Playwright test that passed only on its retry, with its describe',
    { timeout: 120_000 },
    () => {
      const log = join(work, 'playwright.jsonl');
      const result = runPlaywright(log);
      expect(result.status).toBe(0);
      expect(readFlaky(log)).toEqual([
        {
          runner: 'playwright',
          file: 'wobbly.spec.mjs',
          name: 'at the door › wobbles',
          retries: 1,
          error: 'Error: lost a race',
        },
      ]);
    },
  );

  it(
    'prints the list under its heading when a runner is used on its own',
    { timeout: 60_000 },
    () => {
      const { stdout } = runVitest();
      expect(stdout).toContain(`${FLAKY_HEADING}: 1`);
      expect(stdout).toMatch(/\[vitest\] wobbly\.test\.js › wobbles {2}\(passed on attempt 2\)/);
      expect(stdout).toContain('first attempt: lost a race');
      expect(stdout).not.toMatch(/\[vitest\].*steady/);
    },
  );

  it('formats one line per test under the heading', () => {
    expect(
      formatFlaky([
        { runner: 'vitest', file: 'a.test.tsx', name: 'saves', retries: 1, error: 'timed out' },
        { runner: 'playwright', file: 'b.spec.ts', name: 'checks in', retries: 1 },
      ]),
    ).toBe(
      [
        `⚠ ${FLAKY_HEADING}: 2`,
        '  ✖ [vitest] a.test.tsx › saves  (passed on attempt 2)',
        '      first attempt: timed out',
        '  ✖ [playwright] b.spec.ts › checks in  (passed on attempt 2)',
      ].join('\n'),
    );
  });
});
