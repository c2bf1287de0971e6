import type http from 'node:http';
import type https from 'node:https';
import { toHex, utf8 } from '../crypto/bytes';
import { decryptWithKey, sealOnionLayer, type OnionCipher } from '../crypto/onion-cipher';
import { encodeFrame } from '../protocol/onion-frame';
import { decodeSnodeOnionResponse } from '../protocol/onion-response';
import { decodeV4Response, type V4Response } from '../protocol/onion-v4';
import { NetworkError } from './errors';
import { httpPost, OUTER_HEADERS, type HttpReply } from './https-client';
import type { Snode } from './snode';

/**
 * Building, sending and decoding one onion request (protocol reference §6.2–§6.4). Retry policy
 * and failure accounting live in the transport; this file only knows bytes and HTTP.
 */
export type OnionDestination =
  | { readonly kind: 'snode'; readonly node: Snode }
  | {
      readonly kind: 'server';
      readonly host: string;
      readonly port: number;
      readonly protocol: 'http' | 'https';
      readonly x25519: string;
    };

export interface BuiltOnion {
  readonly body: Uint8Array;
  /** The destination layer's symmetric key: it decrypts the reply. */
  readonly key: Uint8Array;
  readonly cipher: OnionCipher;
}

/** Requests sealed this large would be refused by the guard (10 MiB body cap) anyway. */
export const MAX_ONION_REPLY = 16 * 1024 * 1024;
export const V4_TARGET = '/oxen/v4/lsrpc';

function cipherKeys(cipher: OnionCipher): Record<string, string> {
  // AES-GCM is every node's default; desktop never names it, so neither do we.
  return cipher === 'xchacha20' ? { enc_type: 'xchacha20' } : {};
}

/** Hop keys repeat on every request over a path: decoded once (bounded; cleared when full). */
const KEY_CACHE_MAX = 4096;
const keyCache = new Map<string, Uint8Array>();

function keyBytes(hex: string): Uint8Array {
  let key = keyCache.get(hex);
  if (!key) {
    key = new Uint8Array(Buffer.from(hex, 'hex'));
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(hex, key);
  }
  return key;
}

export function serverRouting(dest: Extract<OnionDestination, { kind: 'server' }>): Record<string, unknown> {
  const routing: Record<string, unknown> = { host: dest.host, target: V4_TARGET, method: 'POST' };
  if (dest.protocol === 'http') {
    routing['protocol'] = 'http';
    routing['port'] = dest.port;
  } else if (dest.port !== 443) {
    routing['port'] = dest.port;
  }
  return routing;
}

/**
 * `payload` is the RPC JSON text for a snode destination, or the bencoded v4 request for a server.
 * Layers are sealed from the inside out; each routing JSON names the next layer's ephemeral key.
 */
export function buildOnionRequest(
  path: readonly Snode[],
  dest: OnionDestination,
  payload: Uint8Array,
  cipher: OnionCipher,
): BuiltOnion {
  if (path.length === 0) throw new NetworkError('path', 'An onion path needs at least one hop.');
  const enc = cipherKeys(cipher);
  const inner =
    dest.kind === 'snode'
      ? encodeFrame(payload, { body: null, headers: { 'Content-Type': 'application/json' } })
      : payload;
  const destKey = dest.kind === 'snode' ? dest.node.x25519 : dest.x25519;
  const layer0 = sealOnionLayer(cipher, keyBytes(destKey), inner);

  const exitRouting =
    dest.kind === 'snode'
      ? { destination: dest.node.ed25519, ephemeral_key: toHex(layer0.ephemeralPublicKey), ...enc }
      : { ...serverRouting(dest), ephemeral_key: toHex(layer0.ephemeralPublicKey), ...enc };

  let blob = layer0.ciphertext;
  let routing: Record<string, unknown> = exitRouting;
  let ephemeral = layer0.ephemeralPublicKey;
  for (let i = path.length - 1; i >= 0; i--) {
    const sealed = sealOnionLayer(cipher, keyBytes(path[i]!.x25519), encodeFrame(blob, routing));
    blob = sealed.ciphertext;
    ephemeral = sealed.ephemeralPublicKey;
    routing = { destination: path[i]!.ed25519, ephemeral_key: toHex(ephemeral), ...enc };
  }
  // The guard's own frame carries only how to open its layer.
  return { body: encodeFrame(blob, { ephemeral_key: toHex(ephemeral), ...enc }), key: layer0.key, cipher };
}

export interface SendOptions {
  readonly timeoutMs: number;
  readonly agent?: https.Agent | http.Agent;
  readonly signal?: AbortSignal;
}

export function postToGuard(guard: Snode, built: BuiltOnion, opts: SendOptions): Promise<HttpReply> {
  return httpPost(`https://${guard.ip}:${guard.port}/onion_req/v2`, built.body, {
    timeoutMs: opts.timeoutMs,
    maxReplyBytes: MAX_ONION_REPLY,
    headers: OUTER_HEADERS,
    agent: opts.agent,
    signal: opts.signal,
  });
}

const NODE_NOT_FOUND = /^Next node not found: ([0-9a-fA-F]{64})/;

/** What a non-200 reply from the guard tells us about the path. */
export type HopFailure =
  | { readonly kind: 'node-not-found'; readonly ed25519: string }
  | { readonly kind: 'path'; readonly status: number; readonly text: string };

export function classifyGuardReply(reply: HttpReply): HopFailure | undefined {
  if (reply.status === 200) return undefined;
  const text = Buffer.from(reply.body.subarray(0, 512)).toString('utf8');
  const m = reply.status === 502 ? NODE_NOT_FOUND.exec(text.trim()) : null;
  if (m) return { kind: 'node-not-found', ed25519: m[1]!.toLowerCase() };
  return { kind: 'path', status: reply.status, text };
}

export interface SnodeReply {
  readonly status: number;
  /** The RPC reply parsed as JSON when it is JSON, else the raw text (error strings). */
  readonly body: unknown;
  readonly text: string;
}

function wrapOnion(e: unknown, what: string): NetworkError {
  if (e instanceof NetworkError) return e;
  // OnionError (and anything unexpected from a library) becomes the network layer's own type.
  return new NetworkError('bad-response', `The ${what} reply could not be decrypted or read.`, { cause: e });
}

export function decodeSnodeReply(reply: HttpReply, built: BuiltOnion): SnodeReply {
  let decoded: { status: number; body: string };
  try {
    decoded = decodeSnodeOnionResponse(built.cipher, built.key, Buffer.from(reply.body).toString('utf8'));
  } catch (e) {
    throw wrapOnion(e, 'service node');
  }
  let body: unknown = decoded.body;
  try {
    body = JSON.parse(decoded.body);
  } catch {
    // Error replies are plain text ("Timestamp error: check your clock"); keep them as text.
  }
  return { status: decoded.status, body, text: decoded.body };
}

export function decodeServerReply(reply: HttpReply, built: BuiltOnion): V4Response {
  try {
    return decodeV4Response(decryptWithKey(built.cipher, built.key, reply.body));
  } catch (e) {
    throw wrapOnion(e, 'server');
  }
}

export function rpcPayload(method: string, params: unknown): Uint8Array {
  return utf8(JSON.stringify({ jsonrpc: '2.0', method, params }));
}
