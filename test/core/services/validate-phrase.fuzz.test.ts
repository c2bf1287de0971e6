/** Live validation takes whatever the user types: it must answer a PhraseCheck, never throw. */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../electron/core/crypto/sodium';
import { ENGLISH_WORDS } from '../../../electron/core/crypto/wordlists/english';
import { silentLogger } from '../../../electron/core/log';
import { AccountService } from '../../../electron/core/services/account/account-service';
import { createStoreKeyVault } from '../../../electron/core/services/account/store-key-vault';

const dir = mkdtempSync(join(tmpdir(), 'shallot-validate-'));
let service: AccountService;

beforeAll(async () => {
  await ready();
  service = new AccountService({
    dataDir: dir,
    vault: await createStoreKeyVault({ dataDir: dir, logger: silentLogger }),
    logger: silentLogger,
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CODES = ['word-count', 'unknown-word', 'checksum', 'invalid'];

function wellFormed(r: ReturnType<AccountService['validatePhrase']>): boolean {
  if (r.valid) return /^05[0-9a-f]{64}$/.test(r.sessionId) && (r.form === 'session' || r.form === 'bip39');
  return CODES.includes(r.code) && Number.isInteger(r.count) && r.count >= 0;
}

describe('validatePhrase', () => {
  it('answers any text with a well-formed check', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => {
        expect(wellFormed(service.validatePhrase(text))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers word-list words in any number and order with a well-formed check', () => {
    const word = fc.constantFrom(...ENGLISH_WORDS, 'abandon', 'about', 'zoo', 'xyzzy');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 16 }), (words) => {
        const r = service.validatePhrase(words.join(' '));
        expect(wellFormed(r)).toBe(true);
        if (!r.valid) expect(r.count).toBe(words.length);
      }),
      { numRuns: 3000 },
    );
  });
});
