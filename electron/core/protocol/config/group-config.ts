import { ed25519Sign } from '../../crypto/ed25519';
import { ConfigError } from './config-error';
import { ConfigState, type ConfigKeys, type ConfigSigner } from './config-state';
import type { DumpExtra } from './dump';
import type { ConfigLoadOptions } from './typed-config';

/**
 * What group Info (namespace 13) and Members (14) share (protocol reference §7.2): encrypted with
 * the group's current encryption key (older ones tried on decrypt), signed by the group's Ed25519
 * key, never protobuf-wrapped. The keys come from the group crypto (`protocol/groups`), which
 * implements GroupConfigKeys; without the secret key a group config is read-only.
 */
export type GroupConfigKeys = ConfigKeys;

export interface GroupConfigOptions extends ConfigLoadOptions {
  /** The group's Ed25519 public key (the group ID without its `03`). */
  readonly groupPublicKey: Uint8Array;
  readonly keys: GroupConfigKeys;
  /** Admins sign with the group key; give either a signer or the 64-byte secret key. */
  readonly signer?: ConfigSigner;
  readonly secretKey?: Uint8Array;
}

/** A signer over the group's secret key (64 bytes), or a verify-only one without it. */
export function groupSigner(publicKey: Uint8Array, secretKey?: Uint8Array): ConfigSigner {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) {
    throw new ConfigError('input', 'A group public key is 32 bytes.');
  }
  if (secretKey === undefined) return { publicKey };
  if (!(secretKey instanceof Uint8Array) || secretKey.length !== 64) {
    throw new ConfigError('input', 'A group secret key is 64 bytes.');
  }
  if (!secretKey.subarray(32).every((b, i) => b === publicKey[i])) {
    throw new ConfigError('input', 'The group secret key does not match its public key.');
  }
  const sk = secretKey.slice();
  return { publicKey, sign: (data) => ed25519Sign(sk, data) };
}

export function groupConfigState(
  domain: string,
  options: GroupConfigOptions,
  extra?: DumpExtra,
): ConfigState {
  return new ConfigState(
    {
      domain,
      keys: options.keys,
      signer: options.signer ?? groupSigner(options.groupPublicKey, options.secretKey),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.multipart ? { multipart: options.multipart } : {}),
      ...(extra ? { extra } : {}),
    },
    options.dump,
  );
}
