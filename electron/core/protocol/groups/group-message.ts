import { XCHACHA_NONCE_BYTES, XCHACHA_TAG_BYTES, xchachaDecrypt, xchachaEncrypt } from '../../crypto/aead';
import { concatBytes } from '../../crypto/bytes';
import { ed25519KeyPairFromSeed, ed25519Sign, ed25519Verify } from '../../crypto/ed25519';
import type { GroupId, SessionId } from '../../crypto/ids';
import { randomBytes } from '../../crypto/random';
import { sessionIdFromEd25519 } from '../../crypto/sender-id';
import { encodeBt, isBtBytes, type BtValue } from '../bencode';
import { ConfigError } from '../config/config-error';
import { zstdCompress, zstdDecompress } from '../config/zstd';
import { GroupMessageError } from './errors';
import { groupPublicKeyBytes } from './identity';
import { bytes, decodeDict, list } from './input';

/**
 * Group message encryption for namespace 11 (protocol reference §7.2; libsession
 * `encrypt_for_group` / `decrypt_group_message` of the revision desktop 1.17.17 uses):
 *
 *   data = zstd(plaintext) if that is smaller, else plaintext
 *   sig  = Ed25519(sender, data ‖ group_ed_pk32)
 *   dict = bt{"": 1, "a": sender_ed_pk, "d": data | "z": data, "s": sig}, zero-padded so that
 *          24 + 16 + len is a multiple of 256
 *   out  = nonce(24) ‖ XChaCha20-Poly1305(group key, nonce, dict)
 *
 * The group key is implicit in the signature, so a message re-posted to another group fails.
 */

/** libsession `GROUPS_MAX_PLAINTEXT_MESSAGE_SIZE`: the plaintext limit and decompression cap. */
export const GROUP_MESSAGE_MAX_PLAINTEXT = 1_000_000;
export const GROUP_MESSAGE_PADDING = 256;
const OVERHEAD = XCHACHA_NONCE_BYTES + XCHACHA_TAG_BYTES;
/** libsession's `zstd_compress` default. */
const ZSTD_LEVEL = 1;

const fail = (message: string) => new GroupMessageError('input', message);

export interface EncryptGroupMessageInput {
  /** The sender's Ed25519 32-byte seed or 64-byte secret key. */
  readonly sender: Uint8Array;
  readonly group: GroupId | Uint8Array;
  /** The group's current encryption key (GroupKeys.encryptionKey()). */
  readonly key: Uint8Array;
  /** Typically serialized Envelope bytes. */
  readonly plaintext: Uint8Array;
  /** Try zstd and keep it if smaller (default true). */
  readonly compress?: boolean;
  /** Padding multiple of the output; 0 or 1 for none (default 256). */
  readonly padding?: number;
  /** 24 bytes; random when omitted (tests fix it). */
  readonly nonce?: Uint8Array;
}

/** Needs `await groupCryptoReady()` (libsodium and zstd). Throws GroupMessageError('input' | 'too-large'). */
export function encryptGroupMessage(input: EncryptGroupMessageInput): Uint8Array {
  const plaintext = bytes(input.plaintext, 'The plaintext', fail);
  if (plaintext.length > GROUP_MESSAGE_MAX_PLAINTEXT) {
    throw new GroupMessageError('too-large', 'The group message is larger than 1 MB.');
  }
  const senderKey = bytes(input.sender, "The sender's Ed25519 key", fail, 32, 64);
  const sk = senderKey.length === 64 ? senderKey : ed25519KeyPairFromSeed(senderKey).secretKey;
  const groupPk = groupPublicKeyBytes(input.group);
  const key = bytes(input.key, 'A group encryption key', fail, 32);
  const nonce =
    input.nonce === undefined ? randomBytes(XCHACHA_NONCE_BYTES) : bytes(input.nonce, 'A nonce', fail, 24);
  const padding = input.padding ?? GROUP_MESSAGE_PADDING;
  if (!Number.isSafeInteger(padding) || padding < 0) throw fail('Padding is a non-negative integer.');

  let data = plaintext;
  let compressed = false;
  if (input.compress ?? true) {
    const z = zstdCompress(plaintext, ZSTD_LEVEL);
    if (z.length < plaintext.length) [data, compressed] = [z, true];
  }
  const fields = new Map<string, BtValue>([
    ['', 1n],
    ['a', sk.subarray(32)],
    [compressed ? 'z' : 'd', data],
    ['s', ed25519Sign(sk, concatBytes(data, groupPk))],
  ]);
  const encoded = encodeBt(fields);
  const total = OVERHEAD + encoded.length;
  const padded = new Uint8Array(
    encoded.length + (padding > 1 && total % padding ? padding - (total % padding) : 0),
  );
  padded.set(encoded);
  return concatBytes(nonce, xchachaEncrypt(key, nonce, padded));
}

export interface DecryptedGroupMessage {
  readonly senderSessionId: SessionId;
  readonly senderEd25519PublicKey: Uint8Array;
  /** The original (decompressed) plaintext. */
  readonly plaintext: Uint8Array;
  /** Index in `keys` of the key that decrypted it. */
  readonly keyIndex: number;
}

/**
 * Tries each key (pass them newest first, as GroupKeys.decryptionKeys() gives them) and applies
 * every rule of the newest libsession decoder. Throws GroupMessageError only.
 */
export function decryptGroupMessage(
  keys: readonly Uint8Array[],
  group: GroupId | Uint8Array,
  ciphertext: Uint8Array,
): DecryptedGroupMessage {
  list(keys, 'The group keys', fail).forEach((k) => bytes(k, 'A group key', fail, 32));
  const groupPk = groupPublicKeyBytes(group);
  bytes(ciphertext, 'The encrypted message', fail);
  if (ciphertext.length < OVERHEAD) {
    throw new GroupMessageError('too-short', 'The encrypted group message is too short.');
  }
  const nonce = ciphertext.subarray(0, XCHACHA_NONCE_BYTES);
  const body = ciphertext.subarray(XCHACHA_NONCE_BYTES);
  for (let keyIndex = 0; keyIndex < keys.length; keyIndex++) {
    const padded = xchachaDecrypt(keys[keyIndex]!, nonce, body);
    if (padded) return { ...openDict(padded, groupPk), keyIndex };
  }
  throw new GroupMessageError('decrypt', 'No known group key decrypts the message.');
}

function openDict(padded: Uint8Array, groupPk: Uint8Array): Omit<DecryptedGroupMessage, 'keyIndex'> {
  let end = padded.length;
  while (end > 0 && padded[end - 1] === 0) end--;
  const plain = padded.subarray(0, end);
  if (plain.length === 0 || plain[0] !== 0x64 || plain[end - 1] !== 0x65) {
    throw new GroupMessageError('not-dict', 'The decrypted group message is not a bencoded dict.');
  }
  const dict = decodeDict(
    plain,
    'The decrypted group message',
    (m, cause) => new GroupMessageError('not-dict', m, { cause }),
  );
  if (dict.get('') !== 1n) throw new GroupMessageError('version', 'The group message version is not 1.');

  const author = dict.get('a');
  const senderSessionId = isBtBytes(author) ? sessionIdFromEd25519(author) : undefined;
  if (!isBtBytes(author) || !senderSessionId) {
    throw new GroupMessageError('author', 'The group message author key is missing or invalid.');
  }
  const data = payload(dict.get('d'), dict.get('z'));
  const sig = dict.get('s');
  if (!isBtBytes(sig) || sig.length !== 64) {
    throw new GroupMessageError('signature', 'The group message signature is missing or not 64 bytes.');
  }
  if (!ed25519Verify(sig, concatBytes(data.raw, groupPk), author)) {
    throw new GroupMessageError('signature', 'The group message signature does not verify.');
  }
  return {
    senderSessionId,
    senderEd25519PublicKey: author,
    plaintext: data.compressed ? inflate(data.raw) : data.raw,
  };
}

function payload(d: BtValue | undefined, z: BtValue | undefined): { raw: Uint8Array; compressed: boolean } {
  const bad = (message: string) => new GroupMessageError('data', message);
  if (d !== undefined && (!isBtBytes(d) || d.length === 0))
    throw bad('Uncompressed data ("d") cannot be empty.');
  if (z !== undefined && (!isBtBytes(z) || z.length === 0))
    throw bad('Compressed data ("z") cannot be empty.');
  if (d !== undefined && z !== undefined) throw bad('A group message cannot carry both "d" and "z".');
  if (isBtBytes(z)) return { raw: z, compressed: true };
  if (isBtBytes(d)) return { raw: d, compressed: false };
  throw bad('A group message carries "d" or "z" data.');
}

function inflate(raw: Uint8Array): Uint8Array {
  try {
    return zstdDecompress(raw, GROUP_MESSAGE_MAX_PLAINTEXT);
  } catch (cause) {
    if (cause instanceof ConfigError && cause.code === 'too-large') {
      throw new GroupMessageError('too-large', 'The group message decompresses beyond 1 MB.', { cause });
    }
    if (cause instanceof ConfigError && cause.code === 'decompress') {
      throw new GroupMessageError('decompress', 'The group message does not decompress.', { cause });
    }
    throw cause;
  }
}
