import type { Reporter, TestModule, TestRunEndReason, Vitest } from "vitest/node";

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

// CI and people read one closing line across every project: "N passed, N failed". Besides failed
// tests, "failed" counts every other failure that makes vitest exit non-zero: a module that did not
// load or run, each failed beforeAll/afterAll hook (the tests it skips count as skipped), each
// unhandled error, and a global setup that threw. It never says 0 while vitest exits non-zero.
export default class SummaryReporter implements Reporter {
  private vitest: Vitest | undefined;
  private counts: Counts | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
    // Printed when vitest closes, so that it is the last line: the error of a global setup that
    // threw is printed after onTestRunEnd, and it sets the exit code only then.
    if (!vitest.config.watch) vitest.onClose(() => this.print());
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>, reason: TestRunEndReason): void {
    const counts: Counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const mod of modules) {
      let failures = mod.errors().length;
      for (const suite of mod.children.allSuites()) failures += suite.errors().length;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") failures++;
        else counts.skipped++;
      }
      // Failed in a way none of the above records (a suite without tests, a worker that died).
      if (mod.state() === "failed" && failures === 0) failures = 1;
      counts.failed += failures;
    }
    if (reason === "failed" && counts.failed === 0) counts.failed = 1;
    this.counts = counts;
    if (this.vitest?.config.watch) this.print();
  }

  private print(): void {
    const { passed, failed, skipped } = this.counts ?? { passed: 0, failed: 0, skipped: 0 };
    const exitCode = Number(process.exitCode ?? 0);
    const shown = failed === 0 && exitCode !== 0 ? 1 : failed;
    process.stdout.write(`\n${passed} passed, ${shown} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  }
}
