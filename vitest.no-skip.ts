// The project rule "no test is ever skipped silently", enforced: a test that ends skipped (it.skip,
// skipIf, todo, ctx.skip()) fails the run, named. Tests a failed beforeAll left unrun are already a
// failure of their file and are not listed again. A run narrowed with -t skips the rest on purpose.
import type { Reporter, TestModule, Vitest } from 'vitest/node';

export class NoSkipReporter implements Reporter {
  private narrowed = false;

  onInit(vitest: Vitest): void {
    this.narrowed = Boolean(vitest.config.testNamePattern);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (this.narrowed) return;
    const skipped: string[] = [];
    for (const m of testModules) {
      if (m.state() === 'failed') continue;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'skipped' || state === 'pending') skipped.push(`${m.moduleId.replace(`${process.cwd()}/`, '')} > ${t.fullName}`);
      }
    }
    if (skipped.length === 0) return;
    console.error(`\n[no-skip] ${skipped.length} test(s) skipped; a skipped test fails the run (install what it needs, or make it fail naming it):`);
    for (const s of skipped.slice(0, 30)) console.error(`  ${s}`);
    process.exitCode = 1;
  }
}
