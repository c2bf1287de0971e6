/**
 * `npx tsx scripts/release/check-fuses.ts APP`: fails unless the packaged app's Electron fuses are
 * what build/electron-builder.yml configures. APP is the .app bundle on macOS, the executable
 * elsewhere. Reads them with @electron/fuses (the version the release workflow pins).
 */
import { execFileSync } from 'node:child_process';
import { loadBuilderConfig } from './builder-config';
import { expectedFuses, fuseMismatches, parseFuseReport } from './fuses';

const app = process.argv[2];
if (!app) {
  console.error('usage: check-fuses.ts APP');
  process.exit(2);
}
const tool = process.env['ELECTRON_FUSES'] ?? '@electron/fuses@2.1.3';
const report = execFileSync('npx', ['--yes', tool, 'read', '--app', app], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
console.log(report);
const problems = fuseMismatches(
  expectedFuses(loadBuilderConfig().electronFuses ?? {}),
  parseFuseReport(report),
);
if (problems.length > 0) {
  console.error(`fuses differ from build/electron-builder.yml:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('fuses as configured');
