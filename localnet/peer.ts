import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { concatBytes, utf8 } from '../electron/core/crypto/bytes';
import { x25519SharedSecret } from '../electron/core/crypto/ed25519';
import type { Directory, NodeRecord } from './directory';
import { post, type HttpReply } from './http';
import type { NodeKeys } from './keys';

/**
 * Node-to-node requests (replication, catch-up) go over HTTPS like everything else and are
 * authenticated by the nodes' keys: each pair shares X25519(own secret, peer public), and the sender
 * MACs `path ‖ timestamp ‖ body` with it (HMAC-SHA256). A MAC instead of a signature per request
 * keeps replication cheap; the pairwise secret is computed once.
 */
const HEADER_NODE = 'x-localnet-node';
const HEADER_TS = 'x-localnet-timestamp';
const HEADER_MAC = 'x-localnet-mac';
const FRESHNESS_MS = 60_000;

const secrets = new WeakMap<NodeKeys, Map<string, Buffer>>();

function pairSecret(own: NodeKeys, peer: NodeKeys): Buffer {
  let cache = secrets.get(own);
  if (!cache) {
    cache = new Map();
    secrets.set(own, cache);
  }
  let s = cache.get(peer.ed25519Hex);
  if (!s) {
    const shared = x25519SharedSecret(own.x25519Secret, peer.x25519Public);
    // Node keys come from seeds, so their X25519 halves are never small-order points.
    if (!shared) throw new Error('a localnet node key cannot be used for X25519');
    s = createHmac('sha256', 'localnet-peer').update(shared).digest();
    cache.set(peer.ed25519Hex, s);
  }
  return s;
}

function mac(secret: Buffer, path: string, ts: string, body: Uint8Array): Buffer {
  return createHmac('sha256', secret)
    .update(concatBytes(utf8(`${path}\n${ts}\n`), body))
    .digest();
}

export function peerPost(
  from: NodeKeys,
  to: NodeRecord,
  path: string,
  json: unknown,
  timeoutMs: number,
): Promise<HttpReply> {
  return peerPostText(from, to, path, JSON.stringify(json), timeoutMs);
}

/** `peerPost` for a body that is already JSON text. */
export function peerPostText(
  from: NodeKeys,
  to: NodeRecord,
  path: string,
  jsonText: string,
  timeoutMs: number,
): Promise<HttpReply> {
  const body = utf8(jsonText);
  const ts = String(Date.now());
  return post(
    { protocol: 'https', host: to.ip, port: to.port, path },
    body,
    {
      'Content-Type': 'application/json',
      [HEADER_NODE]: from.ed25519Hex,
      [HEADER_TS]: ts,
      [HEADER_MAC]: mac(pairSecret(from, to.keys), path, ts, body).toString('base64'),
    },
    timeoutMs,
  );
}

/** The sending node, or undefined unless the request is fresh and MACed by a node the directory knows. */
export function verifyPeer(
  dir: Directory,
  own: NodeKeys,
  req: http.IncomingMessage,
  path: string,
  body: Uint8Array,
): NodeRecord | undefined {
  const node = req.headers[HEADER_NODE];
  const ts = req.headers[HEADER_TS];
  const macB64 = req.headers[HEADER_MAC];
  if (typeof node !== 'string' || typeof ts !== 'string' || typeof macB64 !== 'string') return undefined;
  const sender = dir.byEd.get(node);
  const t = Number(ts);
  if (!sender || !Number.isSafeInteger(t) || Math.abs(Date.now() - t) > FRESHNESS_MS) return undefined;
  const given = Buffer.from(macB64, 'base64');
  const expected = mac(pairSecret(own, sender.keys), path, ts, body);
  return given.length === expected.length && timingSafeEqual(given, expected) ? sender : undefined;
}
