import { createHash, X509Certificate } from 'node:crypto';
import { readdirSync } from 'node:fs';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNetworkError } from '../../../electron/core/network/errors';
import { fetchFromSeeds } from '../../../electron/core/network/seed';
import { silentLogger } from '../../../electron/core/log';
import { storageHash } from '../../../electron/core/protocol/storage-hash';
import type { Localnet } from '../../../localnet/index';
import { bytes, freshAccount, localnet, open } from './fixture';
import { openNetwork } from '../../../electron/core/network/index';
import { MemoryStateStore } from '../../support/memory-network-state';

let ln: Localnet;

beforeAll(async () => {
  ln = await localnet(10);
});
afterAll(async () => {
  await ln.close();
});

describe('network over a localnet', () => {
  it('stores and retrieves through 3-hop onion paths', async () => {
    const net = await open(ln);
    try {
      const id = freshAccount();
      const data = bytes(1, 2, 3, 4);
      const { hash } = await net.store({ pubkey: id.sessionId, namespace: 0, data, ttlMs: 60_000 });
      expect(hash).toBe(storageHash(id.sessionId, 0, data));
      const got = await net.retrieve({ auth: id.auth, namespace: 0 });
      expect(got.map((m) => m.hash)).toEqual([hash]);
      expect([...got[0]!.data]).toEqual([1, 2, 3, 4]);
      expect(got[0]!.expiresMs - got[0]!.timestampMs).toBe(60_000);
      expect(await net.retrieve({ auth: id.auth, namespace: 0 })).toEqual([]);
      const s = net.status();
      expect(s.state).toBe('online');
      expect(s.paths).toHaveLength(2);
      for (const p of s.paths) expect(p).toHaveLength(3);
      expect(s.poolSize).toBe(10);
      const swarm = await net.swarmFor(id.sessionId);
      expect(swarm.map((n) => n.ed25519).sort()).toEqual(
        ln
          .swarmFor(id.sessionId)
          .map((n) => n.ed25519)
          .sort(),
      );
    } finally {
      await net.close();
    }
  });

  it('speaks XChaCha20 onion layers when asked', async () => {
    const net = await open(ln, { cipher: 'xchacha20' });
    try {
      const id = freshAccount();
      const { hash } = await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(5), ttlMs: 60_000 });
      expect((await net.retrieve({ auth: id.auth, namespace: 0 })).map((m) => m.hash)).toEqual([hash]);
      const up = await net.uploadFile(bytes(1, 1, 2, 3, 5, 8));
      expect([...(await net.downloadFile(up.url))]).toEqual([1, 1, 2, 3, 5, 8]);
    } finally {
      await net.close();
    }
  });

  it('uploads to and downloads from the file server with v4 requests', async () => {
    const net = await open(ln);
    try {
      const data = new Uint8Array(200_000).map((_, i) => i % 251);
      const up = await net.uploadFile(data, { ttlSeconds: 3600 });
      expect(up.url.startsWith(`${ln.fileServer.url}/file/`)).toBe(true);
      expect(up.expiresMs).toBeGreaterThan(Date.now());
      expect(await net.downloadFile(up.id)).toEqual(data);
      const missing = await net.downloadFile('nosuchfile').catch((e: unknown) => e);
      expect(isNetworkError(missing, 'not-found')).toBe(true);
      const raw = await net.fileRequest({ method: 'GET', endpoint: `/file/${up.id}/info` });
      expect(raw.code).toBe(200);
    } finally {
      await net.close();
    }
  });

  it('deletes, expires and reads expiries of own messages', async () => {
    const net = await open(ln);
    try {
      const id = freshAccount();
      const a = await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(1), ttlMs: 600_000 });
      const b = await net.store({ pubkey: id.sessionId, namespace: 0, data: bytes(2), ttlMs: 600_000 });
      const expiry = net.now() + 120_000;
      expect(await net.expireMessages(id.auth, [a.hash], expiry, 'shorten')).toEqual([a.hash]);
      const exp = await net.getExpiries(id.auth, [a.hash]);
      expect(exp[a.hash]).toBe(expiry);
      expect(await net.deleteMessages(id.auth, [b.hash])).toEqual([b.hash]);
      expect((await net.retrieve({ auth: id.auth, namespace: 0 })).map((m) => m.hash)).toEqual([a.hash]);
    } finally {
      await net.close();
    }
  });

  it('keeps pool, swarms and last hashes in the state store it is given, and nothing on disk', async () => {
    const state = new MemoryStateStore();
    const id = freshAccount();
    const cwdBefore = readdirSync(process.cwd()).sort();
    // The profile by file path, as the CLI flag / SHALLOT_NETWORK give it.
    const first = await open(ln, { state, profile: ln.profilePath });
    const { hash } = await first.store({ pubkey: id.sessionId, namespace: 0, data: bytes(7), ttlMs: 60_000 });
    expect((await first.retrieve({ auth: id.auth, namespace: 0 })).map((m) => m.hash)).toEqual([hash]);
    await first.close();
    expect(state.loadSnodePool()).toHaveLength(10);
    expect(state.loadSwarm(id.sessionId)).toHaveLength(5);
    expect(state.batches).toBeGreaterThanOrEqual(1);
    expect(readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
    const second = await open(ln, { state });
    try {
      expect(await second.retrieve({ auth: id.auth, namespace: 0 })).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('fails hard on a seed whose certificate does not match the pin', async () => {
    const wrong = { ...ln.profile, seeds: [{ url: ln.seedUrl, certSha256: '00'.repeat(31) + '01' }] };
    const err = await openNetwork({ profile: wrong, state: new MemoryStateStore(), seedBackoffMs: 10 }).catch(
      (e: unknown) => e,
    );
    expect(isNetworkError(err, 'pin-mismatch')).toBe(true);
    expect((err as Error).message).toMatch(/does not match its pin/);
    const nodes = await fetchFromSeeds([{ url: ln.seedUrl, certSha256: ln.seedCertSha256 }], {
      timeoutMs: 2000,
      attempts: 1,
      backoffMs: 0,
      logger: silentLogger,
    });
    expect(nodes).toHaveLength(10);
  });

  it('pins by SPKI too, and refuses a wrong SPKI', async () => {
    const url = new URL(ln.seedUrl);
    const der = await new Promise<Buffer>((resolve, reject) => {
      const sock = tls.connect(
        { host: url.hostname, port: Number(url.port), rejectUnauthorized: false },
        () => {
          const raw = sock.getPeerCertificate().raw;
          sock.end();
          resolve(raw);
        },
      );
      sock.on('error', reject);
    });
    const spki = createHash('sha256')
      .update(new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64');
    const opts = { timeoutMs: 2000, attempts: 1, backoffMs: 0, logger: silentLogger };
    expect(await fetchFromSeeds([{ url: ln.seedUrl, spkiSha256: spki }], opts)).toHaveLength(10);
    const wrong = `${spki.slice(0, 10)}${spki[10] === 'A' ? 'B' : 'A'}${spki.slice(11)}`;
    const err = await fetchFromSeeds([{ url: ln.seedUrl, spkiSha256: wrong }], opts).catch((e: unknown) => e);
    expect(isNetworkError(err, 'pin-mismatch')).toBe(true);
  });

  it('refreshes the pool by consensus of three nodes', async () => {
    const net = await open(ln);
    try {
      expect(await net.refreshPool()).toBe('consensus');
      expect(net.status().poolSize).toBe(10);
    } finally {
      await net.close();
    }
  });

  it('reports a file server that is down as unreachable without blaming the paths', async () => {
    const net = await open(ln, {
      profile: { ...ln.profile, fileServer: { ...ln.profile.fileServer, url: 'http://127.0.0.1:9' } },
    });
    try {
      const before = net.status().paths;
      const err = await net.downloadFile('abc').catch((e: unknown) => e);
      expect(isNetworkError(err, 'unreachable')).toBe(true);
      expect(net.status().paths).toEqual(before);
      expect(net.status().poolSize).toBe(10);
    } finally {
      await net.close();
    }
  });
});
