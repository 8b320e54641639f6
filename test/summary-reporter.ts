/**
 * Ends every run with one plain line, `N passed, N failed` (all projects counted), so CI can tell
 * a run that executed no test from a green one.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that failed to load, or never ran (its browser did not start), counts as one failure.
      const state = mod.state();
      if (state !== 'passed' && state !== 'skipped' && [...mod.children.allTests()].length === 0) failed++;
    }
    // An error outside any test (a browser that cannot launch, a crashed worker) is a failure too.
    failed += unhandledErrors.length;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
