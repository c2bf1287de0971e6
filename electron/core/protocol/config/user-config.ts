import type { Identity } from '../../crypto/identity';
import { ConfigState, type ConfigKeys } from './config-state';
import type { DumpExtra } from './dump';
import { ConfigFields } from './fields';
import type { UserConfigNamespace } from './legacy-wrap';
import type { MultipartSets } from './multipart-sets';

/**
 * What every user config (namespaces 2–5) shares: encrypted with the account's Ed25519 seed,
 * carried in the legacy protobuf wrapper, one typed facade over a ConfigState.
 */
export interface ConfigLoadOptions {
  /** A previous `dump()`, to resume from. */
  readonly dump?: Uint8Array;
  /** Milliseconds since the epoch; defaults to Date.now. */
  readonly clock?: () => number;
  /** Multipart bookkeeping with other time limits (tests). */
  readonly multipart?: MultipartSets;
}

export function staticKeys(key: Uint8Array): ConfigKeys {
  const copy = key.slice();
  return { encryptionKey: () => copy, decryptionKeys: () => [copy] };
}

export abstract class TypedConfig {
  readonly state: ConfigState;
  /** Raw field access (unknown keys included); the typed methods are built on it. */
  readonly fields: ConfigFields;
  protected readonly clock: () => number;

  protected constructor(state: ConfigState, clock: () => number) {
    this.state = state;
    this.fields = new ConfigFields(state);
    this.clock = clock;
  }

  /** Unix seconds now, from the injected clock. */
  protected nowSeconds(): number {
    return Math.floor(this.clock() / 1000);
  }
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
