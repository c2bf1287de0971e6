import { ConfigError } from './config-error';
import type { ConfigFields } from './fields';
import { isDict, type ConfigDict } from './values';

/**
 * Community (SOGS) addresses as libsession keys them (`community.cpp`): the base URL in canonical
 * form (lower-case scheme and host, default port dropped, no path) and the room token lower-cased.
 */
export const BASE_URL_MAX_BYTES = 267;
export const ROOM_MAX_BYTES = 64;

function invalid(message: string): ConfigError {
  return new ConfigError('input', message);
}

export function canonicalBaseUrl(url: string): string {
  const sep = url.indexOf('://');
  const scheme = sep >= 0 ? url.slice(0, sep).toLowerCase() : '';
  if (scheme !== 'http' && scheme !== 'https')
    throw invalid('Invalid community URL: invalid/missing protocol://');
  let rest = url.slice(sep + 3);
  let host = '';
  let allowDot = false;
  let hasDot = false;
  while (rest.length > 0) {
    const c = rest[0]!;
    if (/[0-9a-z-]/.test(c)) {
      host += c;
      allowDot = true;
    } else if (/[A-Z]/.test(c)) {
      host += c.toLowerCase();
      allowDot = true;
    } else if (allowDot && c === '.') {
      host += c;
      hasDot = true;
      allowDot = false;
    } else break;
    rest = rest.slice(1);
  }
  if (host.length < 4 || !hasDot || host.endsWith('.'))
    throw invalid('Invalid community URL: invalid hostname');
  let port = 0;
  if (rest.startsWith(':')) {
    const digits = /^\d+/.exec(rest.slice(1))?.[0];
    if (digits === undefined || Number(digits) > 65535) throw invalid('Invalid community URL: invalid port');
    port = Number(digits);
    rest = rest.slice(1 + digits.length);
    if ((port === 80 && scheme === 'http') || (port === 443 && scheme === 'https')) port = 0;
  }
  if (rest.startsWith('/')) rest = rest.slice(1);
  if (rest.length > 0) throw invalid('Invalid community URL: found unexpected trailing value');
  const out = `${scheme}://${host}${port ? `:${port}` : ''}`;
  if (out.length > BASE_URL_MAX_BYTES) throw invalid('Invalid community URL: base URL is too long');
  return out;
}

export function canonicalRoom(room: string): string {
  const r = room.replace(/[A-Z]/g, (c) => c.toLowerCase());
  if (r.length > ROOM_MAX_BYTES) throw invalid('Invalid community room: room token is too long');
  if (r.length === 0) throw invalid('Invalid community room: room token cannot be empty');
  if (/[^-0-9_a-z]/.test(r)) throw invalid('Invalid community URL: room token contains invalid characters');
  return r;
}

/** A community's `#` pubkey and room dict as both ConvoInfoVolatile and UserGroups store them. */
export interface CommunityRoom {
  readonly baseUrl: string;
  /** The lower-case room key. */
  readonly roomKey: string;
  readonly pubkey: Uint8Array;
  readonly info: ConfigDict;
}

/** Every room of every server under `o` whose pubkey is 32 bytes, in key order. */
export function communityRooms(fields: ConfigFields): CommunityRoom[] {
  const out: CommunityRoom[] = [];
  for (const [baseUrl, server] of fields.dictEntries(['o'])) {
    const pubkey = server.get('#');
    const rooms = server.get('R');
    if (!(pubkey instanceof Uint8Array) || pubkey.length !== 32 || !isDict(rooms)) continue;
    for (const roomKey of [...rooms.keys()].sort()) {
      const info = rooms.get(roomKey);
      if (isDict(info)) out.push({ baseUrl, roomKey, pubkey, info });
    }
  }
  return out;
}

/** The path of a room's dict; the server's pubkey is written on the way. */
export function communityRoomPath(
  fields: ConfigFields,
  baseUrl: string,
  room: string,
  pubkey: Uint8Array,
): string[] {
  if (!(pubkey instanceof Uint8Array) || pubkey.length !== 32) {
    throw new ConfigError('input', 'A community pubkey is 32 bytes.');
  }
  const base = canonicalBaseUrl(baseUrl);
  const roomKey = canonicalRoom(room);
  fields.assign(['o', base, '#'], pubkey);
  return ['o', base, 'R', roomKey];
}

/** Erases a room, and its server too when that was the last room. */
export function eraseCommunityRoom(fields: ConfigFields, baseUrl: string, room: string): boolean {
  const base = canonicalBaseUrl(baseUrl);
  const gone = fields.eraseExisting(['o', base, 'R', canonicalRoom(room)]);
  if (gone && (fields.dict(['o', base, 'R'])?.size ?? 0) === 0) {
    fields.erase(['o', base, 'R']);
    fields.erase(['o', base]);
  }
  return gone;
}
