import { defineConfig } from '@playwright/test';

/**
 * The release workflow's smoke test of an installed package (docs/RELEASING.md): Playwright's
 * Electron support starts the app named by SHALLOT_APP. Not part of `npx playwright test`, whose
 * config reads *.spec.ts only; this one reads *.smoke.ts.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.smoke.ts',
  outputDir: '../../test-results/packaged',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '../../reports/packaged.json' }]],
  use: { trace: 'retain-on-failure' },
});
