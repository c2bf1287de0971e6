import { XCHACHA_NONCE_BYTES, XCHACHA_TAG_BYTES, xchachaDecrypt, xchachaEncrypt } from '../../crypto/aead';
import { utf8 } from '../../crypto/bytes';
import { ed25519PublicToX25519, ed25519SecretToX25519, x25519SharedSecret } from '../../crypto/ed25519';
import { blake2b } from '../../crypto/hash';
import { randomBytes } from '../../crypto/random';
import { encodeBt, isBtBytes, isBtList } from '../bencode';
import { MultiEncryptError } from './errors';
import { bytes, decodeDict, list } from './input';

/**
 * Multi-recipient encryption (libsession `session/multi_encrypt.hpp`): one XChaCha20-Poly1305
 * copy of a message per recipient, all under one nonce, each with its own key
 *   key = BLAKE2b-256(aB ‖ A ‖ B, key = domain)      (sender a/A, recipient B; X25519)
 * which the recipient computes as bA ‖ A ‖ B. Recipients find their copy by trial decryption.
 * Used by group Keys messages (domain "SessionGroupKeyMemberKey") and the kicked-members message
 * ("SessionGroupKickedMessage").
 */

export interface X25519KeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

/** Bytes each encrypted copy adds to its message (the Poly1305 tag). */
export const MULTI_ENCRYPT_OVERHEAD = XCHACHA_TAG_BYTES;

const fail = (message: string) => new MultiEncryptError('input', message);

/** libsession keys BLAKE2b with at most the first 64 bytes of the domain; none when empty. */
function domainKey(domain: string): Uint8Array | undefined {
  if (typeof domain !== 'string') throw fail('An encryption domain is text.');
  const key = utf8(domain).subarray(0, 64);
  return key.length > 0 ? key : undefined;
}

function pairKey(
  ours: X25519KeyPair,
  theirs: Uint8Array,
  encrypting: boolean,
  key: Uint8Array | undefined,
): Uint8Array | undefined {
  const shared = x25519SharedSecret(ours.secretKey, theirs);
  if (!shared) return undefined;
  const [sender, recipient] = encrypting ? [ours.publicKey, theirs] : [theirs, ours.publicKey];
  const out = blake2b(32, [shared, sender, recipient], key);
  shared.fill(0);
  return out;
}

function checkPair(pair: X25519KeyPair, who: string): void {
  bytes(pair?.secretKey, `The ${who}'s X25519 secret key`, fail, 32);
  bytes(pair?.publicKey, `The ${who}'s X25519 public key`, fail, 32);
}

export interface MultiEncryptOptions {
  /** One message for everyone, or one per recipient (same order). */
  readonly messages: readonly Uint8Array[];
  /** Recipient X25519 public keys (a Session ID without its 05 byte). */
  readonly recipients: readonly Uint8Array[];
  readonly nonce: Uint8Array;
  readonly sender: X25519KeyPair;
  readonly domain: string;
  /** Skip recipients whose key yields no shared secret instead of throwing ('recipient'). */
  readonly ignoreInvalidRecipients?: boolean;
}

/** The encrypted copies, in recipient order (skipped recipients leave no entry). */
export function encryptForMultiple(options: MultiEncryptOptions): Uint8Array[] {
  const { messages, recipients, sender, domain } = options;
  const nonce = bytes(options.nonce, 'A multi-encryption nonce', fail, XCHACHA_NONCE_BYTES);
  checkPair(sender, 'sender');
  list(messages, 'Messages', fail);
  list(recipients, 'Recipients', fail);
  if (messages.length !== 1 && messages.length !== recipients.length) {
    throw fail('Give one message, or one message per recipient.');
  }
  messages.forEach((m) => bytes(m, 'A message', fail));
  recipients.forEach((r) => bytes(r, 'A recipient X25519 key', fail, 32));
  const key = domainKey(domain);
  const out: Uint8Array[] = [];
  recipients.forEach((recipient, i) => {
    const k = pairKey(sender, recipient, true, key);
    if (!k) {
      if (options.ignoreInvalidRecipients) return;
      throw new MultiEncryptError('recipient', 'A recipient key is not a usable X25519 public key.');
    }
    out.push(xchachaEncrypt(k, nonce, messages.length === 1 ? messages[0]! : messages[i]!));
    k.fill(0);
  });
  return out;
}

/** The first copy that decrypts for `recipient`, or undefined when none is ours. */
export function decryptForMultiple(
  ciphertexts: Iterable<Uint8Array>,
  nonce: Uint8Array,
  recipient: X25519KeyPair,
  senderPublicKey: Uint8Array,
  domain: string,
): Uint8Array | undefined {
  bytes(nonce, 'A multi-encryption nonce', fail, XCHACHA_NONCE_BYTES);
  checkPair(recipient, 'recipient');
  const k = pairKey(
    recipient,
    bytes(senderPublicKey, "The sender's X25519 key", fail, 32),
    false,
    domainKey(domain),
  );
  if (!k) return undefined;
  try {
    for (const c of ciphertexts) {
      const plain = c instanceof Uint8Array ? xchachaDecrypt(k, nonce, c) : undefined;
      if (plain) return plain;
    }
    return undefined;
  } finally {
    k.fill(0);
  }
}

/** The X25519 pair behind an Ed25519 secret key (64 bytes), as libsession's `x_keys`. */
export function x25519PairFromEd25519(secretKey: Uint8Array): X25519KeyPair {
  const sk = bytes(secretKey, 'An Ed25519 secret key', fail, 64);
  const publicKey = ed25519PublicToX25519(sk.subarray(32));
  if (!publicKey) throw fail('The Ed25519 secret key holds an invalid public key.');
  return { secretKey: ed25519SecretToX25519(sk), publicKey };
}

export interface SimpleMultiEncryptOptions {
  readonly messages: readonly Uint8Array[];
  readonly recipients: readonly Uint8Array[];
  /** The sender's X25519 pair, or its Ed25519 secret key (64 bytes). */
  readonly sender: X25519KeyPair | Uint8Array;
  readonly domain: string;
  /** 24 bytes; random when omitted (or empty, as libsession treats an empty one). */
  readonly nonce?: Uint8Array;
  /** Pad with random junk entries to a multiple of this many (> 1), as libsession's `pad`. */
  readonly pad?: number;
}

/**
 * libsession `encrypt_for_multiple_simple`: the bt-dict `{"#": nonce, "e": [copies…]}`, padded
 * with junk entries the size of the first message's copy when `pad` > 1.
 */
export function encryptForMultipleSimple(options: SimpleMultiEncryptOptions): Uint8Array {
  const sender =
    options.sender instanceof Uint8Array ? x25519PairFromEd25519(options.sender) : options.sender;
  const nonce =
    options.nonce === undefined || options.nonce.length === 0
      ? randomBytes(XCHACHA_NONCE_BYTES)
      : bytes(options.nonce, 'A multi-encryption nonce', fail, XCHACHA_NONCE_BYTES);
  const copies = encryptForMultiple({ ...options, sender, nonce });
  const pad = options.pad ?? 0;
  if (typeof pad !== 'number' || !Number.isSafeInteger(pad)) throw fail('Padding is an integer count.');
  if (pad > 1 && options.messages.length > 0) {
    const junkSize = options.messages[0]!.length + MULTI_ENCRYPT_OVERHEAD;
    while (copies.length % pad !== 0) copies.push(randomBytes(junkSize));
  }
  return encodeBt(
    new Map<string, Uint8Array | Uint8Array[]>([
      ['#', nonce],
      ['e', copies],
    ]),
  );
}

/**
 * Opens a value from encryptForMultipleSimple. `sender` is the sender's X25519 public key, or
 * `{ ed25519: key }` for its Ed25519 public key (the kicked message's sender is the group key).
 * Returns undefined when no copy is ours; throws MultiEncryptError('malformed') for bytes that
 * are not such a value and 'input' for bad arguments.
 */
export function decryptForMultipleSimple(
  encoded: Uint8Array,
  recipient: X25519KeyPair | Uint8Array,
  sender: Uint8Array | { readonly ed25519: Uint8Array },
  domain: string,
): Uint8Array | undefined {
  const ours = recipient instanceof Uint8Array ? x25519PairFromEd25519(recipient) : recipient;
  const senderX = sender instanceof Uint8Array ? sender : ed25519PublicToX25519(sender?.ed25519);
  if (!senderX) throw fail("The sender's Ed25519 key is not a valid public key.");
  const { nonce, copies } = parseSimple(bytes(encoded, 'A multi-encrypted value', fail));
  return decryptForMultiple(copies, nonce, ours, senderX, domain);
}

function parseSimple(encoded: Uint8Array): { nonce: Uint8Array; copies: Uint8Array[] } {
  const dict = decodeDict(
    encoded,
    'The multi-encrypted value',
    (m, cause) => new MultiEncryptError('malformed', m, { cause }),
  );
  const nonce = dict.get('#');
  const list = dict.get('e');
  if (!isBtBytes(nonce) || nonce.length !== XCHACHA_NONCE_BYTES) {
    throw new MultiEncryptError('malformed', 'The multi-encrypted value has no 24-byte nonce.');
  }
  if (!isBtList(list) || !list.every(isBtBytes)) {
    throw new MultiEncryptError('malformed', 'The multi-encrypted value has no list of copies.');
  }
  return { nonce, copies: list };
}
