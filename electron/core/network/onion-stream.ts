import { toHex, utf8 } from '../crypto/bytes';
import { openLayerOpener, openLayerSealer, type LayerSealer } from '../crypto/onion-cipher';
import type { V4RequestMeta } from '../protocol/onion-v4';
import { NetworkError } from './errors';
import { serverRouting, type OnionDestination } from './onion-request';
import type { Snode } from './snode';

/**
 * Onion requests to a server whose body streams from a source instead of sitting in memory
 * (protocol reference §6.2–§6.4; file uploads and downloads): every layer is AES-GCM sealed a
 * piece at a time, so a 10 MB upload passes through the guard's TLS socket in small pieces with
 * constant memory, and a reply's body streams into a sink as it is opened. The bytes are exactly
 * those `buildOnionRequest` gives for the same payload (lengths are known in advance).
 */

/** A body of a known size that can be read (again, on a retry) from the start. */
export interface ChunkSource {
  readonly size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export interface StreamedOnion {
  readonly size: number;
  /** The outer frame's bytes for the guard, piece by piece. */
  chunks(): AsyncIterable<Uint8Array>;
  /** The destination layer's key: it opens the reply. */
  readonly key: Uint8Array;
}

const GCM_OVERHEAD = 12 + 16;

function u32le(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

async function* sealed(sealer: LayerSealer, inner: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  yield sealer.start();
  for await (const piece of inner) yield sealer.update(piece);
  yield sealer.finish();
}

async function* framed(
  len: number,
  inner: AsyncIterable<Uint8Array>,
  json: Uint8Array,
): AsyncIterable<Uint8Array> {
  yield u32le(len);
  yield* inner;
  yield json;
}

/** `l <meta> <body> e` — the bencoded v4 request (onion-v4.ts encodes the same thing at once). */
function v4Request(meta: V4RequestMeta, body: ChunkSource | undefined): ChunkSource {
  const json = {
    method: meta.method,
    endpoint: meta.endpoint,
    ...(meta.headers ? { headers: meta.headers } : {}),
  };
  const metaBytes = utf8(JSON.stringify(json));
  const head = utf8(`l${metaBytes.length}:`);
  const bodyHead = body ? utf8(`${body.size}:`) : new Uint8Array(0);
  const end = utf8('e');
  return {
    size: head.length + metaBytes.length + bodyHead.length + (body?.size ?? 0) + end.length,
    async *chunks() {
      yield head;
      yield metaBytes;
      if (body) {
        yield bodyHead;
        yield* body.chunks();
      }
      yield end;
    },
  };
}

export function buildStreamedServerOnion(
  path: readonly Snode[],
  dest: Extract<OnionDestination, { kind: 'server' }>,
  meta: V4RequestMeta,
  body: ChunkSource | undefined,
): StreamedOnion {
  if (path.length === 0) throw new NetworkError('path', 'An onion path needs at least one hop.');
  const payload = v4Request(meta, body);
  const destination = openLayerSealer(Buffer.from(dest.x25519, 'hex'));
  // Innermost first: each layer knows its plaintext length, hence its own.
  type Layer = { size: number; chunks: () => AsyncIterable<Uint8Array> };
  let layer: Layer = {
    size: payload.size + GCM_OVERHEAD,
    chunks: () => sealed(destination, payload.chunks()),
  };
  let routing: Record<string, unknown> = {
    ...serverRouting(dest),
    ephemeral_key: toHex(destination.ephemeralPublicKey),
  };
  for (let i = path.length - 1; i >= 0; i--) {
    const hop = openLayerSealer(Buffer.from(path[i]!.x25519, 'hex'));
    const inner = layer;
    const json = utf8(JSON.stringify(routing));
    layer = {
      size: 4 + inner.size + json.length + GCM_OVERHEAD,
      chunks: () => sealed(hop, framed(inner.size, inner.chunks(), json)),
    };
    routing = { destination: path[i]!.ed25519, ephemeral_key: toHex(hop.ephemeralPublicKey) };
  }
  const top = layer;
  const guardJson = utf8(JSON.stringify({ ephemeral_key: routing['ephemeral_key'] }));
  return {
    size: 4 + top.size + guardJson.length,
    chunks: () => framed(top.size, top.chunks(), guardJson),
    key: destination.key,
  };
}

/** What the v4 reply said before (and besides) its body. */
export interface StreamedV4Response {
  readonly code: number;
  readonly headers: Record<string, string>;
  /** The body when it was not streamed into the sink (a non-200 reply: small JSON). */
  readonly body: Uint8Array;
}

const MAX_META = 64 * 1024;
const MAX_HELD_BODY = 64 * 1024;

/**
 * Opens a server's sealed v4 reply as it arrives: the metadata is parsed first, then a 200's body
 * goes to `sink` piece by piece (unauthenticated until `finish()` returns), any other body is kept
 * (bounded). `finish()` checks the tag and the bencode's end; every failure is a NetworkError.
 */
export class V4ReplyReader {
  private readonly opener;
  private buf: Uint8Array = new Uint8Array(0);
  private stage: 'list' | 'meta-len' | 'meta' | 'body-len' | 'body' | 'end' | 'done' = 'list';
  private need = 0;
  private meta: { code: number; headers: Record<string, string> } | undefined;
  private held: Uint8Array[] = [];
  private heldBytes = 0;

  constructor(
    key: Uint8Array,
    private readonly sink: (piece: Uint8Array) => void,
  ) {
    this.opener = openLayerOpener(key);
  }

  update(piece: Uint8Array): void {
    this.consume(this.guard(() => this.opener.update(piece)));
  }

  finish(): StreamedV4Response {
    this.guard(() => this.opener.finish());
    if (this.stage !== 'done' || this.buf.length > 0 || !this.meta) this.bad('The server reply ended early.');
    const body = Buffer.concat(this.held);
    return { ...this.meta, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (cause) {
      if (cause instanceof NetworkError) throw cause;
      throw new NetworkError('bad-response', 'The server reply could not be decrypted or read.', { cause });
    }
  }

  private bad(message: string): never {
    throw new NetworkError('bad-response', message);
  }

  private consume(data: Uint8Array): void {
    this.buf = this.buf.length === 0 ? data : Buffer.concat([this.buf, data]);
    for (;;) {
      if (this.stage === 'body') {
        const take = this.buf.subarray(0, Math.min(this.need, this.buf.length));
        if (take.length > 0) this.body(take);
        this.need -= take.length;
        this.buf = this.buf.subarray(take.length);
        if (this.need > 0) return;
        this.stage = 'end';
        continue;
      }
      if (this.buf.length === 0) return;
      if (!this.step()) return;
    }
  }

  /** One parsing step outside the body; false when more bytes are needed. */
  private step(): boolean {
    const b = this.buf;
    switch (this.stage) {
      case 'list':
        if (b[0] !== 0x6c) this.bad('The server reply is not a v4 list.');
        this.buf = b.subarray(1);
        this.stage = 'meta-len';
        return true;
      case 'meta-len':
      case 'body-len':
        return this.length(b);
      case 'meta': {
        if (b.length < this.need) return false;
        this.meta = parseMeta(b.subarray(0, this.need));
        this.buf = b.subarray(this.need);
        this.stage = 'body-len';
        return true;
      }
      case 'end':
        if (b[0] !== 0x65) this.bad('The server reply has more than a body.');
        this.buf = b.subarray(1);
        this.stage = 'done';
        return true;
      default:
        return this.bad('The server reply continues past its end.');
    }
  }

  private length(b: Uint8Array): boolean {
    if (this.stage === 'body-len' && b[0] === 0x65) {
      this.buf = b.subarray(1);
      this.stage = 'done';
      return true;
    }
    const colon = b.indexOf(0x3a);
    if (colon < 0) {
      if (b.length > 12) this.bad('The server reply has a malformed length.');
      return false;
    }
    const text = Buffer.from(b.subarray(0, colon)).toString('latin1');
    if (!/^(0|[1-9][0-9]{0,9})$/.test(text)) this.bad('The server reply has a malformed length.');
    this.need = Number(text);
    this.buf = b.subarray(colon + 1);
    if (this.stage === 'meta-len') {
      if (this.need > MAX_META) this.bad('The server reply metadata is too large.');
      this.stage = 'meta';
    } else {
      this.stage = 'body';
    }
    return true;
  }

  private body(piece: Uint8Array): void {
    if (this.meta?.code === 200) {
      this.sink(piece);
      return;
    }
    this.heldBytes += piece.length;
    if (this.heldBytes > MAX_HELD_BODY) this.bad('The server sent a long error reply.');
    this.held.push(piece.slice());
  }
}

function parseMeta(bytes: Uint8Array): { code: number; headers: Record<string, string> } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new NetworkError('bad-response', 'The server reply metadata is not JSON.');
  }
  const o = json as { code?: unknown; headers?: unknown } | null;
  if (typeof o !== 'object' || o === null || typeof o.code !== 'number' || !Number.isInteger(o.code)) {
    throw new NetworkError('bad-response', 'The server reply has no status code.');
  }
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  if (typeof o.headers === 'object' && o.headers !== null) {
    for (const [k, v] of Object.entries(o.headers)) if (typeof v === 'string') headers[k] = v;
  }
  return { code: o.code, headers };
}
