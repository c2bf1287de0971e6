import { toHex } from '../../crypto/bytes';
import { IdError, parseGroupId, parseSessionId, type GroupId, type SessionId } from '../../crypto/ids';
import { btKeyFromBytes, btKeyToBytes } from '../bencode';
import { ConfigError } from './config-error';
import { bytesText, textBytes, type ConfigFields } from './fields';
import type { ConfigPath } from './paths';
import type { ConfigDict } from './values';

/** Pieces the typed configs share: IDs as dict keys, avatars, notification and expiry modes. */

export interface ProfilePicture {
  readonly url: string;
  /** 32 bytes. */
  readonly key: Uint8Array;
}

export const PROFILE_URL_MAX_BYTES = 223;
export const NAME_MAX_BYTES = 100;

export type NotifyMode = 'default' | 'all' | 'disabled' | 'mentions';
const NOTIFY: readonly NotifyMode[] = ['default', 'all', 'disabled', 'mentions'];

export function notifyFromInt(n: number | undefined): NotifyMode {
  return n !== undefined && n >= 0 && n <= 3 ? NOTIFY[n]! : 'default';
}
export function notifyToInt(mode: NotifyMode): number {
  const n = NOTIFY.indexOf(mode);
  if (n < 0) throw new ConfigError('input', 'Unknown notification mode.');
  return n;
}

export type DisappearingMode = 'after-send' | 'after-read';
export interface Disappearing {
  readonly mode: DisappearingMode;
  readonly seconds: number;
}

function idKey(parse: (raw: string) => string, id: string): string {
  try {
    return btKeyFromBytes(Uint8Array.from(Buffer.from(parse(id), 'hex')));
  } catch (cause) {
    if (cause instanceof IdError) throw new ConfigError('input', cause.message, { cause });
    throw cause;
  }
}

/** The 33-byte dict key of a `05…` Session ID. */
export function sessionIdKey(id: string): string {
  return idKey(parseSessionId, id);
}
/** The 33-byte dict key of a `03…` group ID. */
export function groupIdKey(id: string): string {
  return idKey(parseGroupId, id);
}

/** The ID behind a 33-byte dict key with the given prefix byte, or undefined for other keys. */
export function keyToSessionId(key: string): SessionId | undefined {
  return key.length === 33 && key.charCodeAt(0) === 0x05
    ? (toHex(btKeyToBytes(key)) as SessionId)
    : undefined;
}
export function keyToGroupId(key: string): GroupId | undefined {
  return key.length === 33 && key.charCodeAt(0) === 0x03 ? (toHex(btKeyToBytes(key)) as GroupId) : undefined;
}

/** An avatar from `url`/`key` fields of a dict: both present, URL non-empty, key 32 bytes. */
export function pictureFrom(dict: ConfigDict, urlKey = 'p', keyKey = 'q'): ProfilePicture | undefined {
  const url = dict.get(urlKey);
  const key = dict.get(keyKey);
  if (!(url instanceof Uint8Array) || url.length === 0 || !(key instanceof Uint8Array) || key.length !== 32) {
    return undefined;
  }
  return { url: bytesText(url), key };
}

/** Writes (or, for undefined or an incomplete picture, clears) an avatar pair. */
export function writePicture(
  fields: ConfigFields,
  base: ConfigPath,
  picture: ProfilePicture | undefined | null,
  urlKey = 'p',
  keyKey = 'q',
): void {
  const { url, key } = checkPicture(picture);
  fields.pair(url.length > 0 && key.length === 32, [...base, urlKey], url, [...base, keyKey], key);
}

/** The bytes of an avatar to store; throws ConfigError('input') before anything is written. */
export function checkPicture(picture: ProfilePicture | undefined | null): {
  url: Uint8Array;
  key: Uint8Array;
} {
  const url = textBytes(picture?.url ?? '');
  const key = picture?.key ?? new Uint8Array(0);
  if (url.length > PROFILE_URL_MAX_BYTES) throw new ConfigError('input', 'The avatar URL is too long.');
  if (!(key instanceof Uint8Array)) throw new ConfigError('input', 'An avatar key is bytes.');
  return { url, key };
}

/** Setters validate every number first, so a bad one changes nothing. */
export function checkWhole(...values: (number | undefined)[]): void {
  if (values.some((v) => v !== undefined && !Number.isSafeInteger(v))) {
    throw new ConfigError('input', 'A config number is a whole number.');
  }
}

/** Whether the stored url/key bytes already are exactly this picture's (absent = empty). */
export function pictureUnchanged(
  dict: ConfigDict,
  picture: ProfilePicture | undefined | null,
  urlKey = 'p',
  keyKey = 'q',
): boolean {
  const same = (v: unknown, want: Uint8Array): boolean => {
    const have = v instanceof Uint8Array ? v : new Uint8Array(0);
    return have.length === want.length && have.every((x, i) => x === want[i]);
  };
  return (
    same(dict.get(urlKey), textBytes(picture?.url ?? '')) &&
    same(dict.get(keyKey), picture?.key ?? new Uint8Array(0))
  );
}

export function intOf(dict: ConfigDict, key: string): number | undefined {
  const v = dict.get(key);
  return typeof v === 'bigint' ? Number(v) : undefined;
}

export function textOf(dict: ConfigDict, key: string): string | undefined {
  const v = dict.get(key);
  return v instanceof Uint8Array ? bytesText(v) : undefined;
}
