import { btKeyFromBytes, btKeyToBytes } from '../bencode';
import { bytesEqual } from '../../crypto/bytes';
import { ed25519KeyPairFromSeed } from '../../crypto/ed25519';
import type { GroupId, SessionId } from '../../crypto/ids';
import type { Identity } from '../../crypto/identity';
import {
  NAME_MAX_BYTES,
  checkWhole,
  groupIdKey,
  intOf,
  sessionIdKey,
  keyToGroupId,
  keyToSessionId,
  notifyFromInt,
  notifyToInt,
  textOf,
  type NotifyMode,
} from './common';
import { ConfigError } from './config-error';
import { communityRoomPath, communityRooms, eraseCommunityRoom } from './community';
import { textBytes, toSeconds, truncateUtf8 } from './fields';
import type { ConfigPath } from './paths';
import { TypedConfig, type ConfigLoadOptions } from './typed-config';
import { userConfigState } from './user-config';
import { isSet, type ConfigDict } from './values';

/**
 * UserGroups (namespace 5; libsession `user_groups.cpp`): the groups the account is in.
 *  - `g`: groups v2, 33-byte `03` keys → {`K` admin seed (or empty), `s` 100-byte auth data,
 *    `n` name from the invite, `r` removed status (1 kicked, 2 destroyed), common fields};
 *  - `o`: communities, base URL → {`#` pubkey, `R` → {lower-case room → {`n` room as written…}}};
 *  - `C`: legacy groups (read only here).
 * Common fields: `+` priority, `j` joined (s), `@` notify mode, `!` mute until (s), `i` invited.
 */
export const REMOVED_KICKED = 1;
export const REMOVED_DESTROYED = 2;

interface Common {
  readonly priority: number;
  readonly joinedAtSeconds: number;
  readonly notify: NotifyMode;
  readonly muteUntilSeconds: number;
  /** An invitation not yet accepted. */
  readonly invited: boolean;
}

export interface GroupEntry extends Common {
  readonly groupId: GroupId;
  readonly name: string;
  /** The group's 64-byte Ed25519 secret key, when we are an admin. */
  readonly secretKey: Uint8Array | undefined;
  /** 100-byte member auth data (non-admins). */
  readonly authData: Uint8Array | undefined;
  /** 0, REMOVED_KICKED or REMOVED_DESTROYED. */
  readonly removedStatus: number;
}

export interface CommunityEntry extends Common {
  readonly baseUrl: string;
  /** The room as the user wrote it (its key is the lower-case form). */
  readonly room: string;
  readonly pubkey: Uint8Array;
}

export interface LegacyGroupEntry extends Common {
  readonly groupId: SessionId;
  readonly name: string;
  readonly members: readonly { readonly sessionId: SessionId; readonly admin: boolean }[];
  readonly disappearingSeconds: number;
}

export type GroupUpdate = Partial<
  Omit<GroupEntry, 'groupId' | 'secretKey' | 'authData'> & {
    readonly secretKey: Uint8Array | null;
    readonly authData: Uint8Array | null;
  }
>;

function readCommon(d: ConfigDict): Common {
  return {
    priority: intOf(d, '+') ?? 0,
    joinedAtSeconds: toSeconds(Math.max(0, intOf(d, 'j') ?? 0)),
    notify: notifyFromInt(intOf(d, '@')),
    muteUntilSeconds: toSeconds(intOf(d, '!') ?? 0),
    invited: (intOf(d, 'i') ?? 0) !== 0,
  };
}

function readGroup(groupId: GroupId, d: ConfigDict): GroupEntry {
  const seed = d.get('K');
  let secretKey: Uint8Array | undefined;
  if (seed instanceof Uint8Array && seed.length === 32) {
    const pair = ed25519KeyPairFromSeed(seed);
    // A seed that does not belong to this group is ignored, as libsession does.
    if (bytesEqual(pair.publicKey, btKeyToBytes(groupIdKey(groupId)).subarray(1))) secretKey = pair.secretKey;
  }
  const s = d.get('s');
  return {
    groupId,
    ...readCommon(d),
    name: textOf(d, 'n') ?? '',
    secretKey,
    authData: s instanceof Uint8Array && s.length === 100 ? s : undefined,
    removedStatus: intOf(d, 'r') ?? 0,
  };
}

function checkCommon(u: Partial<Common>): void {
  checkWhole(u.priority, u.joinedAtSeconds, u.muteUntilSeconds);
  if (u.notify !== undefined) notifyToInt(u.notify);
}

function readLegacy(groupId: SessionId, d: ConfigDict): LegacyGroupEntry {
  const ids = (key: string): SessionId[] => {
    const set = d.get(key);
    if (!isSet(set)) return [];
    return set.flatMap((v) => {
      const id = v instanceof Uint8Array ? keyToSessionId(btKeyFromBytes(v)) : undefined;
      return id ? [id] : [];
    });
  };
  const admins = new Set(ids('a'));
  const members = [...new Set([...ids('m'), ...admins])]
    .sort()
    .map((id) => ({ sessionId: id, admin: admins.has(id) }));
  const e = intOf(d, 'E') ?? 0;
  return {
    groupId,
    ...readCommon(d),
    name: textOf(d, 'n') ?? '',
    members,
    disappearingSeconds: e > 0 ? e : 0,
  };
}

export class UserGroups extends TypedConfig {
  static readonly namespace = 5;
  static readonly domain = 'UserGroups';

  constructor(identity: Identity, options: ConfigLoadOptions = {}) {
    super(userConfigState(identity, 5, UserGroups.domain, options), options.clock ?? Date.now);
  }

  group(groupId: string): GroupEntry | undefined {
    const key = groupIdKey(groupId);
    const d = this.fields.dict(['g', key]);
    return d ? readGroup(keyToGroupId(key)!, d) : undefined;
  }

  groups(): GroupEntry[] {
    return this.fields.dictEntries(['g']).flatMap(([k, d]) => {
      const id = keyToGroupId(k);
      return id ? [readGroup(id, d)] : [];
    });
  }

  /**
   * Creates the entry if needed and applies `update`. An admin entry stores the seed of
   * `secretKey` in `K` (a key of another group is ignored); otherwise `K` is present but empty and
   * `s` holds the auth data. As in libsession, `s` is left alone while we are an admin.
   */
  setGroup(groupId: string, update: GroupUpdate = {}): void {
    const key = groupIdKey(groupId);
    const base = ['g', key];
    const at = (k: string): string[] => [...base, k];
    checkCommon(update);
    checkWhole(update.removedStatus);
    if (
      update.authData !== undefined &&
      update.authData !== null &&
      !(update.authData instanceof Uint8Array)
    ) {
      throw new ConfigError('input', 'Auth data is bytes.');
    }
    this.writeCommon(base, update);
    if (update.name !== undefined) this.fields.nonEmpty(at('n'), truncateUtf8(update.name, NAME_MAX_BYTES));
    if (update.removedStatus !== undefined) this.fields.positive(at('r'), update.removedStatus);
    const sk = update.secretKey;
    const pk = btKeyToBytes(key).subarray(1);
    if (sk instanceof Uint8Array && sk.length === 64 && bytesEqual(sk.subarray(32), pk)) {
      this.fields.assign(at('K'), sk.slice(0, 32));
    } else if (sk !== undefined || !this.fields.exists(at('K'))) {
      // No key, or one of another group (ignored, as libsession ignores it): K stays, empty.
      this.fields.assign(at('K'), new Uint8Array(0));
    }
    const admin = (this.fields.bytes(at('K'))?.length ?? 0) > 0;
    if (!admin && update.authData !== undefined) {
      if (update.authData !== null && update.authData.length === 100)
        this.fields.assign(at('s'), update.authData);
      else this.fields.erase(at('s'));
    }
  }

  /** We were removed: keys and auth data go, the status says kicked (unless destroyed). */
  markKicked(groupId: string): void {
    const current = this.group(groupId)?.removedStatus ?? 0;
    this.setGroup(groupId, {
      secretKey: null,
      authData: null,
      removedStatus: current === REMOVED_DESTROYED ? REMOVED_DESTROYED : REMOVED_KICKED,
    });
  }
  markDestroyed(groupId: string): void {
    this.setGroup(groupId, { secretKey: null, authData: null, removedStatus: REMOVED_DESTROYED });
  }
  /** A new invitation undoes a kick. */
  markInvited(groupId: string): void {
    if (this.group(groupId)?.removedStatus === REMOVED_KICKED) this.setGroup(groupId, { removedStatus: 0 });
  }

  eraseGroup(groupId: string): boolean {
    return this.fields.eraseExisting(['g', groupIdKey(groupId)]);
  }

  communities(): CommunityEntry[] {
    return communityRooms(this.fields).map(({ baseUrl, roomKey, pubkey, info }) => ({
      baseUrl,
      room: textOf(info, 'n') ?? roomKey,
      pubkey,
      ...readCommon(info),
    }));
  }

  /** Adds or updates a community; `room` keeps its capitalisation in `n`. */
  setCommunity(baseUrl: string, room: string, pubkey: Uint8Array, update: Partial<Common> = {}): void {
    checkCommon(update);
    const path = communityRoomPath(this.fields, baseUrl, room, pubkey);
    this.writeCommon(path, update);
    this.fields.assign([...path, 'n'], textBytes(room));
  }

  eraseCommunity(baseUrl: string, room: string): boolean {
    return eraseCommunityRoom(this.fields, baseUrl, room);
  }

  legacyGroups(): LegacyGroupEntry[] {
    return this.fields.dictEntries(['C']).flatMap(([k, d]) => {
      const groupId = keyToSessionId(k);
      return groupId ? [readLegacy(groupId, d)] : [];
    });
  }

  eraseLegacyGroup(groupId: string): boolean {
    return this.fields.eraseExisting(['C', sessionIdKey(groupId)]);
  }

  private writeCommon(base: ConfigPath, u: Partial<Common>): void {
    const at = (k: string): string[] => [...base, k];
    if (u.priority !== undefined) this.fields.nonZero(at('+'), u.priority);
    if (u.joinedAtSeconds !== undefined) this.fields.positive(at('j'), toSeconds(u.joinedAtSeconds));
    if (u.notify !== undefined) this.fields.positive(at('@'), notifyToInt(u.notify));
    if (u.muteUntilSeconds !== undefined) this.fields.positive(at('!'), toSeconds(u.muteUntilSeconds));
    if (u.invited !== undefined) this.fields.flag(at('i'), u.invited);
  }
}
