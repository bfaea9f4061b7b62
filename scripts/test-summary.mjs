// Prints the total of every test run, `N passed, N failed`, from the runners' own JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const reports = {
  vitest: ['reports/vitest.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests })],
  playwright: ['reports/playwright.json', (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped })],
};

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
for (const [runner, [file, count]] of Object.entries(reports)) {
  if (!existsSync(file)) {
    console.log(`${runner}: no report at ${file} (the run did not happen or crashed)`);
    missing = true;
    continue;
  }
  const c = count(JSON.parse(readFileSync(file, 'utf8')));
  console.log(`${runner}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(missing || failed > 0 ? 1 : 0);
