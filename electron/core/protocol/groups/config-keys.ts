import type { ConfigKeys, ConfigSigner, ConfigState } from '../config/config-state';
import type { GroupConfigOptions } from '../config/group-config';
import type { GroupMember } from '../config/group-members';
import type { GroupKeys } from './group-keys';

/**
 * How GroupKeys feeds the group's Info (namespace 13) and Members (namespace 14) config documents
 * (protocol reference §7.2; libsession `Keys` hands its key list to `Info`/`Members` with
 * `replace_keys` and the group key pair with `set_sig_keys`). Both documents are encrypted with the
 * current group key — the pending one right after a rekey — tried with every known key on merge,
 * and signed by the group's Ed25519 key; without that key they are read-only.
 */

/** Read live, so a loaded Keys message or a rekey takes effect on the next merge or push. */
export function groupConfigKeys(keys: GroupKeys): ConfigKeys {
  return {
    encryptionKey: () => (keys.size() > 0 ? keys.encryptionKey() : undefined),
    decryptionKeys: () => keys.decryptionKeys(),
  };
}

/**
 * The group key as the documents' signer. A config takes its signer once, when built: after a
 * promotion (GroupKeys.loadAdminKey) rebuild Info and Members from their dumps.
 */
export function groupConfigSigner(keys: GroupKeys): ConfigSigner {
  const publicKey = keys.groupPublicKey;
  return keys.isAdmin ? { publicKey, sign: (data) => keys.signWithGroupKey(data) } : { publicKey };
}

/** The options of `new GroupInfo(…)` / `new GroupMembers(…)` for this group's keys. */
export function groupConfigOptions(
  keys: GroupKeys,
  rest: Omit<GroupConfigOptions, 'groupPublicKey' | 'keys' | 'signer' | 'secretKey'> = {},
): GroupConfigOptions {
  return {
    ...rest,
    groupPublicKey: keys.groupPublicKey,
    keys: groupConfigKeys(keys),
    signer: groupConfigSigner(keys),
  };
}

interface Document {
  readonly state: ConfigState;
}

/**
 * Admin: libsession's `rekey(info, members)` — a new key for everyone in Members (admins too),
 * and Info and Members marked for a new push under it. Returns the Keys message; push all three
 * together.
 */
export function rekeyWithConfigs(
  keys: GroupKeys,
  info: Document,
  members: Document & { all(): GroupMember[] },
): Uint8Array {
  const message = keys.rekey(members.all().map((m) => m.sessionId));
  for (const doc of [info, members]) if (!doc.state.isReadonly) doc.state.mutate();
  return message;
}
