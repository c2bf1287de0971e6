import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**'],
          environment: 'node',
        },
      },
      {
        // Issue 18: every test that exercises libsodium (upstream vectors included) runs a second
        // time on the wasm fallback; the `node` project runs them on sodium-native. Files that
        // never touch libsodium are left out to keep CI short (a new one only costs a second run).
        extends: true,
        test: {
          name: 'crypto-wasm',
          include: [
            'test/core/crypto/**/*.test.ts',
            'test/core/protocol/**/*.test.ts',
            'test/core/store/vault/**/*.test.ts',
          ],
          exclude: [
            // Compares both backends itself.
            'test/core/crypto/backend/cross-backend.test.ts',
            // No libsodium inside: node:crypto ciphers, codecs, word lists, routing.
            'test/core/crypto/{attachment-cipher,ids,phrase.fuzz,wordlist}.test.ts',
            'test/core/protocol/{bencode,content-codec,onion-frame,onion-routing,onion-v4,swarm-space}.test.ts',
            'test/core/protocol/messages/{attachments,classify-drops,classify-kinds,classify.fuzz,encode-errors,encode,group-update,roundtrip.property}.test.ts',
          ],
          environment: 'node',
          env: { SHALLOT_CRYPTO: 'wasm' },
        },
      },
      {
        // The renderer's stores and views, in a DOM (happy-dom) with a fake bridge.
        extends: true,
        test: { name: 'renderer', include: ['test/renderer/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
});
