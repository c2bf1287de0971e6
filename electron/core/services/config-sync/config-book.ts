/**
 * The four user configs of the open account, kept equal to their stored dumps. Every change —
 * a local edit, a merge, a push, a confirmation — runs inside a store transaction and saves the
 * dump in it (`within`), so a config and what was projected from it commit together or not at
 * all. Each saved dump bumps a generation; before each use the stored generation is compared with
 * the one in memory, and a config whose transaction rolled back is reloaded from its dump.
 */
import type { Identity } from '../../crypto/identity';
import {
  Contacts,
  ConvoInfoVolatile,
  UserGroups,
  UserProfile,
  USER_CONFIG_NAMESPACES,
  type UserConfigNamespace,
  type UserConfigs,
} from '../../protocol/config';
import type { ReadDb, Store, WriteDb } from '../../store';

/** The config kind each namespace holds. */
export interface ConfigOf {
  2: UserProfile;
  3: Contacts;
  4: ConvoInfoVolatile;
  5: UserGroups;
}

export type AnyUserConfig = ConfigOf[UserConfigNamespace];

function build(
  identity: Identity,
  ns: UserConfigNamespace,
  clock: () => number,
  dump?: Uint8Array,
): AnyUserConfig {
  const opts = { clock, ...(dump ? { dump } : {}) };
  switch (ns) {
    case 2:
      return new UserProfile(identity, opts);
    case 3:
      return new Contacts(identity, opts);
    case 4:
      return new ConvoInfoVolatile(identity, opts);
    case 5:
      return new UserGroups(identity, opts);
  }
}

export class ConfigBook {
  private readonly live = new Map<UserConfigNamespace, AnyUserConfig>();
  private readonly generations = new Map<UserConfigNamespace, number>();
  /** Namespaces that had no dump when the book opened (config sync fills them from the store). */
  readonly fresh: UserConfigNamespace[] = [];
  /** A stable view whose properties always give the current config objects. */
  readonly view: UserConfigs;

  constructor(
    private readonly identity: Identity,
    private readonly store: Store,
    private readonly clock: () => number,
  ) {
    for (const ns of USER_CONFIG_NAMESPACES) {
      if (!this.load(store.read, ns)) this.fresh.push(ns);
    }
    const get = <N extends UserConfigNamespace>(ns: N): ConfigOf[N] => this.live.get(ns) as ConfigOf[N];
    this.view = {
      get profile() {
        return get(2);
      },
      get contacts() {
        return get(3);
      },
      get convos() {
        return get(4);
      },
      get groups() {
        return get(5);
      },
    };
  }

  /** The config of `ns` as stored now (reloaded first if a transaction that changed it rolled back). */
  get<N extends UserConfigNamespace>(db: ReadDb, ns: N): ConfigOf[N] {
    if (this.store.configs.generation(db, ns) !== (this.generations.get(ns) ?? 0)) this.load(db, ns);
    return this.live.get(ns) as ConfigOf[N];
  }

  /** Runs `fn` on the config of `ns` inside `tx`, then saves its dump there if it changed. */
  within<N extends UserConfigNamespace, T>(tx: WriteDb, ns: N, fn: (config: ConfigOf[N]) => T): T {
    const config = this.get(tx, ns);
    const out = fn(config);
    if (config.needsDump) this.save(tx, ns);
    return out;
  }

  /** Saves the dump of `ns` now (after a push changed its state, or to record a fresh config). */
  save(tx: WriteDb, ns: UserConfigNamespace): void {
    const config = this.live.get(ns)!;
    this.generations.set(ns, this.store.configs.save(tx, ns, config.dump()));
  }

  /** Every namespace whose config has something to push. */
  pending(db: ReadDb): UserConfigNamespace[] {
    return USER_CONFIG_NAMESPACES.filter((ns) => this.get(db, ns).needsPush);
  }

  /** Reads the stored dump of `ns` (or starts empty); false when there was none. */
  private load(db: ReadDb, ns: UserConfigNamespace): boolean {
    const row = this.store.configs.get(db, ns);
    this.live.set(ns, build(this.identity, ns, this.clock, row?.dump));
    this.generations.set(ns, row?.generation ?? 0);
    return row !== undefined;
  }
}
