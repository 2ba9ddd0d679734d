// Vitest reporter (used beside the default one): collects the tests that passed only after a
// retry and hands them to ./flakyTests.mjs.
import { relative } from 'node:path';
import { printFlakyOfRun, recordFlaky } from './flakyTests.mjs';

export default class FlakyReporter {
  flaky = [];

  onTestCaseResult(testCase) {
    const { retryCount } = testCase.diagnostic() ?? { retryCount: 0 };
    if (testCase.result().state !== 'passed' || retryCount === 0) return;
    const entry = {
      file: relative(process.cwd(), testCase.module.moduleId),
      name: testCase.fullName,
      retries: retryCount,
    };
    recordFlaky('vitest', entry);
    this.flaky.push(entry);
  }

  onTestRunEnd() {
    printFlakyOfRun('vitest', this.flaky);
    this.flaky = [];
  }
}
