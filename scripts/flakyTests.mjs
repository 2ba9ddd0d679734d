// Tests that failed and then passed on their retry (browser and end-to-end tests retry once
// in CI). A retry keeps a loaded machine's bad moment from turning a run red, but a test that
// needed it is a race to fix, so every run lists them at its end instead of hiding them.
// Each runner's reporter records them; under `npm test` (TULAY_FLAKY_LOG names a file) they are
// gathered into that file and printed after the last step, otherwise each runner prints its own.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export const FLAKY_HEADING = 'Passed only on retry (flaky — fix these)';

/**
 * Hands one flaky test to `npm test` as soon as it is known (a reporter that throws at the end
 * of the run cannot lose it). Returns false when no `npm test` is listening.
 */
export function recordFlaky(runner, test) {
  const logFile = process.env.TULAY_FLAKY_LOG;
  if (!logFile) return false;
  appendFileSync(logFile, `${JSON.stringify({ runner, ...test })}\n`);
  return true;
}

/** At the end of a runner's own run (not under `npm test`), prints what it found. */
export function printFlakyOfRun(runner, tests) {
  if (process.env.TULAY_FLAKY_LOG || tests.length === 0) return;
  console.log(`\n${formatFlaky(tests.map((test) => ({ runner, ...test })))}`);
}

/** Every flaky test recorded in `logFile`, in the order they were recorded. */
export function readFlaky(logFile) {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** The first line of an error message, without terminal colours, for a one-line report. */
export function firstLine(message) {
  // eslint-disable-next-line no-control-regex
  const plain = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  return (
    plain
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

/** The heading, then per test: runner, file, name, attempts, and what the failed attempt said. */
export function formatFlaky(tests) {
  const lines = tests.flatMap(({ runner, file, name, retries, error }) => [
    `  ✖ [${runner}] ${file} › ${name}  (passed on attempt ${retries + 1})`,
    ...(error ? [`      first attempt: ${error}`] : []),
  ]);
  return [`⚠ ${FLAKY_HEADING}: ${tests.length}`, ...lines].join('\n');
}
