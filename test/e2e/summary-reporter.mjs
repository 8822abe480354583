// Playwright reporter for scripts/test.mjs and CI: writes test-results/e2e.json ({ passed, failed, failures })
// and prints one plain 'e2e: N passed, N failed' line.
import { mkdirSync, writeFileSync } from 'node:fs';

export default class SummaryReporter {
  passed = 0;
  failed = 0;
  failures = [];

  onTestEnd(test, result) {
    if (result.status === 'skipped') return;
    // A test that failed and passed on retry counts once, by its last result.
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === test.expectedStatus) this.passed++;
    else {
      this.failed++;
      this.failures.push({
        label: test.titlePath().filter(Boolean).join(' › '),
        message: result.errors.map((e) => e.stack ?? e.message ?? String(e)).join('\n'),
      });
    }
  }

  onEnd(result) {
    if (result.status !== 'passed' && !this.failed) {
      this.failed++;
      this.failures.push({ label: 'e2e run', message: `Playwright run ${result.status}` });
    }
    const dir = new URL('../../test-results/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const { passed, failed, failures } = this;
    writeFileSync(new URL('e2e.json', dir), JSON.stringify({ passed, failed, failures }, null, 2));
    console.log(`e2e: ${passed} passed, ${failed} failed`);
  }

  printsToStdio() {
    return false;
  }
}
