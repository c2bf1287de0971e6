import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_WORDS } from '../../../electron/core/crypto/wordlists/english';

const txt = readFileSync(new URL('../../../electron/core/crypto/wordlists/english.txt', import.meta.url));

describe('English mnemonic word list', () => {
  it('is byte-identical to the upstream list (protocol reference §1 sha256)', () => {
    expect(createHash('sha256').update(txt).digest('hex')).toBe(
      'eaa6bce7dd92f4d6dd74f224264e0ef4ad21095d68ec77616b26ceb599baf4f7',
    );
  });

  it('has 1626 words from abbey to zoom with distinct 3-letter prefixes', () => {
    expect(ENGLISH_WORDS).toHaveLength(1626);
    expect(ENGLISH_WORDS[0]).toBe('abbey');
    expect(ENGLISH_WORDS[1625]).toBe('zoom');
    expect(new Set(ENGLISH_WORDS.map((w) => w.slice(0, 3))).size).toBe(1626);
  });

  it('the generated TS module equals the data file', () => {
    expect(`${ENGLISH_WORDS.join('\n')}\n`).toBe(txt.toString('utf8'));
  });
});
