import http from 'node:http';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Socket } from 'node:net';
import { tryFromHex, utf8 } from '../electron/core/crypto/bytes';
import {
  encryptWithKey,
  openOnionLayerWithKey,
  parseOnionCipher,
} from '../electron/core/crypto/onion-cipher';
import { parseFrame } from '../electron/core/protocol/onion-frame';
import { decodeV4Request, encodeV4Response } from '../electron/core/protocol/onion-v4';
import { blake2bSalted } from './blake2b-salted';
import { listenOn, readBody, sendReply, textReply } from './http';
import type { NodeKeys } from './keys';

/**
 * Upload cap: desktop's 10,000,000-byte plaintext limit as its legacy blob (16 IV + ≤ 16 padding +
 * 32 MAC over a padding capped at 10,000,000), which desktop's 10 MB files rely on the deployed
 * server taking (protocol reference §8, size limits).
 */
export const MAX_FILE_SIZE = 10_000_064;
const DEFAULT_TTL_S = 14 * 86_400;
/** Room for the largest file plus onion framing and encryption overhead. */
const MAX_ONION_BODY = MAX_FILE_SIZE + 64 * 1024;
const FILE_ID_SALT = utf8('SessionFileSvr\0\0');

interface StoredFile {
  data: Uint8Array;
  uploaded: number;
  expires: number;
}

/** Files on disk (SQLite) so a restarted network still serves earlier attachments. */
class FileStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS files (id TEXT PRIMARY KEY, data BLOB NOT NULL, uploaded REAL NOT NULL, expires REAL NOT NULL)',
    );
  }

  get(id: string): StoredFile | undefined {
    const r = this.db.prepare('SELECT data, uploaded, expires FROM files WHERE id = ?').get(id) as
      { data: Buffer; uploaded: number; expires: number } | undefined;
    return r && { data: new Uint8Array(r.data), uploaded: r.uploaded, expires: r.expires };
  }

  put(id: string, f: StoredFile): void {
    this.db
      .prepare('INSERT OR REPLACE INTO files (id, data, uploaded, expires) VALUES (?, ?, ?, ?)')
      .run(id, Buffer.from(f.data), f.uploaded, f.expires);
  }

  sweep(nowS: number): void {
    this.db.prepare('DELETE FROM files WHERE expires <= ?').run(nowS);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** The id session-file-server gives a deduplicated upload: base64url(BLAKE2b-264(data, salt)). */
export function fileId(data: Uint8Array): string {
  return Buffer.from(blake2bSalted(data, 33, FILE_ID_SALT)).toString('base64url');
}

type V4Result = { code: number; contentType: string; body: Uint8Array };

const json = (code: number, value: unknown): V4Result => ({
  code,
  contentType: 'application/json',
  body: utf8(JSON.stringify(value)),
});

/**
 * The Session file server, reachable only through onion requests: an exit node POSTs the whole
 * decrypted frame `[N][ct0]{json}` to `/oxen/v4/lsrpc`; `ct0` is a v4 request sealed to our X25519
 * key, and the v4 reply goes back sealed with the same key.
 */
export class FileServer {
  private server: http.Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly files: FileStore;
  private sweepTimer: NodeJS.Timeout | undefined;
  port = 0;

  constructor(
    readonly keys: NodeKeys,
    dbPath: string,
    readonly ip = '127.0.0.1',
  ) {
    this.files = new FileStore(dbPath);
  }

  get url(): string {
    return `http://${this.ip}:${this.port}`;
  }

  async start(port = 0): Promise<void> {
    const server = http.createServer((req, res) => {
      void (async () => {
        if (req.method !== 'POST' || (req.url !== '/oxen/v4/lsrpc' && req.url !== '/loki/v4/lsrpc')) {
          sendReply(res, textReply(404, 'Not Found'));
          return;
        }
        const body = await readBody(req, MAX_ONION_BODY);
        if (!body) {
          sendReply(res, textReply(413, 'Request body too large'));
          return;
        }
        sendReply(res, this.handleOnion(body));
      })();
    });
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    this.port = await listenOn(server, this.ip, port, true);
    this.server = server;
    this.sweepTimer = setInterval(() => this.sweep(Date.now()), 60_000);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  async close(): Promise<void> {
    await this.stop();
    this.files.close();
  }

  sweep(nowMs: number): void {
    this.files.sweep(nowMs / 1000);
  }

  /** One onion-relayed request (the whole decrypted frame an exit node posts); never throws. */
  handleOnion(body: Uint8Array): { status: number; contentType: string; body: Uint8Array | string } {
    let plaintext: Uint8Array;
    let key: Uint8Array;
    let cipher;
    try {
      const frame = parseFrame(body);
      const ek = frame.json['ephemeral_key'];
      const ephemeral = typeof ek === 'string' && ek.length === 64 ? tryFromHex(ek) : undefined;
      const encType = frame.json['enc_type'];
      if (!ephemeral || (encType !== undefined && typeof encType !== 'string'))
        throw new Error('bad routing json');
      cipher = parseOnionCipher(encType);
      ({ plaintext, key } = openOnionLayerWithKey(cipher, this.keys.x25519Secret, ephemeral, frame.blob));
    } catch {
      return textReply(400, 'Invalid onion request');
    }
    let result: V4Result;
    try {
      const { meta, body: reqBody } = decodeV4Request(plaintext);
      result = this.route(meta.method.toUpperCase(), meta.endpoint, meta.headers ?? {}, reqBody);
    } catch {
      result = json(400, { status_code: 400 });
    }
    const v4 = encodeV4Response(
      { code: result.code, headers: { 'content-type': result.contentType } },
      result.body,
    );
    return { status: 200, contentType: 'application/octet-stream', body: encryptWithKey(cipher, key, v4) };
  }

  private route(
    method: string,
    endpoint: string,
    headers: Record<string, string>,
    body: Uint8Array | undefined,
  ): V4Result {
    const path = endpoint.split('?')[0]!;
    const now = Date.now() / 1000;
    const live = (id: string): StoredFile | undefined => {
      const f = this.files.get(id);
      return f && f.expires > now ? f : undefined;
    };
    const info = (f: StoredFile) =>
      json(200, { size: f.data.length, uploaded: f.uploaded, expires: f.expires });
    if (method === 'POST' && path === '/file') {
      const data = body ?? new Uint8Array(0);
      if (data.length === 0 || data.length > MAX_FILE_SIZE) return json(413, { status_code: 413 });
      const ttlHeader = Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-fs-ttl')?.[1];
      const ttl =
        ttlHeader !== undefined && /^[0-9]+$/.test(ttlHeader)
          ? Math.min(Number(ttlHeader), DEFAULT_TTL_S)
          : DEFAULT_TTL_S;
      const id = fileId(data);
      const f: StoredFile = { data, uploaded: now, expires: now + Math.max(ttl, 1) };
      this.files.put(id, f);
      return json(200, { id, expires: f.expires });
    }
    const m = /^\/file\/([A-Za-z0-9_-]+)(\/info|\/extend)?$/.exec(path);
    if (!m) return json(404, { status_code: 404 });
    const [, id, suffix] = m;
    const f = live(id!);
    if (method === 'GET' && suffix === undefined) {
      if (!f) return json(404, { status_code: 404 });
      return { code: 200, contentType: 'application/octet-stream', body: f.data };
    }
    if (method === 'GET' && suffix === '/info') return f ? info(f) : json(404, { status_code: 404 });
    if (method === 'POST' && suffix === '/extend') {
      if (id!.length !== 44) return json(400, { status_code: 400 });
      if (!f) return json(404, { status_code: 404 });
      f.expires = now + DEFAULT_TTL_S;
      this.files.put(id!, f);
      return info(f);
    }
    return json(405, { status_code: 405 });
  }
}
