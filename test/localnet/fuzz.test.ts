import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex, utf8 } from '../../electron/core/crypto/bytes';
import { decryptWithKey, sealOnionLayer, type OnionCipher } from '../../electron/core/crypto/onion-cipher';
import { encodeFrame } from '../../electron/core/protocol/onion-frame';
import { decodeV4Response } from '../../electron/core/protocol/onion-v4';
import { FileServer } from '../../localnet/fileserver';
import { ready } from '../../electron/core/crypto/sodium';
import { blake2bSalted } from '../../localnet/blake2b-salted';
import { NodeStore } from '../../localnet/db';
import { Directory, swarmIds } from '../../localnet/directory';
import { LocalnetError } from '../../localnet/errors';
import { randomNodeKeys } from '../../localnet/keys';
import { handleOnionRequest } from '../../localnet/onion';
import { noFaults, noStats } from '../../localnet/faults';
import { parseNetworkProfile } from '../../localnet/profile';
import type { RpcContext } from '../../localnet/rpc/context';
import { processClientJson, processForwarded } from '../../localnet/rpc/dispatch';
import { RPC_METHODS } from '../../localnet/rpc/params';

let ctx: RpcContext;
let store: NodeStore;
let dir: Directory;

beforeAll(async () => {
  await ready();
  store = new NodeStore(':memory:');
  const keys = randomNodeKeys();
  const [id] = swarmIds(1);
  dir = new Directory([
    { index: 0, ip: '127.0.0.1', port: 1, keys, tls: { key: '', cert: '', certSha256: '' }, swarmId: id! },
  ]);
  ctx = {
    keys,
    store,
    now: () => Date.now(),
    isForUs: () => true,
    swarmJson: (pk) => dir.swarmJson(pk.hex),
    swarmPeers: () => [],
    forward: () => Promise.resolve({ ok: false }),
    oxend: (_e, p) => ({ status: 200, body: dir.serviceNodes(p) }),
    height: () => dir.height(),
  };
});
afterAll(() => store?.close());

const methods = Object.keys(RPC_METHODS);
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.double(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constantFrom('05' + 'a'.repeat(64), '03' + 'b'.repeat(64), 'all', 'AAAA', Date.now()),
);
const paramsArb = fc.dictionary(
  fc.constantFrom(
    'pubkey',
    'pubKey',
    'namespace',
    'ttl',
    'expiry',
    'timestamp',
    'data',
    'signature',
    'pubkey_ed25519',
    'subaccount',
    'subaccount_sig',
    'messages',
    'last_hash',
    'max_count',
    'max_size',
    'before',
    'shorten',
    'extend',
    'requests',
    'endpoint',
    'params',
    'revoke',
    'unrevoke',
    'sig_timestamp',
    'required',
  ),
  value,
  { maxKeys: 8 },
);

describe('storage RPC parsing never throws', () => {
  it('answers any JSON-ish body with a status', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (body) => {
        const r = await processClientJson(ctx, body);
        expect(r.status).toBeGreaterThanOrEqual(200);
        expect(r.status).toBeLessThan(600);
      }),
      { numRuns: 1500 },
    );
  });

  it('answers any params for every method (top level, batch, forwarded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), paramsArb, async (method, params) => {
        const r = await processClientJson(ctx, JSON.stringify({ method, params }));
        expect(r.status).toBeGreaterThanOrEqual(200);
        const b = await processClientJson(
          ctx,
          JSON.stringify({ method: 'batch', params: { requests: [{ method, params }] } }),
        );
        expect(b.status === 200 || b.status === 400).toBe(true);
        const f = await processForwarded(ctx, method, params);
        expect(f.status).toBeGreaterThanOrEqual(200);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('onion entry point never throws', () => {
  it('answers arbitrary bytes with a plain-text 4xx', async () => {
    const host = {
      keys: ctx.keys,
      dir,
      runRpc: (b: string) => processClientJson(ctx, b),
      faults: noFaults(),
      stats: noStats(),
    };
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const r = await handleOnionRequest(host, bytes);
        expect(r.status).toBe(400);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('file server onion handler never throws', () => {
  it('answers arbitrary frames with 400 and arbitrary sealed v4 payloads with a sealed reply', async () => {
    const fsKeys = randomNodeKeys();
    const server = new FileServer(fsKeys, ':memory:');
    try {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
          expect(server.handleOnion(bytes).status).toBe(400);
        }),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(
          fc.uint8Array({ maxLength: 200 }),
          fc.constantFrom<OnionCipher>('aes-gcm', 'xchacha20'),
          (inner, cipher) => {
            const sealed = sealOnionLayer(cipher, fsKeys.x25519Public, inner);
            const frame = encodeFrame(sealed.ciphertext, {
              ephemeral_key: toHex(sealed.ephemeralPublicKey),
              enc_type: cipher,
            });
            const r = server.handleOnion(frame);
            expect(r.status).toBe(200);
            const v4 = decodeV4Response(decryptWithKey(cipher, sealed.key, r.body as Uint8Array));
            expect(v4.code).toBeGreaterThanOrEqual(200);
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      await server.close();
    }
  });
});

describe('profile parser', () => {
  it('throws only LocalnetError', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        try {
          parseNetworkProfile(v);
        } catch (e) {
          expect(e).toBeInstanceOf(LocalnetError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('salted BLAKE2b for file ids', () => {
  // Expected values from Python's hashlib.blake2b(data, digest_size=33, salt=b"SessionFileSvr\0\0"),
  // the function session-file-server's generate_file_id uses; data[i] = (7 * i) & 255.
  const vectors: Array<[number, string]> = [
    [0, 'iBE4bTXi02LqZpnAFL99yO2KWKpbpFYtGjEEk43-oiTg'],
    [3, 'e1D8xQ4y2zqSRzCevNMtSAe3cGnFX_5CiLcuTjwlJUWc'],
    [128, 'hujOC9nBmZPnz9W_SxkkiU5rczpft0WCRsQfwvKHGsOm'],
    [129, '_W8o_XQzp0m9e86OvLDXZ-l0Lk0eG8Ib79q8jKwrXVd2'],
    [1000, 'gzTuAqdvU5vIzUODG_RtC7azrpnsvRXOYKd_9MOjn0MT'],
  ];
  it.each(vectors)('matches hashlib for %i bytes', (n, expected) => {
    const data = new Uint8Array(n).map((_, i) => (i * 7) & 255);
    expect(Buffer.from(blake2bSalted(data, 33, utf8('SessionFileSvr\0\0'))).toString('base64url')).toBe(
      expected,
    );
  });
});
