// Prints "N passed, N failed, N skipped" from Vitest's and Playwright's JSON reports. A missing or
// unreadable report counts as one failure: a runner that crashed must not look like a green run.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    process.stderr.write(`missing or unreadable test report: ${path}\n`);
    failed += 1;
    return undefined;
  }
}

for (const path of process.argv.slice(2)) {
  const report = read(path);
  if (!report) continue;
  if (typeof report.numPassedTests === 'number') {
    // Vitest
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    if (report.numTotalTests === 0) failed += 1;
  } else if (report.stats) {
    // Playwright
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped ?? 0;
    if (report.errors?.length) failed += report.errors.length;
  } else {
    process.stderr.write(`unknown report format: ${path}\n`);
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
