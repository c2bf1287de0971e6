import type { Identity } from '../../crypto/identity';
import { ConfigState, type ConfigKeys } from './config-state';
import type { DumpExtra } from './dump';
import type { UserConfigNamespace } from './legacy-wrap';
import type { ConfigLoadOptions } from './typed-config';

/**
 * What every user config (namespaces 2–5) shares: encrypted with the account's Ed25519 seed and
 * carried in the legacy protobuf wrapper.
 */
export function staticKeys(key: Uint8Array): ConfigKeys {
  const copy = key.slice();
  return { encryptionKey: () => copy, decryptionKeys: () => [copy] };
}

export function userConfigState(
  identity: Identity,
  namespace: UserConfigNamespace,
  domain: string,
  options: ConfigLoadOptions,
  extra?: DumpExtra,
): ConfigState {
  return new ConfigState(
    {
      domain,
      keys: staticKeys(identity.ed25519.secretKey.subarray(0, 32)),
      legacy: { identity, namespace },
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.multipart ? { multipart: options.multipart } : {}),
      ...(extra ? { extra } : {}),
    },
    options.dump,
  );
}
