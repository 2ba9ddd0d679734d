// Playwright reporter (used beside the line or list reporter): collects the tests whose outcome
// is "flaky" (failed, then passed on a retry) and hands them to ./flakyTests.mjs.
import { relative } from 'node:path';
import { printFlakyOfRun, recordFlaky } from './flakyTests.mjs';

export default class FlakyReporter {
  flaky = [];

  onTestEnd(test, result) {
    if (result.status !== 'passed' || result.retry === 0) return;
    const entry = {
      file: relative(process.cwd(), test.location.file),
      // titlePath: root, project, file, then the describes and the title.
      name: test.titlePath().slice(3).join(' › '),
      retries: result.retry,
    };
    recordFlaky('playwright', entry);
    this.flaky.push(entry);
  }

  onEnd() {
    printFlakyOfRun('playwright', this.flaky);
    this.flaky = [];
  }

  printsToStdio() {
    return false;
  }
}
