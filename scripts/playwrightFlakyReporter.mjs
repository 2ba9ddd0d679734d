// Playwright reporter (used beside the line or list reporter): collects the tests whose outcome
// is "flaky" (failed, then passed on a retry) and hands them to ./flakyTests.mjs.
import { relative } from 'node:path';
import { firstLine, printFlakyOfRun, recordFlaky } from './flakyTests.mjs';

export default class FlakyReporter {
  flaky = [];
  firstErrors = new Map(); // test id -> what its first failed attempt said

  onTestEnd(test, result) {
    if (result.status !== 'passed') {
      const message = result.error?.message ?? result.error?.value;
      if (!this.firstErrors.has(test.id)) this.firstErrors.set(test.id, firstLine(message));
      return;
    }
    if (result.retry === 0) return;
    const entry = {
      file: relative(process.cwd(), test.location.file),
      // titlePath: root, project, file, then the describes and the title.
      name: test.titlePath().slice(3).join(' › '),
      retries: result.retry,
      error: this.firstErrors.get(test.id) ?? '',
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
