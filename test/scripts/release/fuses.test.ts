/** The release workflow's fuse check: electron-builder.yml's names against @electron/fuses' report. */
import { describe, expect, it } from 'vitest';
import { loadBuilderConfig } from '../../../scripts/release/builder-config';
import { expectedFuses, fuseMismatches, parseFuseReport } from '../../../scripts/release/fuses';

// The shape @electron/fuses 2.1 prints for `read` (src/bin.ts: name in yellow, state in green/red).
const REPORT = [
  'Analyzing app: Shallot',
  'Fuse Version: v1',
  '  \u001b[33mRunAsNode\u001b[39m is \u001b[31mDisabled\u001b[39m',
  '  EnableCookieEncryption is Enabled',
  '  EnableNodeOptionsEnvironmentVariable is Disabled',
  '  EnableNodeCliInspectArguments is Disabled',
  '  EnableEmbeddedAsarIntegrityValidation is Enabled',
  '  OnlyLoadAppFromAsar is Enabled',
  '  LoadBrowserProcessSpecificV8Snapshot is Disabled',
  '  GrantFileProtocolExtraPrivileges is Disabled',
  '',
].join('\r\n');

/** The shipped configuration: the report above is what an installed package must print for it. */
const CONFIG = loadBuilderConfig().electronFuses ?? {};

describe('fuses', () => {
  it('names each configured fuse as @electron/fuses does, leaving out packaging options', () => {
    const expected = expectedFuses(CONFIG);
    expect(expected.get('RunAsNode')).toBe('Disabled');
    expect(expected.get('OnlyLoadAppFromAsar')).toBe('Enabled');
    expect(expected.has('ResetAdHocDarwinSignature')).toBe(false);
    expect(expected.size).toBe(8);
  });

  it('reads the report, colours and Windows line ends included', () => {
    const report = parseFuseReport(REPORT);
    expect(report.size).toBe(8);
    expect(report.get('RunAsNode')).toBe('Disabled');
    expect(fuseMismatches(expectedFuses(CONFIG), report)).toEqual([]);
  });

  it('names every fuse that differs or is missing', () => {
    const flipped = REPORT.replace(
      'EnableNodeCliInspectArguments is Disabled',
      'EnableNodeCliInspectArguments is Enabled',
    )
      .split('\r\n')
      .filter((l) => !l.includes('OnlyLoadAppFromAsar'))
      .join('\n');
    expect(fuseMismatches(expectedFuses(CONFIG), parseFuseReport(flipped))).toEqual([
      'EnableNodeCliInspectArguments: configured Disabled, the package says Enabled',
      'OnlyLoadAppFromAsar: configured Enabled, the package says nothing',
    ]);
  });
});
