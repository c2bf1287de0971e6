/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- replies are arbitrary JSON whose shapes these tests assert */
import { X509Certificate } from 'node:crypto';
import tls from 'node:tls';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from '../../electron/core/crypto/bytes';
import type { OnionCipher } from '../../electron/core/crypto/onion-cipher';
import { ready } from '../../electron/core/crypto/sodium';
import { encodeFrame } from '../../electron/core/protocol/onion-frame';
import { retrieveSigMessage } from '../../electron/core/protocol/storage-signatures';
import { startLocalnet, type Localnet, type LocalnetNode } from '../../localnet/index';
import { fileId, MAX_FILE_SIZE } from '../../localnet/fileserver';
import { parseNetworkProfile } from '../../localnet/profile';
import { auth, b64, newUser, onionRpc, onionServer, postRaw } from './client';

let net: Localnet;
beforeAll(async () => {
  await ready();
  net = await startLocalnet({ nodes: 12, swarmSize: 5 });
});
afterAll(async () => {
  await net?.close();
});

function pathAvoiding(dest: readonly LocalnetNode[], hops: number): LocalnetNode[] {
  return net.nodes.filter((n) => !dest.includes(n)).slice(0, hops);
}

const ciphers: OnionCipher[] = ['aes-gcm', 'xchacha20'];

describe.each(ciphers)('onion requests with %s', (cipher) => {
  it.each([0, 1, 3])('store then retrieve through a %i-hop path', async (hops) => {
    const a = newUser();
    const swarm = net.swarmFor(a.pubkey);
    const dest = swarm[1]!;
    const path = pathAvoiding(swarm, hops);
    const now = Date.now();
    const stored = await onionRpc(cipher, path, dest, 'batch', {
      requests: [
        {
          method: 'store',
          params: { pubkey: a.pubkey, namespace: 0, ttl: 60_000, timestamp: now, data: b64('onion') },
        },
      ],
    });
    expect(stored.http.status).toBe(200);
    expect(stored.status).toBe(200);
    expect(stored.body.results[0].code).toBe(200);
    const got = await onionRpc(cipher, path, dest, 'retrieve', {
      namespace: 0,
      timestamp: now,
      ...auth(a, retrieveSigMessage(0, now)),
    });
    expect(got.status).toBe(200);
    expect(got.body.messages.map((m: { data: string }) => Buffer.from(m.data, 'base64').toString())).toEqual([
      'onion',
    ]);
  });

  it('carries an inner error status and text', async () => {
    const dest = net.nodes[0]!;
    const r = await onionRpc(cipher, pathAvoiding([dest], 3), dest, 'retrieve', { pubkey: 'zz' });
    expect(r.status).toBe(400);
    expect(r.body).toBe('invalid request: Pubkey must be 66 hex digits (33 bytes) long');
  });

  it('relays to the file server: upload, download, info, extend, size cap', async () => {
    const fs = {
      host: '127.0.0.1',
      port: net.fileServer.port,
      x25519PublicKey: fromHex(net.fileServer.x25519),
    };
    const path = net.nodes.slice(0, 3);
    const data = utf8(`attachment-${cipher}`);
    const up = await onionServer(cipher, path, fs, { method: 'POST', endpoint: '/file', headers: {} }, data);
    expect(up.http.status).toBe(200);
    expect(up.v4!.code).toBe(200);
    const { id, expires } = JSON.parse(Buffer.from(up.v4!.body).toString()) as {
      id: string;
      expires: number;
    };
    expect(id).toBe(fileId(data));
    expect(id).toHaveLength(44);
    expect(expires).toBeGreaterThan(Date.now() / 1000);
    const down = await onionServer(cipher, path, fs, { method: 'GET', endpoint: `/file/${id}` });
    expect(down.v4!.headers['content-type']).toBe('application/octet-stream');
    expect(Buffer.from(down.v4!.body).toString()).toBe(`attachment-${cipher}`);
    const info = await onionServer(cipher, path, fs, { method: 'GET', endpoint: `/file/${id}/info` });
    expect(JSON.parse(Buffer.from(info.v4!.body).toString())).toMatchObject({ size: data.length });
    const ext = await onionServer(cipher, path, fs, { method: 'POST', endpoint: `/file/${id}/extend` });
    expect(ext.v4!.code).toBe(200);
    const missing = await onionServer(cipher, path, fs, { method: 'GET', endpoint: '/file/nope' });
    expect(missing.v4!.code).toBe(404);
  });
});

describe('onion failures', () => {
  it('502 Next node not found for an unknown hop', async () => {
    const unknown = { ...net.nodes[5]!, ed25519: 'ab'.repeat(32) };
    const r = await onionRpc('aes-gcm', [net.nodes[0]!, unknown], net.nodes[6]!, 'info', {});
    expect(r.http.status).toBe(502);
    expect(r.http.text).toBe(`Next node not found: ${'ab'.repeat(32)}`);
  });

  it('400 for undecryptable or malformed onion bodies', async () => {
    const node = net.nodes[0]!;
    const post = (body: Uint8Array) =>
      postRaw({ host: node.ip, port: node.port, path: '/onion_req/v2', tls: true }, body);
    const bad = await post(
      encodeFrame(new Uint8Array(64), { ephemeral_key: toHex(new Uint8Array(32).fill(9)) }),
    );
    expect(bad).toMatchObject({ status: 400, text: 'Invalid ciphertext' });
    const noKey = await post(encodeFrame(new Uint8Array(64), {}));
    expect(noKey.status).toBe(400);
    expect(noKey.text).toMatch(/^Error parsing onion request: /);
  });

  it('rejects an oversize upload with 413', async () => {
    const fs = {
      host: '127.0.0.1',
      port: net.fileServer.port,
      x25519PublicKey: fromHex(net.fileServer.x25519),
    };
    const big = new Uint8Array(MAX_FILE_SIZE + 1);
    const r = await onionServer(
      'aes-gcm',
      net.nodes.slice(0, 1),
      fs,
      { method: 'POST', endpoint: '/file' },
      big,
    );
    expect(r.v4!.code).toBe(413);
  });
});

describe('seed and profile', () => {
  it('answers get_n_service_nodes as JSON with every node and pins by certificate', async () => {
    const profile = parseNetworkProfile(JSON.parse(await readFile(net.profilePath, 'utf8')));
    expect(profile).toEqual(net.profile);
    const url = new URL(profile.seeds[0]!.url);
    const r = await postRaw(
      { host: url.hostname, port: Number(url.port), path: '/json_rpc', tls: true },
      utf8(
        JSON.stringify({
          jsonrpc: '2.0',
          method: 'get_n_service_nodes',
          params: {
            active_only: true,
            fields: { public_ip: true, storage_port: true, pubkey_x25519: true, pubkey_ed25519: true },
          },
        }),
      ),
    );
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('application/json');
    const states = JSON.parse(r.text).result.service_node_states as Array<{
      public_ip: string;
      storage_port: number;
    }>;
    expect(states).toHaveLength(12);
    expect(new Set(states.map((s) => s.public_ip.split('.').slice(0, 3).join('.'))).size).toBe(
      profile.subnetDiversity ? 12 : 1,
    );
    const pem = await new Promise<string>((resolve, reject) => {
      const sock = tls.connect(
        { host: url.hostname, port: Number(url.port), rejectUnauthorized: false },
        () => {
          const raw = sock.getPeerCertificate().raw;
          sock.end();
          resolve(`-----BEGIN CERTIFICATE-----\n${raw.toString('base64')}\n-----END CERTIFICATE-----\n`);
        },
      );
      sock.on('error', reject);
    });
    expect(new X509Certificate(pem).fingerprint256).toBe(profile.seeds[0]!.certSha256);
    const ids = await postRaw(
      { host: url.hostname, port: Number(url.port), path: '/json_rpc', tls: true },
      utf8(
        JSON.stringify({
          jsonrpc: '2.0',
          method: 'get_n_service_nodes',
          params: { fields: { swarm_id: true } },
        }),
      ),
    );
    // u64 swarm ids are bare JSON integers, as oxend writes them, and match get_swarm's hex ids.
    const raw = [...ids.text.matchAll(/"swarm_id":(\d+)/g)].map((m) => BigInt(m[1]!).toString(16));
    expect(new Set(raw)).toEqual(new Set(net.swarms.map((s) => s.id)));
  });
});
