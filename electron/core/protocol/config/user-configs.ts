import type { Identity } from '../../crypto/identity';
import { Contacts } from './contacts';
import { ConvoInfoVolatile } from './convo-info-volatile';
import type { UserConfigNamespace } from './legacy-wrap';
import type { TypedConfig } from './typed-config';
import { UserGroups } from './user-groups';
import { UserProfile } from './user-profile';

/** The four user configs of an account, as the sync service holds them. */
export interface UserConfigs {
  readonly profile: UserProfile;
  readonly contacts: Contacts;
  readonly convos: ConvoInfoVolatile;
  readonly groups: UserGroups;
}

export interface OpenUserConfigsOptions {
  /** Earlier dumps per namespace. */
  readonly dumps?: Partial<Record<UserConfigNamespace, Uint8Array>>;
  readonly clock?: () => number;
}

export const USER_CONFIG_NAMESPACES: readonly UserConfigNamespace[] = [2, 3, 4, 5];

export function openUserConfigs(identity: Identity, options: OpenUserConfigsOptions = {}): UserConfigs {
  const load = (ns: UserConfigNamespace): { dump?: Uint8Array; clock?: () => number } => ({
    ...(options.dumps?.[ns] ? { dump: options.dumps[ns] } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    profile: new UserProfile(identity, load(2)),
    contacts: new Contacts(identity, load(3)),
    convos: new ConvoInfoVolatile(identity, load(4)),
    groups: new UserGroups(identity, load(5)),
  };
}

/** The config stored in namespace `ns`. */
export function configForNamespace(configs: UserConfigs, ns: UserConfigNamespace): TypedConfig {
  return { 2: configs.profile, 3: configs.contacts, 4: configs.convos, 5: configs.groups }[ns];
}
