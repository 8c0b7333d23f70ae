import { writeFileSync } from 'node:fs';

import type { Reporter, TestModule } from 'vitest/node';

/**
 * CI reads the plain closing line "N passed, N failed". A test file that fails outside its tests
 * counts as one failure, so a broken import or setup can never pass as "0 failed". Under `npm test`
 * (CLOSING_COUNTS_FILE set) the counts go to that file, and the test command adds its static checks
 * to them before it prints the one closing line.
 */
export default class ClosingReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedHere += 1;
        else skipped += 1;
      }
      // A file can fail with no failed test: an import error, or a beforeAll that skipped them all.
      failed += testModule.state() === 'failed' ? Math.max(failedHere, 1) : failedHere;
    }
    const countsFile = process.env.CLOSING_COUNTS_FILE;
    if (countsFile) writeFileSync(countsFile, JSON.stringify({ passed, failed, skipped }));
    else
      process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
