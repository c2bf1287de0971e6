import type { ConfigKeys, ConfigSigner, ConfigState } from '../config/config-state';
import type { GroupKeys } from './group-keys';

/**
 * How GroupKeys feeds the group's Info (namespace 13) and Members (namespace 14) config documents
 * (protocol reference §7.2; libsession `Keys` hands its key list to `Info`/`Members` with
 * `replace_keys` and the group key pair with `set_sig_keys`). Both documents are encrypted with the
 * current group key — the pending one right after a rekey — tried with every known key on merge,
 * and signed by the group's Ed25519 key; without that key they are read-only.
 */

/** libsession `Info::encryption_domain()` / `Members::encryption_domain()`. */
export const GROUP_INFO_DOMAIN = 'groups::Info';
export const GROUP_MEMBERS_DOMAIN = 'groups::Members';
export const GROUP_INFO_NAMESPACE = 13;
export const GROUP_MEMBERS_NAMESPACE = 14;

/** Read live, so a loaded Keys message or a rekey takes effect on the next merge or push. */
export function groupConfigKeys(keys: GroupKeys): ConfigKeys {
  return {
    encryptionKey: () => (keys.size() > 0 ? keys.encryptionKey() : undefined),
    decryptionKeys: () => keys.decryptionKeys(),
  };
}

/**
 * The group key as the documents' signer. A ConfigState takes its signer once, when built: after
 * a promotion (GroupKeys.loadAdminKey) rebuild Info and Members from their dumps with a new one.
 */
export function groupConfigSigner(keys: GroupKeys): ConfigSigner {
  const publicKey = keys.groupPublicKey;
  return keys.isAdmin ? { publicKey, sign: (data) => keys.signWithGroupKey(data) } : { publicKey };
}

/** The ConfigState options of a group document, minus what the typed config adds. */
export function groupConfigOptions(
  keys: GroupKeys,
  domain: typeof GROUP_INFO_DOMAIN | typeof GROUP_MEMBERS_DOMAIN,
) {
  return { domain, keys: groupConfigKeys(keys), signer: groupConfigSigner(keys) } as const;
}

/**
 * Admin: rekey and mark Info and Members for a new push under the new key, as libsession's
 * `rekey()` dirties both (`replace_keys(…, dirty=true)`). Returns the Keys message to push; store
 * it together with the two pushes.
 */
export function rekeyWithConfigs(
  keys: GroupKeys,
  members: readonly string[],
  documents: readonly ConfigState[],
): Uint8Array {
  const message = keys.rekey(members);
  for (const doc of documents) if (!doc.isReadonly) doc.mutate();
  return message;
}
