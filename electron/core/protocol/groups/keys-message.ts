import { XCHACHA_NONCE_BYTES, XCHACHA_TAG_BYTES } from '../../crypto/aead';
import { concatBytes, utf8 } from '../../crypto/bytes';
import { ed25519Sign, ed25519Verify } from '../../crypto/ed25519';
import { encodeBt, isBtBytes, isBtDict, isBtList, type BtValue } from '../bencode';
import { GroupKeysError } from './errors';
import { decodeDict, decodeList } from './input';

/**
 * The wire form of group Keys messages (namespace 12; libsession `config/groups/keys.hpp`):
 *
 *   full:       {"#": nonce24, "G": generation, "K": admin copy (48), "k": [member copies (48)…], "~": sig}
 *   supplement: {"#": nonce24, "+": [member copies…], "G": max generation, "~": sig}
 *
 * `~` is the group key's Ed25519 signature of the encoded dict up to (not including) the `1:~`
 * key, as oxenc's `append_signature` makes it; it is always the last key. Full messages pad `k`
 * with junk copies to a multiple of MESSAGE_KEY_MULTIPLE.
 */

/**
 * 45 since libsession v1.2.0 (commit 1e92a9e, Feb 2025; `keys.hpp` MESSAGE_KEY_MULTIPLE, chosen to
 * keep a full message under 2.5 KiB for push notifications); 75 before. Each version's parser
 * requires its own multiple, and desktop 1.17.17 uses a libsession newer than v1.2.0.
 */
export const MESSAGE_KEY_MULTIPLE = 45;
/** Encrypted 32-byte key plus tag. */
export const ENCRYPTED_KEY_BYTES = 32 + XCHACHA_TAG_BYTES;
/** Smallest encrypted supplement entry (a one-key list with zero g and t, plus the tag). */
export const MIN_SUPPLEMENT_ENTRY_BYTES = 52 + XCHACHA_TAG_BYTES;

const SIGNATURE_KEY = utf8('1:~64:');

export interface FullKeysMessage {
  readonly kind: 'full';
  readonly nonce: Uint8Array;
  readonly generation: number;
  readonly adminKey: Uint8Array;
  readonly memberKeys: readonly Uint8Array[];
}

export interface SupplementKeysMessage {
  readonly kind: 'supplement';
  readonly nonce: Uint8Array;
  /** The newest generation among the keys it carries. */
  readonly generation: number;
  readonly entries: readonly Uint8Array[];
}

export type KeysMessage = FullKeysMessage | SupplementKeysMessage;

const malformed = (message: string, cause?: unknown) =>
  new GroupKeysError('malformed', message, cause === undefined ? undefined : { cause });

/** Encodes `fields` (without `~`) and appends the group signature. */
export function signKeysMessage(fields: Map<string, BtValue>, groupSecretKey: Uint8Array): Uint8Array {
  const unsigned = encodeBt(fields);
  const body = unsigned.subarray(0, unsigned.length - 1);
  return concatBytes(body, SIGNATURE_KEY, ed25519Sign(groupSecretKey, body), utf8('e'));
}

function integer(value: BtValue | undefined, what: string): number {
  if (typeof value !== 'bigint') throw malformed(`The Keys message has no ${what}.`);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw malformed(`The Keys message ${what} is out of range.`);
  }
  return Number(value);
}

function byteList(
  value: BtValue | undefined,
  what: string,
  check: (entry: Uint8Array) => boolean,
): Uint8Array[] {
  if (!isBtList(value)) throw malformed(`The Keys message has no ${what} list.`);
  const out: Uint8Array[] = [];
  for (const entry of value) {
    if (!isBtBytes(entry) || !check(entry)) {
      throw malformed(`The Keys message ${what} entry ${out.length} has the wrong size.`);
    }
    out.push(entry);
  }
  return out;
}

/**
 * Parses and verifies a Keys message against the group public key. Throws GroupKeysError
 * ('malformed' | 'signature') only; it does not decrypt anything.
 */
export function parseKeysMessage(data: Uint8Array, groupPublicKey: Uint8Array): KeysMessage {
  const dict = decodeDict(data, 'The Keys message', malformed);
  const keys = [...dict.keys()];
  const sig = dict.get('~');
  if (keys[keys.length - 1] !== '~' || !isBtBytes(sig)) throw malformed('The Keys message is not signed.');
  if (sig.length !== 64) throw malformed('The Keys message signature is not 64 bytes.');
  const nonce = dict.get('#');
  if (!isBtBytes(nonce)) throw malformed('The Keys message has no nonce.');
  if (nonce.length !== XCHACHA_NONCE_BYTES) throw malformed('The Keys message nonce is not 24 bytes.');

  const message = dict.has('+') ? supplement(dict, nonce) : full(dict, nonce);
  // The signed part is everything before `1:~64:<sig>e`, which ends a canonical encoding.
  const signed = data.subarray(0, data.length - SIGNATURE_KEY.length - 64 - 1);
  if (!ed25519Verify(sig, signed, groupPublicKey)) {
    throw new GroupKeysError('signature', 'The Keys message is not signed by the group key.');
  }
  return message;
}

function supplement(dict: Map<string, BtValue>, nonce: Uint8Array): SupplementKeysMessage {
  const entries = byteList(dict.get('+'), 'supplement', (e) => e.length >= MIN_SUPPLEMENT_ENTRY_BYTES);
  return { kind: 'supplement', nonce, entries, generation: integer(dict.get('G'), 'max generation (G)') };
}

function full(dict: Map<string, BtValue>, nonce: Uint8Array): FullKeysMessage {
  const generation = integer(dict.get('G'), 'generation (G)');
  if (generation < 0) throw malformed('The Keys message generation is negative.');
  const adminKey = dict.get('K');
  if (!isBtBytes(adminKey)) throw malformed('The Keys message has no admin key (K).');
  if (adminKey.length !== ENCRYPTED_KEY_BYTES)
    throw malformed('The Keys message admin key has the wrong size.');
  const memberKeys = byteList(dict.get('k'), 'member key (k)', (e) => e.length === ENCRYPTED_KEY_BYTES);
  if (memberKeys.length % MESSAGE_KEY_MULTIPLE !== 0) {
    throw malformed('The member key list has the wrong size (missing junk key padding?).');
  }
  return { kind: 'full', nonce, generation, adminKey, memberKeys };
}

/** One key of a supplement's plaintext list, or of a GroupKeys dump. */
export interface KeyInfo {
  readonly generation: number;
  readonly key: Uint8Array;
  /** Swarm storage time of the Keys message that carried it, ms. */
  readonly timestampMs: number;
}

export function encodeKeyInfo(info: KeyInfo): Map<string, BtValue> {
  return new Map<string, BtValue>([
    ['g', BigInt(info.generation)],
    ['k', info.key],
    ['t', BigInt(info.timestampMs)],
  ]);
}

/** Reads a `{g, k(32), t}` dict; `fail` makes the container's own error. */
export function decodeKeyInfo(value: BtValue, fail: (message: string) => Error): KeyInfo {
  if (!isBtDict(value)) throw fail('A key entry is not a dict.');
  const g = value.get('g');
  const k = value.get('k');
  const t = value.get('t');
  const safe = (v: BtValue | undefined) =>
    typeof v === 'bigint' && v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER);
  if (!safe(g)) throw fail('A key entry has no generation (g).');
  if (!isBtBytes(k) || k.length !== 32) throw fail('A key entry has no 32-byte key (k).');
  if (!safe(t)) throw fail('A key entry has no timestamp (t).');
  return { generation: Number(g), key: k, timestampMs: Number(t) };
}

/** The supplement plaintext: the bt list of every known key, oldest first. */
export function encodeSupplementKeys(keys: readonly KeyInfo[]): Uint8Array {
  return encodeBt(keys.map(encodeKeyInfo));
}

export function decodeSupplementKeys(plaintext: Uint8Array): KeyInfo[] {
  const list = decodeList(plaintext, 'A supplement key list', malformed);
  return list.map((entry) =>
    decodeKeyInfo(entry, (m) => malformed(`Invalid supplemental key message: ${m}`)),
  );
}
