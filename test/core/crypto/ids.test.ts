import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShallotError } from '../../../electron/core/errors';
import {
  IdError,
  idKeyBytes,
  isSessionId,
  parseGroupId,
  parseSessionId,
} from '../../../electron/core/crypto/ids';

const SID = '05d2ad010eeb72d72e561d9de7bd7b6989af77dcabffa03a5111a6c859ae5c3a72';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof IdError ? e.code : 'not-IdError';
  }
}

describe('branded IDs', () => {
  it('parses and normalises Session IDs', () => {
    expect(parseSessionId(`  ${SID.toUpperCase()} `)).toBe(SID);
    expect(isSessionId(SID)).toBe(true);
    expect(isSessionId(SID.toUpperCase())).toBe(false);
    expect(idKeyBytes(parseSessionId(SID))).toHaveLength(32);
  });

  it('rejects wrong length, prefix and characters with typed codes', () => {
    expect(codeOf(() => parseSessionId(SID.slice(0, 65)))).toBe('id-length');
    expect(codeOf(() => parseSessionId(`03${SID.slice(2)}`))).toBe('id-prefix');
    expect(codeOf(() => parseSessionId(`05${'g'.repeat(64)}`))).toBe('id-hex');
    expect(codeOf(() => parseGroupId(SID))).toBe('id-prefix');
    expect(parseGroupId(`03${SID.slice(2)}`)).toBe(`03${SID.slice(2)}`);
  });

  it('throws only IdError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        try {
          parseSessionId(s);
        } catch (e) {
          expect(isShallotError(e) && e instanceof IdError).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
