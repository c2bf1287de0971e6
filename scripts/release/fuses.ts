/**
 * What `@electron/fuses read` must say about a packaged app, from electron-builder.yml's
 * `electronFuses`. electron-builder names each fuse in camelCase (runAsNode); @electron/fuses prints
 * the FuseV1Options name (RunAsNode): the same word with a capital.
 */

/** Options in electronFuses that are packaging steps, not fuses in the binary. */
const NOT_FUSES = new Set(['resetAdHocDarwinSignature']);

export type FuseState = 'Enabled' | 'Disabled' | 'Inherited' | 'Removed';

export function expectedFuses(config: Readonly<Record<string, boolean>>): Map<string, FuseState> {
  const out = new Map<string, FuseState>();
  for (const [key, on] of Object.entries(config)) {
    if (NOT_FUSES.has(key)) continue;
    out.set(key.charAt(0).toUpperCase() + key.slice(1), on ? 'Enabled' : 'Disabled');
  }
  return out;
}

// eslint-disable-next-line no-control-regex -- colour codes are control characters by definition
const ANSI = /\u001b\[[0-9;]*m/g;

/** The fuse lines of `@electron/fuses read`, e.g. "  RunAsNode is Disabled". */
export function parseFuseReport(text: string): Map<string, FuseState> {
  const out = new Map<string, FuseState>();
  for (const line of text.replace(ANSI, '').split(/\r?\n/)) {
    const m = /^\s*(\w+) is (Enabled|Disabled|Inherited|Removed)\s*$/.exec(line);
    if (m?.[1] && m[2]) out.set(m[1], m[2] as FuseState);
  }
  return out;
}

/** One line per fuse that differs from the configuration (or is missing); empty when all agree. */
export function fuseMismatches(
  expected: ReadonlyMap<string, FuseState>,
  actual: ReadonlyMap<string, FuseState>,
): string[] {
  const problems: string[] = [];
  for (const [name, want] of expected) {
    const got = actual.get(name);
    if (got !== want) problems.push(`${name}: configured ${want}, the package says ${got ?? 'nothing'}`);
  }
  return problems;
}
