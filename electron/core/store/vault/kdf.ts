import { argon2id } from '../../crypto/argon2id';
import { utf8 } from '../../crypto/bytes';
import { VaultError } from '../errors';

/**
 * Argon2id (libsodium crypto_pwhash, sumo build) turns the app password into a wrapping key.
 *
 * Default cost, measured on the 2-core reference machine (libsodium wasm): opslimit 3 with
 * 128 MiB ≈ 0.33 s; 2 × 64 MiB ≈ 0.19 s; 2 × 256 MiB ≈ 0.47 s; 3 × 256 MiB ≈ 1.0 s. 3 × 128 MiB
 * sits in the 0.3–1 s band on this machine and stays under ~1 s on slower laptops, while the wasm
 * heap it grows (kept for the life of the worker) stays at 128 MiB.
 */
export interface KdfLimits {
  readonly opslimit: number;
  readonly memlimit: number;
}

export const DEFAULT_KDF_LIMITS: KdfLimits = { opslimit: 3, memlimit: 128 * 1024 * 1024 };

/** Bounds accepted from a vault file: a damaged file must not make us allocate without limit. */
export const MAX_OPSLIMIT = 16;
export const MAX_MEMLIMIT = 1024 * 1024 * 1024;
export const MIN_MEMLIMIT = 8192;

export const MIN_PASSWORD_LENGTH = 6;
export const MAX_PASSWORD_LENGTH = 1024;

export const SALT_BYTES = 16;
export const WRAP_KEY_BYTES = 32;

export function validLimits(l: KdfLimits): boolean {
  return (
    Number.isSafeInteger(l.opslimit) &&
    Number.isSafeInteger(l.memlimit) &&
    l.opslimit >= 1 &&
    l.opslimit <= MAX_OPSLIMIT &&
    l.memlimit >= MIN_MEMLIMIT &&
    l.memlimit <= MAX_MEMLIMIT
  );
}

/** NFC so the same password typed on two keyboards/OSes derives the same key. */
export function passwordBytes(password: string): Uint8Array {
  return utf8(password.normalize('NFC'));
}

export function checkPasswordStrength(password: string): void {
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new VaultError('weak-password', `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new VaultError('weak-password', `A password can have at most ${MAX_PASSWORD_LENGTH} characters.`);
  }
}

export async function deriveWrapKey(
  password: string,
  salt: Uint8Array,
  limits: KdfLimits,
): Promise<Uint8Array> {
  if (!validLimits(limits))
    throw new VaultError('corrupt-vault', 'The vault asks for unsupported key-derivation limits.');
  if (salt.length !== SALT_BYTES)
    throw new VaultError('corrupt-vault', 'The vault salt has the wrong length.');
  try {
    return await argon2id(WRAP_KEY_BYTES, passwordBytes(password), salt, limits);
  } catch (e) {
    throw new VaultError('corrupt-vault', 'Key derivation failed with the parameters stored in the vault.', {
      cause: e,
    });
  }
}
