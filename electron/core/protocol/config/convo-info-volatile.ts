import type { GroupId, SessionId } from '../../crypto/ids';
import type { Identity } from '../../crypto/identity';
import { groupIdKey, intOf, keyToGroupId, keyToSessionId, sessionIdKey } from './common';
import {
  canonicalBaseUrl,
  canonicalRoom,
  communityRoomPath,
  communityRooms,
  eraseCommunityRoom,
} from './community';
import { ConfigError } from './config-error';
import type { ConfigPath } from './paths';
import { TypedConfig, type ConfigLoadOptions } from './typed-config';
import { userConfigState } from './user-config';
import type { ConfigDict } from './values';

/**
 * ConvoInfoVolatile (namespace 4; libsession `convo_info_volatile.cpp`): read state per
 * conversation, `{r: last read (unix ms), u: 1 if marked unread}` under `1` (1:1, 33-byte Session
 * ID keys), `g` (groups, 33-byte 03 keys), `C` (legacy groups) and `o` (communities: base URL →
 * {`#` server pubkey, `R` → {room → …}}). Entries whose last read is older than 30 days are not
 * added; before each push, entries older than 45 days and not marked unread are dropped (groups
 * excepted, as libsession does).
 */
export const PRUNE_LOW_MS = 30 * 24 * 3600 * 1000;
export const PRUNE_HIGH_MS = 45 * 24 * 3600 * 1000;

export interface ReadState {
  readonly lastReadMs: number;
  readonly unread: boolean;
}

export type ConvoEntry =
  | (ReadState & { readonly kind: 'one-to-one'; readonly sessionId: SessionId })
  | (ReadState & { readonly kind: 'group'; readonly groupId: GroupId })
  | (ReadState & { readonly kind: 'legacy-group'; readonly groupId: SessionId })
  | (ReadState & {
      readonly kind: 'community';
      readonly baseUrl: string;
      readonly room: string;
      readonly pubkey: Uint8Array;
    });

function readState(d: ConfigDict): ReadState {
  return { lastReadMs: intOf(d, 'r') ?? 0, unread: (intOf(d, 'u') ?? 0) !== 0 };
}

export class ConvoInfoVolatile extends TypedConfig {
  static readonly namespace = 4;
  static readonly domain = 'ConvoInfoVolatile';

  constructor(identity: Identity, options: ConfigLoadOptions = {}) {
    super(userConfigState(identity, 4, ConvoInfoVolatile.domain, options), options.clock ?? Date.now);
  }

  oneToOne(sessionId: string): ReadState | undefined {
    return this.read(['1', sessionIdKey(sessionId)]);
  }
  group(groupId: string): ReadState | undefined {
    return this.read(['g', groupIdKey(groupId)]);
  }
  legacyGroup(groupId: string): ReadState | undefined {
    return this.read(['C', sessionIdKey(groupId)]);
  }
  community(baseUrl: string, room: string): ReadState | undefined {
    return this.read(['o', canonicalBaseUrl(baseUrl), 'R', canonicalRoom(room)]);
  }

  /** Fields left out keep their current value (or 0 / false). */
  setOneToOne(sessionId: string, update: Partial<ReadState>): void {
    this.write(['1', sessionIdKey(sessionId)], update);
  }
  setGroup(groupId: string, update: Partial<ReadState>): void {
    this.write(['g', groupIdKey(groupId)], update);
  }
  setLegacyGroup(groupId: string, update: Partial<ReadState>): void {
    this.write(['C', sessionIdKey(groupId)], update);
  }
  setCommunity(baseUrl: string, room: string, pubkey: Uint8Array, update: Partial<ReadState>): void {
    this.write(communityRoomPath(this.fields, baseUrl, room, pubkey), update);
  }

  eraseOneToOne(sessionId: string): boolean {
    return this.fields.eraseExisting(['1', sessionIdKey(sessionId)]);
  }
  eraseGroup(groupId: string): boolean {
    return this.fields.eraseExisting(['g', groupIdKey(groupId)]);
  }
  eraseLegacyGroup(groupId: string): boolean {
    return this.fields.eraseExisting(['C', sessionIdKey(groupId)]);
  }
  /** Also drops the server entry when this was its last room. */
  eraseCommunity(baseUrl: string, room: string): boolean {
    return eraseCommunityRoom(this.fields, baseUrl, room);
  }

  /** 1:1 conversations, then groups, communities and legacy groups, each in key order. */
  all(): ConvoEntry[] {
    const out: ConvoEntry[] = [];
    for (const [k, d] of this.fields.dictEntries(['1'])) {
      const id = keyToSessionId(k);
      if (id) out.push({ kind: 'one-to-one', sessionId: id, ...readState(d) });
    }
    for (const [k, d] of this.fields.dictEntries(['g'])) {
      const id = keyToGroupId(k);
      if (id) out.push({ kind: 'group', groupId: id, ...readState(d) });
    }
    for (const { baseUrl, roomKey, pubkey, info } of communityRooms(this.fields)) {
      out.push({ kind: 'community', baseUrl, room: roomKey, pubkey, ...readState(info) });
    }
    for (const [k, d] of this.fields.dictEntries(['C'])) {
      const id = keyToSessionId(k);
      if (id) out.push({ kind: 'legacy-group', groupId: id, ...readState(d) });
    }
    return out;
  }

  get size(): number {
    return this.all().length;
  }

  /** Drops 1:1, community and legacy entries read more than 45 days ago and not marked unread. */
  prune(): void {
    const cutoff = this.clock() - PRUNE_HIGH_MS;
    for (const e of this.all()) {
      if (e.unread || e.lastReadMs >= cutoff) continue;
      if (e.kind === 'one-to-one') this.eraseOneToOne(e.sessionId);
      else if (e.kind === 'legacy-group') this.eraseLegacyGroup(e.groupId);
      else if (e.kind === 'community') this.eraseCommunity(e.baseUrl, e.room);
    }
  }

  protected override beforePush(): void {
    this.prune();
  }

  private read(path: ConfigPath): ReadState | undefined {
    const d = this.fields.dict(path);
    return d ? readState(d) : undefined;
  }

  /** libsession `set_base`: an older last-read is always taken; a new one only if recent. */
  private write(path: ConfigPath, update: Partial<ReadState>): void {
    const current = this.read(path);
    const lastReadMs = update.lastReadMs ?? current?.lastReadMs ?? 0;
    const unread = update.unread ?? current?.unread ?? false;
    if (!Number.isSafeInteger(lastReadMs))
      throw new ConfigError('input', 'A last-read time is whole milliseconds.');
    const r = [...path, 'r'];
    const stored = this.fields.int(r);
    if (stored !== undefined && lastReadMs < stored) this.fields.assign(r, BigInt(lastReadMs));
    else if (lastReadMs > this.clock() - PRUNE_LOW_MS) this.fields.assign(r, BigInt(lastReadMs));
    this.fields.flag([...path, 'u'], unread);
  }
}
