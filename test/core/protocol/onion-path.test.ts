import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from '../../../electron/core/crypto/bytes';
import { ed25519KeyPair, x25519KeyPair } from '../../../electron/core/crypto/ed25519';
import { ready } from '../../../electron/core/crypto/sodium';
import {
  decryptWithKey,
  encryptWithKey,
  openOnionLayerWithKey,
  parseOnionCipher,
  sealOnionLayer,
  type OnionCipher,
} from '../../../electron/core/crypto/onion-cipher';
import { encodeFrame, parseFrame } from '../../../electron/core/protocol/onion-frame';
import {
  decodeSnodeOnionResponse,
  encodeSnodeOnionResponse,
} from '../../../electron/core/protocol/onion-response';
import { parseOnionRouting } from '../../../electron/core/protocol/onion-routing';
import {
  decodeV4Request,
  decodeV4Response,
  encodeV4Request,
  encodeV4Response,
} from '../../../electron/core/protocol/onion-v4';

interface Node {
  ed: string;
  x: { publicKey: Uint8Array; secretKey: Uint8Array };
}

let nodes: Node[];

beforeAll(async () => {
  await ready();
  nodes = Array.from({ length: 4 }, () => ({
    ed: toHex(ed25519KeyPair().publicKey),
    x: x25519KeyPair(),
  }));
});

/** Client side of §6.2: destination layer, then exit, middle and guard layers. */
function build(
  cipher: OnionCipher,
  path: Node[],
  destination: { payload: Uint8Array; x25519: Uint8Array; route: Record<string, unknown> },
) {
  const inner = sealOnionLayer(cipher, destination.x25519, destination.payload);
  let blob = inner.ciphertext;
  let eph = inner.ephemeralPublicKey;
  let route: Record<string, unknown> = destination.route;
  for (let i = path.length - 1; i >= 0; i--) {
    const layer = sealOnionLayer(
      cipher,
      path[i]!.x.publicKey,
      encodeFrame(blob, { ...route, ephemeral_key: toHex(eph), enc_type: cipher }),
    );
    blob = layer.ciphertext;
    eph = layer.ephemeralPublicKey;
    route = { destination: path[i]!.ed };
  }
  return { body: encodeFrame(blob, { ephemeral_key: toHex(eph), enc_type: cipher }), key: inner.key };
}

/** Node side: peel hops until one is the final destination or a relay to a server. */
function route(body: Uint8Array, byEd: Map<string, Node>, entry: Node) {
  let { blob, json } = parseFrame(body);
  let node = entry;
  for (let hop = 0; hop < 15; hop++) {
    const cipher = parseOnionCipher(json.enc_type as string | undefined);
    const opened = openOnionLayerWithKey(
      cipher,
      node.x.secretKey,
      fromHex(json.ephemeral_key as string),
      blob,
    );
    const frame = parseFrame(opened.plaintext);
    const r = parseOnionRouting(frame.json);
    if (r.kind !== 'relay-node')
      return { node, route: r, frame, decrypted: opened.plaintext, key: opened.key };
    node = byEd.get(r.destination)!;
    blob = frame.blob;
    json = { ephemeral_key: r.ephemeralKey, enc_type: r.cipher };
  }
  throw new Error('too many hops');
}

describe('a whole onion path, built and peeled with these modules', () => {
  it.each(['aes-gcm', 'xchacha20'] as const)('%s: snode destination and reply', (cipher) => {
    const [guard, middle, exit, target] = nodes as [Node, Node, Node, Node];
    const byEd = new Map(nodes.map((n) => [n.ed, n]));
    const rpc = JSON.stringify({ method: 'info', params: {} });
    const payload = encodeFrame(utf8(rpc), { headers: { 'Content-Type': 'application/json' } });
    const { body, key } = build(cipher, [guard, middle, exit], {
      payload,
      x25519: target.x.publicKey,
      route: { destination: target.ed },
    });
    const reached = route(body, byEd, guard);
    expect(reached.node).toBe(target);
    expect(reached.route).toEqual({ kind: 'final-snode', json: false, base64: true });
    expect(new TextDecoder().decode(reached.frame.blob)).toBe(rpc);

    const replyText = encodeSnodeOnionResponse(cipher, reached.key, 200, '{"version":[2,11,0]}');
    expect(decodeSnodeOnionResponse(cipher, key, replyText)).toEqual({
      status: 200,
      body: '{"version":[2,11,0]}',
    });
  });

  it.each(['aes-gcm', 'xchacha20'] as const)('%s: v4 server destination relayed by the exit', (cipher) => {
    const [guard, middle, exit] = nodes as [Node, Node, Node, Node];
    const server = x25519KeyPair();
    const byEd = new Map(nodes.map((n) => [n.ed, n]));
    const v4 = encodeV4Request({ method: 'GET', endpoint: '/file/1', headers: {} });
    const { body, key } = build(cipher, [guard, middle, exit], {
      payload: v4,
      x25519: server.publicKey,
      route: { host: 'localhost', target: '/oxen/v4/lsrpc', method: 'POST', protocol: 'http', port: 8080 },
    });
    const reached = route(body, byEd, guard);
    expect(reached.node).toBe(exit);
    expect(reached.route).toEqual({
      kind: 'relay-server',
      host: 'localhost',
      port: 8080,
      protocol: 'http',
      target: '/oxen/v4/lsrpc',
    });

    // The server receives the exit's whole decrypted frame and reads its own keys from the same JSON.
    const atServer = parseFrame(reached.decrypted);
    const serverCipher = parseOnionCipher(atServer.json.enc_type as string);
    const opened = openOnionLayerWithKey(
      serverCipher,
      server.secretKey,
      fromHex(atServer.json.ephemeral_key as string),
      atServer.blob,
    );
    expect(decodeV4Request(opened.plaintext).meta.endpoint).toBe('/file/1');
    const reply = encryptWithKey(
      serverCipher,
      opened.key,
      encodeV4Response({ code: 404, headers: {} }, utf8('nope')),
    );
    const decoded = decodeV4Response(decryptWithKey(cipher, key, reply));
    expect(decoded.code).toBe(404);
    expect(new TextDecoder().decode(decoded.body)).toBe('nope');
  });
});
