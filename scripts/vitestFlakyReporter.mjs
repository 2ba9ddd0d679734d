// Vitest reporter (used beside the default one): collects the tests that passed only after a
// retry and hands them to ./flakyTests.mjs.
import { relative } from 'node:path';
import { firstLine, printFlakyOfRun, recordFlaky } from './flakyTests.mjs';

export default class FlakyReporter {
  flaky = [];

  onTestCaseResult(testCase) {
    const { retryCount } = testCase.diagnostic() ?? { retryCount: 0 };
    const result = testCase.result();
    if (result.state !== 'passed' || retryCount === 0) return;
    // A passed test keeps the errors of its failed attempts: the first one says what raced.
    const error = result.errors?.[0];
    const entry = {
      file: relative(process.cwd(), testCase.module.moduleId),
      name: testCase.fullName,
      retries: retryCount,
      error: firstLine(error?.message ?? error?.stack),
    };
    recordFlaky('vitest', entry);
    this.flaky.push(entry);
  }

  onTestRunEnd() {
    printFlakyOfRun('vitest', this.flaky);
    this.flaky = [];
  }
}
