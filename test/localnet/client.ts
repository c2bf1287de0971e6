import https from 'node:https';
import http from 'node:http';
import { toHex, utf8 } from '../../electron/core/crypto/bytes';
import { decryptWithKey, sealOnionLayer, type OnionCipher } from '../../electron/core/crypto/onion-cipher';
import { ed25519KeyPair, ed25519PublicToX25519 } from '../../electron/core/crypto/ed25519';
import { encodeFrame } from '../../electron/core/protocol/onion-frame';
import { decodeSnodeOnionResponse } from '../../electron/core/protocol/onion-response';
import {
  decodeV4Response,
  encodeV4Request,
  type V4RequestMeta,
  type V4Response,
} from '../../electron/core/protocol/onion-v4';
import { signStorageRequest } from '../../electron/core/protocol/storage-signatures';

/** A tiny test-only client: direct RPC, onion requests to snodes and to the file server, accounts. */
export interface Hop {
  ip: string;
  port: number;
  ed25519: string;
  x25519PublicKey: Uint8Array;
}

export interface RawReply {
  status: number;
  text: string;
  bytes: Buffer;
  contentType: string | undefined;
}

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });

export function postRaw(
  url: { host: string; port: number; path: string; tls: boolean },
  body: Uint8Array,
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const mod = url.tls ? https : http;
    const req = mod.request(
      {
        host: url.host,
        port: url.port,
        path: url.path,
        method: 'POST',
        ...(url.tls ? { agent } : {}),
        headers: {
          'Content-Length': String(body.length),
          'User-Agent': 'WhatsApp',
          'Accept-Language': 'en-us',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            text: bytes.toString('utf8'),
            bytes,
            contentType: res.headers['content-type'],
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface RpcReply {
  status: number;
  /** Parsed JSON when the body is JSON, else the text. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test code inspects arbitrary reply shapes
}

function parseMaybe(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function rpc(node: Hop, method: string, params: unknown): Promise<RpcReply> {
  const r = await postRaw(
    { host: node.ip, port: node.port, path: '/storage_rpc/v1', tls: true },
    utf8(JSON.stringify({ jsonrpc: '2.0', method, params })),
  );
  return { status: r.status, body: parseMaybe(r.text) };
}

function wrapLayers(
  cipher: OnionCipher,
  path: readonly Hop[],
  ct0: Uint8Array,
  firstRouting: Record<string, unknown>,
): { body: Uint8Array; guard: Hop | undefined } {
  let blob = ct0;
  let routing = firstRouting;
  for (let i = path.length - 1; i >= 0; i--) {
    const hop = path[i]!;
    const sealed = sealOnionLayer(cipher, hop.x25519PublicKey, encodeFrame(blob, routing));
    blob = sealed.ciphertext;
    routing = { destination: hop.ed25519, ephemeral_key: toHex(sealed.ephemeralPublicKey), enc_type: cipher };
  }
  const outer: Record<string, unknown> = { ephemeral_key: routing['ephemeral_key'] };
  if (cipher === 'xchacha20') outer['enc_type'] = 'xchacha20';
  return { body: encodeFrame(blob, outer), guard: path[0] };
}

/**
 * Sends `{method, params}` to `dest` through `path` (empty = straight to dest). Returns the outer
 * HTTP reply and, when it is 200, the decrypted inner status and body.
 */
export async function onionRpc(
  cipher: OnionCipher,
  path: readonly Hop[],
  dest: Hop,
  method: string,
  params: unknown,
  routingExtra: Record<string, unknown> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the decrypted reply is arbitrary JSON the tests pick apart
): Promise<{ http: RawReply; status?: number; body?: any }> {
  const p0 = encodeFrame(utf8(JSON.stringify({ jsonrpc: '2.0', method, params })), {
    body: null,
    headers: { 'Content-Type': 'application/json' },
    ...routingExtra,
  });
  const sealed = sealOnionLayer(cipher, dest.x25519PublicKey, p0);
  const firstRouting = {
    destination: dest.ed25519,
    ephemeral_key: toHex(sealed.ephemeralPublicKey),
    enc_type: cipher,
  };
  let body: Uint8Array;
  let entry: Hop;
  if (path.length === 0) {
    body = encodeFrame(sealed.ciphertext, {
      ephemeral_key: toHex(sealed.ephemeralPublicKey),
      enc_type: cipher,
    });
    entry = dest;
  } else {
    const w = wrapLayers(cipher, path, sealed.ciphertext, firstRouting);
    body = w.body;
    entry = w.guard!;
  }
  const reply = await postRaw({ host: entry.ip, port: entry.port, path: '/onion_req/v2', tls: true }, body);
  if (reply.status !== 200) return { http: reply };
  if (routingExtra['base64'] === false || routingExtra['json'] === true) {
    const plain = routingExtra['base64'] === false ? reply.bytes : Buffer.from(reply.text, 'base64');
    const inner = JSON.parse(
      Buffer.from(decryptWithKey(cipher, sealed.key, new Uint8Array(plain))).toString('utf8'),
    ) as {
      status: number;
      body: unknown;
    };
    return { http: reply, status: inner.status, body: inner.body };
  }
  const inner = decodeSnodeOnionResponse(cipher, sealed.key, reply.text);
  return { http: reply, status: inner.status, body: parseMaybe(inner.body) };
}

/** A v4 request to a server (the file server) through `path`, the last hop relaying over HTTP. */
export async function onionServer(
  cipher: OnionCipher,
  path: readonly Hop[],
  server: { host: string; port: number; x25519PublicKey: Uint8Array },
  meta: V4RequestMeta,
  body?: Uint8Array,
): Promise<{ http: RawReply; v4?: V4Response }> {
  const sealed = sealOnionLayer(cipher, server.x25519PublicKey, encodeV4Request(meta, body));
  const routing = {
    host: server.host,
    target: '/oxen/v4/lsrpc',
    method: 'POST',
    protocol: 'http',
    port: server.port,
    ephemeral_key: toHex(sealed.ephemeralPublicKey),
    enc_type: cipher,
  };
  const w = wrapLayers(cipher, path, sealed.ciphertext, routing);
  const reply = await postRaw(
    { host: w.guard!.ip, port: w.guard!.port, path: '/onion_req/v2', tls: true },
    w.body,
  );
  if (reply.status !== 200) return { http: reply };
  return {
    http: reply,
    v4: decodeV4Response(decryptWithKey(cipher, sealed.key, new Uint8Array(reply.bytes))),
  };
}

/** A Session account (05…) or group (03…) with its Ed25519 keys. */
export interface Account {
  pubkey: string;
  edPk: Uint8Array;
  edSk: Uint8Array;
  edHex: string;
}

export function newUser(): Account {
  const kp = ed25519KeyPair();
  const x = ed25519PublicToX25519(kp.publicKey)!;
  return { pubkey: `05${toHex(x)}`, edPk: kp.publicKey, edSk: kp.secretKey, edHex: toHex(kp.publicKey) };
}

export function newGroup(): Account {
  const kp = ed25519KeyPair();
  return {
    pubkey: `03${toHex(kp.publicKey)}`,
    edPk: kp.publicKey,
    edSk: kp.secretKey,
    edHex: toHex(kp.publicKey),
  };
}

export function sign(acct: Account | Uint8Array, message: Uint8Array): string {
  return signStorageRequest(acct instanceof Uint8Array ? acct : acct.edSk, message);
}

/** Auth fields for a 05 account (`pubkey_ed25519` included) or a 03 group. */
export function auth(acct: Account, message: Uint8Array): Record<string, string> {
  const out: Record<string, string> = { pubkey: acct.pubkey, signature: sign(acct, message) };
  if (acct.pubkey.startsWith('05')) out['pubkey_ed25519'] = acct.edHex;
  return out;
}

export function b64(bytes: Uint8Array | string): string {
  return Buffer.from(typeof bytes === 'string' ? utf8(bytes) : bytes).toString('base64');
}
