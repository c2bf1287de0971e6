/** The size caps of eslint.config.js: files of about 400 lines, functions of 100. */
import { describe, expect, it } from 'vitest';
import { codeLines, findings, functionOf } from './probe';

const PROBE = 'electron/core/crypto/probe.ts';

describe('size caps', () => {
  it('refuses a file of 401 lines of code', async () => {
    expect(await findings('max-lines', PROBE, codeLines(401))).toHaveLength(1);
  });

  it('counts neither blank lines nor comments', async () => {
    const padded = `${'// why\n\n'.repeat(300)}${codeLines(400)}\n/* more */\n`;
    expect(await findings('max-lines', PROBE, padded)).toEqual([]);
  });

  it('refuses a function of 101 lines and allows one of 100', async () => {
    expect(await findings('max-lines-per-function', PROBE, functionOf(101))).toHaveLength(1);
    expect(await findings('max-lines-per-function', PROBE, functionOf(100))).toEqual([]);
  });

  it('holds components too, and lets a test suite be one long describe()', async () => {
    expect(await findings('max-lines-per-function', 'src/features/Probe.tsx', functionOf(101))).toHaveLength(
      1,
    );
    expect(await findings('max-lines-per-function', 'test/probe.test.ts', functionOf(300))).toEqual([]);
    expect(await findings('max-lines', 'test/probe.test.ts', codeLines(401))).toHaveLength(1);
  });

  it('does not lint generated code', async () => {
    expect(await findings('max-lines', 'electron/core/protocol/gen/probe.js', codeLines(1000))).toEqual([]);
  });
});
