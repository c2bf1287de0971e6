import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChunkSource, DownloadSink, SessionNetwork } from '../../../electron/core/network/index';
import { NetworkError } from '../../../electron/core/network/index';
import { MAX_FILE_SIZE } from '../../../localnet/fileserver';
import type { Localnet } from '../../../localnet/index';
import { localnet, open } from './fixture';

/** A source that hands out `data` in pieces of `piece` bytes, as a file read would. */
function source(data: Uint8Array, piece = 65_536): ChunkSource {
  return {
    size: data.length,
    async *chunks() {
      for (let i = 0; i < data.length; i += piece) yield await Promise.resolve(data.subarray(i, i + piece));
    },
  };
}

function collector(): DownloadSink & { bytes(): Uint8Array; resets: number } {
  let parts: Uint8Array[] = [];
  const sink = {
    resets: 0,
    write: (p: Uint8Array) => void parts.push(p.slice()),
    reset: () => {
      parts = [];
      sink.resets++;
    },
    bytes: () => new Uint8Array(Buffer.concat(parts)),
  };
  return sink;
}

async function rejection(p: Promise<unknown>): Promise<NetworkError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(NetworkError);
    return e as NetworkError;
  }
  throw new Error('expected a NetworkError');
}

describe('streamed file transfers through localnet (onion v4, 3 hops)', () => {
  let ln: Localnet;
  let net: SessionNetwork;
  beforeAll(async () => {
    ln = await localnet(9);
    net = await open(ln);
  }, 60_000);
  afterAll(async () => {
    await net?.close();
    await ln?.close();
  });

  it('uploads a body read in pieces and downloads the same bytes in pieces, with progress', async () => {
    const data = new Uint8Array(randomBytes(1_500_000));
    const sent: number[] = [];
    const up = await net.uploadFileStream(source(data), { onProgress: (d) => sent.push(d) });
    expect(up.url).toBe(`${ln.profile.fileServer.url}/file/${up.id}`);
    expect(sent[sent.length - 1]).toBe(data.length);
    const sink = collector();
    const got: number[] = [];
    await net.downloadFileStream(ln.profile.fileServer, up.id, sink, {
      expectedBytes: data.length,
      onProgress: (d) => got.push(d),
    });
    expect(Buffer.from(sink.bytes()).equals(Buffer.from(data))).toBe(true);
    expect(got[got.length - 1]).toBe(data.length);
    // The buffered path reads the same file.
    expect(Buffer.from(await net.downloadFile(up.id)).equals(Buffer.from(data))).toBe(true);
  }, 60_000);

  it('names a non-default server in the URL with #p= and its Ed25519 key', async () => {
    const fs = ln.profile.fileServer;
    const other = { url: fs.url.replace('127.0.0.1', 'localhost'), ed25519: fs.ed25519, x25519: fs.x25519 };
    const up = await net.uploadFileStream(source(new Uint8Array([1, 2, 3])), { server: other });
    expect(up.url).toBe(`${other.url}/file/${up.id}#p=${fs.ed25519}`);
  }, 30_000);

  it('answers a missing file with not-found and an oversized one with too-large, without retrying them', async () => {
    const sink = collector();
    const missing = await rejection(
      net.downloadFileStream(ln.profile.fileServer, 'A'.repeat(44), sink, { expectedBytes: 10 }),
    );
    expect(missing.code).toBe('not-found');
    expect(sink.resets).toBe(1);
    expect(sink.bytes().length).toBe(0);
    const big = await rejection(net.uploadFileStream(source(new Uint8Array(MAX_FILE_SIZE + 1))));
    expect(big.code).toBe('too-large');
  }, 60_000);

  it('stops when its signal aborts', async () => {
    const ac = new AbortController();
    const p = net.uploadFileStream(source(new Uint8Array(3_000_000), 4096), {
      signal: ac.signal,
      onProgress: (d) => d > 100_000 && ac.abort(),
    });
    expect((await rejection(p)).code).toBe('closed');
  }, 30_000);
});

describe('streamed transfers over XChaCha20 hops (gathered, not streamed)', () => {
  it('round-trips the same way', async () => {
    const ln = await localnet(8);
    const net = await open(ln, { cipher: 'xchacha20' });
    try {
      const data = new Uint8Array(randomBytes(70_000));
      const up = await net.uploadFileStream(source(data));
      const sink = collector();
      await net.downloadFileStream(ln.profile.fileServer, up.id, sink, { expectedBytes: data.length });
      expect(Buffer.from(sink.bytes()).equals(Buffer.from(data))).toBe(true);
    } finally {
      await net.close();
      await ln.close();
    }
  }, 60_000);
});
