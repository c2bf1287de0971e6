/**
 * Where an attachment lives, read from its pointer URL the way desktop 1.17.17 and the newest
 * libsession parser both accept it (protocol reference §8.5): `http(s)://host[:port]/…/<id>`, with
 * an optional fragment of `&`-joined tokens — `d` or `d=` (deterministic encryption) and
 * `p=<64 hex>` (a non-default file server's Ed25519 key, as desktop reads it). Unknown tokens are
 * ignored, like both upstream parsers do.
 */
export interface FileLocation {
  /** `scheme://host[:port]`: where the onion v4 `GET /file/<id>` goes. The fragment is never sent. */
  readonly origin: string;
  /** The last non-empty path segment. */
  readonly fileId: string;
  readonly encryption: 'legacy' | 'deterministic';
  /** From `p=`, lower-case hex; absent means the default file server. */
  readonly serverEd25519PublicKey?: string;
}

// File ids are numbers (old servers) or 44-character url-safe tokens; anything outside RFC 3986's
// unreserved set would need decoding and could turn into a path on the way back out.
const FILE_ID_RE = /^[A-Za-z0-9._~-]{1,256}$/;
const KEY_HEX_RE = /^[0-9a-fA-F]{64}$/;
/** Community servers hosted there speak another API (desktop `parseFileServerUrl`). */
const COMMUNITY_HOST = 'open.getsession.org';

export function parseFileUrl(url: string): FileLocation | undefined {
  if (typeof url !== 'string' || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!parsed.hostname || parsed.username || parsed.password) return undefined;
  if (parsed.host.includes(COMMUNITY_HOST)) return undefined;
  const fileId = parsed.pathname.split('/').filter(Boolean).pop();
  if (!fileId || !FILE_ID_RE.test(fileId) || /^\.+$/.test(fileId)) return undefined;
  const params = new URLSearchParams(parsed.hash.slice(1));
  const serverKey = params.get('p');
  if (serverKey !== null && !KEY_HEX_RE.test(serverKey)) return undefined;
  return {
    origin: parsed.origin,
    fileId,
    encryption: params.has('d') ? 'deterministic' : 'legacy',
    ...(serverKey !== null ? { serverEd25519PublicKey: serverKey.toLowerCase() } : {}),
  };
}

/**
 * AttachmentPointer.deprecated_id as desktop fills it: the numeric value of a legacy numeric file
 * id, else 0. Receivers ignore it; it is required on the wire.
 */
export function deprecatedFileId(location: FileLocation): number {
  if (!/^\d+$/.test(location.fileId)) return 0;
  const value = Number(location.fileId);
  return Number.isSafeInteger(value) ? value : 0;
}
