import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Protocol from '../../../electron/core/protocol/index';

type Facade = typeof Protocol;

describe('protocol facade bundled by esbuild', () => {
  it('still finds its word list and protobuf runtime', async () => {
    const entry = new URL('../../../electron/core/protocol/index.ts', import.meta.url).pathname;
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      // Some CommonJS dependencies call require(); give the ESM bundle one.
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'shallot-bundle-'));
    try {
      const file = join(dir, 'protocol.mjs');
      writeFileSync(file, out.outputFiles[0]!.contents);
      const p = (await import(pathToFileURL(file).href)) as Facade;
      await p.ready();
      const seed = Uint8Array.from({ length: 16 }, (_, i) => i);
      expect(p.phraseFromSeed(seed)).toBe(
        'amaze buffet cake entrance symptoms tiger lamb maze nestle python dusted faxed faxed',
      );
      const me = p.identityFromSeed(seed);
      const content = p.encodeContent({ dataMessage: { body: 'hi' }, sigTimestamp: 5 });
      const back = p.unwrapOneToOne(me, p.wrapOneToOne(me, me.sessionId, content, 5));
      expect(back.message.sigTimestamp).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
