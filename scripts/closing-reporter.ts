import type { Reporter, TestModule } from 'vitest/node';

/**
 * CI reads the plain closing line "N passed, N failed". A test file that fails to load counts as
 * one failure, so a broken import can never pass as "0 failed".
 */
export default class ClosingReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      let count = 0;
      for (const test of testModule.children.allTests()) {
        count += 1;
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (count === 0 && testModule.state() === 'failed') failed += 1;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
