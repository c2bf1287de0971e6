import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../electron/core/crypto/bytes';
import { openOnionLayerWithKey, type OnionCipher } from '../../../electron/core/crypto/onion-cipher';
import { identityFromSeed } from '../../../electron/core/crypto/identity';
import { ready } from '../../../electron/core/crypto/sodium';
import {
  buildOnionRequest,
  decodeServerReply,
  decodeSnodeReply,
} from '../../../electron/core/network/onion-request';
import type { Snode } from '../../../electron/core/network/snode';
import { parseFrame } from '../../../electron/core/protocol/onion-frame';
import { encodeSnodeOnionResponse } from '../../../electron/core/protocol/onion-response';
import { decodeV4Request, encodeV4Request, encodeV4Response } from '../../../electron/core/protocol/onion-v4';
import { encryptWithKey } from '../../../electron/core/crypto/onion-cipher';

interface TestNode extends Snode {
  secret: Uint8Array;
}

function makeNode(i: number): TestNode {
  const id = identityFromSeed(new Uint8Array(32).fill(i));
  return {
    ip: `127.0.${i}.1`,
    port: 1000 + i,
    ed25519: toHex(id.ed25519.publicKey),
    x25519: toHex(id.x25519.publicKey),
    secret: id.x25519.secretKey,
  };
}

const hex = (h: unknown): Uint8Array => new Uint8Array(Buffer.from(String(h), 'hex'));

/** Peels the layers the way guard, middle and exit do, returning each routing JSON and the core. */
function peel(body: Uint8Array, hops: TestNode[], cipher: OnionCipher) {
  let frame = parseFrame(body);
  const routings: Record<string, unknown>[] = [frame.json];
  let layer = frame;
  for (const hop of hops) {
    const { plaintext } = openOnionLayerWithKey(
      cipher,
      hop.secret,
      hex(layer.json['ephemeral_key']),
      layer.blob,
    );
    frame = parseFrame(plaintext);
    routings.push(frame.json);
    layer = frame;
  }
  return { routings, last: layer };
}

beforeAll(() => ready());

describe('onion request building', () => {
  for (const cipher of ['aes-gcm', 'xchacha20'] as const) {
    it(`wraps a snode RPC in 3 layers the nodes can open (${cipher})`, () => {
      const [g, m, e, d] = [makeNode(1), makeNode(2), makeNode(3), makeNode(4)];
      const rpc = new TextEncoder().encode('{"jsonrpc":"2.0","method":"info","params":{}}');
      const built = buildOnionRequest([g, m, e], { kind: 'snode', node: d }, rpc, cipher);
      const { routings, last } = peel(built.body, [g, m, e], cipher);
      // guard frame: only the key (and enc_type for xchacha)
      expect(Object.keys(routings[0]!).sort()).toEqual(
        cipher === 'aes-gcm' ? ['ephemeral_key'] : ['enc_type', 'ephemeral_key'],
      );
      expect(routings[1]!['destination']).toBe(m.ed25519);
      expect(routings[2]!['destination']).toBe(e.ed25519);
      expect(routings[3]!['destination']).toBe(d.ed25519);
      if (cipher === 'xchacha20') for (const r of routings) expect(r['enc_type']).toBe('xchacha20');
      else for (const r of routings) expect(r['enc_type']).toBeUndefined();
      // destination layer
      const { plaintext, key } = openOnionLayerWithKey(
        cipher,
        d.secret,
        hex(last.json['ephemeral_key']),
        last.blob,
      );
      const inner = parseFrame(plaintext);
      expect(inner.json).toEqual({ body: null, headers: { 'Content-Type': 'application/json' } });
      expect(new TextDecoder().decode(inner.blob)).toBe(new TextDecoder().decode(rpc));
      expect(toHex(key)).toBe(toHex(built.key));
      // and the reply comes back readable
      const text = encodeSnodeOnionResponse(cipher, key, 200, '{"t":1800000000000,"ok":true}');
      const reply = decodeSnodeReply(
        { status: 200, contentType: 'text/plain', body: new TextEncoder().encode(text) },
        built,
      );
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ t: 1800000000000, ok: true });
    });
  }

  it('addresses a v4 server by host, port and protocol', () => {
    const [g, m, e, srv] = [makeNode(5), makeNode(6), makeNode(7), makeNode(8)];
    const v4 = encodeV4Request({ method: 'GET', endpoint: '/file/abc' });
    const built = buildOnionRequest(
      [g, m, e],
      { kind: 'server', host: '127.0.0.1', port: 41353, protocol: 'http', x25519: srv.x25519 },
      v4,
      'aes-gcm',
    );
    const { routings, last } = peel(built.body, [g, m, e], 'aes-gcm');
    expect(routings[3]).toMatchObject({
      host: '127.0.0.1',
      target: '/oxen/v4/lsrpc',
      method: 'POST',
      protocol: 'http',
      port: 41353,
    });
    const { plaintext, key } = openOnionLayerWithKey(
      'aes-gcm',
      srv.secret,
      hex(last.json['ephemeral_key']),
      last.blob,
    );
    expect(decodeV4Request(plaintext).meta).toEqual({ method: 'GET', endpoint: '/file/abc' });
    const reply = encryptWithKey(
      'aes-gcm',
      key,
      encodeV4Response({ code: 200, headers: {} }, new Uint8Array([7])),
    );
    expect([...decodeServerReply({ status: 200, contentType: '', body: reply }, built).body]).toEqual([7]);
  });
});
