/**
 * The plaintext start of a backup file (docs/BACKUP-FORMAT.md, "Prelude"): what a reader needs
 * before it can decrypt anything — the format version and the Argon2id parameters — and a check
 * value that tells a wrong passphrase apart from a damaged file.
 *
 *   offset  size  field
 *   0       8     magic "SHBACKUP"
 *   8       2     format version, big-endian (1)
 *   10      1     KDF id (1 = Argon2id 1.3)
 *   11      1     flags (none defined: any bit set means a newer format)
 *   12      4     Argon2id opslimit, big-endian
 *   16      4     Argon2id memlimit in bytes, big-endian
 *   20      16    salt
 *   36      16    check = BLAKE2b-128 keyed with the check key, over bytes 0..36
 *
 * Argon2id(passphrase NFC UTF-8, salt) gives 64 bytes: the secretstream key, then the check key.
 */
import { argon2id, type Argon2idCost } from '../../../crypto/argon2id';
import { utf8 } from '../../../crypto/bytes';
import { blake2b } from '../../../crypto/hash';
import { randomBytes } from '../../../crypto/random';
import { BackupError } from '../backup-error';

export const MAGIC = new Uint8Array([0x53, 0x48, 0x42, 0x41, 0x43, 0x4b, 0x55, 0x50]);
export const FORMAT_VERSION = 1;
export const KDF_ARGON2ID13 = 1;
export const PRELUDE_BYTES = 52;
const CHECKED_BYTES = 36;
const CHECK_BYTES = 16;
const SALT_BYTES = 16;

/** libsodium's MODERATE cost: a backup file can be attacked offline for as long as it exists. */
export const DEFAULT_BACKUP_COST: Argon2idCost = { opslimit: 3, memlimit: 256 * 1024 * 1024 };
/** Bounds accepted from a file: a damaged or hostile prelude must not make us allocate without limit. */
const MAX_OPSLIMIT = 16;
const MIN_MEMLIMIT = 8192;
const MAX_MEMLIMIT = 1024 * 1024 * 1024;

export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_PASSPHRASE_LENGTH = 1024;

export interface Prelude {
  readonly cost: Argon2idCost;
  readonly salt: Uint8Array;
}

/** What a backup is encrypted with: kept for a job's life (and by a schedule in the DB), then zeroed. */
export interface BackupKeys {
  readonly prelude: Prelude;
  readonly streamKey: Uint8Array;
  readonly checkKey: Uint8Array;
}

export function checkPassphrase(passphrase: string): void {
  const length = [...passphrase.normalize('NFC')].length;
  if (length < MIN_PASSPHRASE_LENGTH || length > MAX_PASSPHRASE_LENGTH) {
    throw new BackupError(
      'backup-weak-passphrase',
      `A backup passphrase has ${MIN_PASSPHRASE_LENGTH} to ${MAX_PASSPHRASE_LENGTH} characters.`,
    );
  }
}

export async function deriveBackupKeys(passphrase: string, prelude: Prelude): Promise<BackupKeys> {
  const secret = utf8(passphrase.normalize('NFC'));
  try {
    const out = await argon2id(64, secret, prelude.salt, prelude.cost);
    const keys = { prelude, streamKey: out.slice(0, 32), checkKey: out.slice(32) };
    out.fill(0);
    return keys;
  } finally {
    secret.fill(0);
  }
}

/** Fresh keys for new backups: a new salt, the passphrase checked for length first. */
export function newBackupKeys(
  passphrase: string,
  cost: Argon2idCost = DEFAULT_BACKUP_COST,
): Promise<BackupKeys> {
  checkPassphrase(passphrase);
  return deriveBackupKeys(passphrase, { cost, salt: randomBytes(SALT_BYTES) });
}

export function zeroKeys(keys: BackupKeys): void {
  keys.streamKey.fill(0);
  keys.checkKey.fill(0);
}

function checkValue(head: Uint8Array, checkKey: Uint8Array): Uint8Array {
  return blake2b(CHECK_BYTES, head, checkKey);
}

export function encodePrelude(keys: BackupKeys): Uint8Array {
  const out = new Uint8Array(PRELUDE_BYTES);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(8, FORMAT_VERSION);
  out[10] = KDF_ARGON2ID13;
  out[11] = 0;
  view.setUint32(12, keys.prelude.cost.opslimit);
  view.setUint32(16, keys.prelude.cost.memlimit);
  out.set(keys.prelude.salt, 20);
  out.set(checkValue(out.subarray(0, CHECKED_BYTES), keys.checkKey), CHECKED_BYTES);
  return out;
}

/** Reads a prelude: not-a-backup, too-new or corrupt when it cannot be one this version reads. */
export function decodePrelude(bytes: Uint8Array): Prelude {
  if (bytes.length < PRELUDE_BYTES || !MAGIC.every((b, i) => bytes[i] === b)) {
    throw new BackupError('backup-not-a-backup', 'This file is not a Shallot backup.');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, PRELUDE_BYTES);
  const version = view.getUint16(8);
  if (version === 0) throw new BackupError('backup-corrupt', 'The backup names no format version.');
  if (version > FORMAT_VERSION || bytes[10] !== KDF_ARGON2ID13 || bytes[11] !== 0) {
    throw new BackupError(
      'backup-too-new',
      'A newer version of Shallot wrote this backup. Update Shallot to restore it.',
    );
  }
  const cost = { opslimit: view.getUint32(12), memlimit: view.getUint32(16) };
  if (
    cost.opslimit < 1 ||
    cost.opslimit > MAX_OPSLIMIT ||
    cost.memlimit < MIN_MEMLIMIT ||
    cost.memlimit > MAX_MEMLIMIT
  ) {
    throw new BackupError('backup-corrupt', 'The backup asks for key-derivation costs out of bounds.');
  }
  return { cost, salt: bytes.slice(20, 20 + SALT_BYTES) };
}

/** True when `keys` (derived from a passphrase) belong to this prelude. Constant-time compare. */
export function preludeMatches(bytes: Uint8Array, keys: BackupKeys): boolean {
  const expected = checkValue(bytes.subarray(0, CHECKED_BYTES), keys.checkKey);
  let diff = 0;
  for (let i = 0; i < CHECK_BYTES; i++) diff |= expected[i]! ^ bytes[CHECKED_BYTES + i]!;
  return diff === 0;
}
