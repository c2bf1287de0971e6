import type { SessionId } from '../../crypto/ids';
import type { Identity } from '../../crypto/identity';
import {
  NAME_MAX_BYTES,
  checkPicture,
  checkWhole,
  intOf,
  keyToSessionId,
  notifyFromInt,
  notifyToInt,
  pictureFrom,
  sessionIdKey,
  textOf,
  writePicture,
  type Disappearing,
  type NotifyMode,
  type ProfilePicture,
} from './common';
import { ConfigError } from './config-error';
import { textBytes, toSeconds, truncateUtf8 } from './fields';
import { TypedConfig, type ConfigLoadOptions } from './typed-config';
import { userConfigState } from './user-config';
import { isDict, type ConfigDict } from './values';

/**
 * Contacts (namespace 3; libsession `contacts.cpp`, newest stored revision): `c` → {33-byte
 * Session ID → {`n` name (always present), `N` nickname, `p`/`q` avatar, `t` profile updated (s),
 * `a` approved, `A` approved me, `b` blocked, `+` priority, `@` notify mode, `!` mute until (s),
 * `e`/`E` disappearing mode and timer, `j` created (s), `f` Pro features}}. Blinded community
 * contacts (`b` at the top) and keys unknown here are kept untouched.
 */
export interface Contact {
  readonly sessionId: SessionId;
  readonly name: string;
  readonly nickname: string;
  readonly profilePicture: ProfilePicture | undefined;
  readonly profileUpdatedSeconds: number;
  readonly approved: boolean;
  readonly approvedMe: boolean;
  readonly blocked: boolean;
  /** 0 normal, > 0 pinned (higher first), < 0 hidden. */
  readonly priority: number;
  /** Never 'mentions' for a contact (libsession reads it as 'all'). */
  readonly notify: NotifyMode;
  readonly muteUntilSeconds: number;
  readonly disappearing: Disappearing | undefined;
  readonly createdSeconds: number;
  /** Session Pro profile feature bits, as stored. */
  readonly proFeatures: readonly number[];
}

/** Fields to change; the others stay exactly as stored. */
export type ContactUpdate = Partial<
  Omit<Contact, 'sessionId' | 'proFeatures' | 'profilePicture' | 'disappearing'> & {
    readonly profilePicture: ProfilePicture | null;
    readonly disappearing: Disappearing | null;
  }
>;

function readContact(sessionId: SessionId, d: ConfigDict): Contact {
  let disappearing: Disappearing | undefined;
  const mode = intOf(d, 'e');
  const seconds = intOf(d, 'E') ?? 0;
  if ((mode === 1 || mode === 2) && seconds > 0) {
    disappearing = { mode: mode === 1 ? 'after-send' : 'after-read', seconds };
  }
  const notify = notifyFromInt(intOf(d, '@'));
  const f = d.get('f');
  return {
    sessionId,
    name: textOf(d, 'n') ?? '',
    nickname: textOf(d, 'N') ?? '',
    profilePicture: pictureFrom(d),
    profileUpdatedSeconds: intOf(d, 't') ?? 0,
    approved: (intOf(d, 'a') ?? 0) !== 0,
    approvedMe: (intOf(d, 'A') ?? 0) !== 0,
    blocked: (intOf(d, 'b') ?? 0) !== 0,
    priority: intOf(d, '+') ?? 0,
    notify: notify === 'mentions' ? 'all' : notify,
    muteUntilSeconds: toSeconds(intOf(d, '!') ?? 0),
    disappearing,
    createdSeconds: toSeconds(intOf(d, 'j') ?? 0),
    proFeatures: Array.isArray(f) ? f.filter((x) => typeof x === 'bigint').map(Number) : [],
  };
}

export class Contacts extends TypedConfig {
  static readonly namespace = 3;
  static readonly domain = 'Contacts';

  constructor(identity: Identity, options: ConfigLoadOptions = {}) {
    super(userConfigState(identity, 3, Contacts.domain, options), options.clock ?? Date.now);
  }

  get(sessionId: string): Contact | undefined {
    const key = sessionIdKey(sessionId);
    const d = this.fields.dict(['c', key]);
    return d ? readContact(keyToSessionId(key)!, d) : undefined;
  }

  /** Every contact, in Session ID order (as libsession iterates). */
  all(): Contact[] {
    const out: Contact[] = [];
    const c = this.fields.dict(['c']);
    if (!c) return out;
    for (const key of [...c.keys()].sort()) {
      const id = keyToSessionId(key);
      const d = c.get(key);
      if (id && isDict(d)) out.push(readContact(id, d));
    }
    return out;
  }

  get size(): number {
    return this.fields.dict(['c'])?.size ?? 0;
  }

  /**
   * Creates the contact if needed and applies `update` as libsession's `set()` writes each field
   * (a nickname over 100 bytes is an error; a name is cut to 100 bytes).
   */
  set(sessionId: string, update: ContactUpdate = {}): void {
    const base = ['c', sessionIdKey(sessionId)];
    const f = this.fields;
    const at = (k: string): string[] => [...base, k];
    const u = update;
    const nick = u.nickname === undefined ? undefined : textBytes(u.nickname);
    if (nick && nick.length > NAME_MAX_BYTES) throw new ConfigError('input', 'The nickname is too long.');
    if (u.profilePicture !== undefined) checkPicture(u.profilePicture);
    checkWhole(
      u.profileUpdatedSeconds,
      u.priority,
      u.muteUntilSeconds,
      u.createdSeconds,
      u.disappearing?.seconds,
    );
    if (u.notify !== undefined) notifyToInt(u.notify);
    if (update.name !== undefined) f.assign(at('n'), truncateUtf8(update.name, NAME_MAX_BYTES));
    else if (!f.exists(at('n'))) f.assign(at('n'), new Uint8Array(0)); // keeps the dict from being pruned
    if (nick !== undefined) f.nonEmpty(at('N'), nick);
    if (update.profilePicture !== undefined) writePicture(f, base, update.profilePicture);
    if (update.profileUpdatedSeconds !== undefined) f.positive(at('t'), update.profileUpdatedSeconds);
    if (update.approved !== undefined) f.flag(at('a'), update.approved);
    if (update.approvedMe !== undefined) f.flag(at('A'), update.approvedMe);
    if (update.blocked !== undefined) f.flag(at('b'), update.blocked);
    if (update.priority !== undefined) f.nonZero(at('+'), update.priority);
    if (update.notify !== undefined) {
      f.positive(at('@'), notifyToInt(update.notify === 'mentions' ? 'all' : update.notify));
    }
    if (update.muteUntilSeconds !== undefined) f.positive(at('!'), toSeconds(update.muteUntilSeconds));
    if (update.disappearing !== undefined) {
      const d = update.disappearing;
      const on = d !== null && d.seconds > 0;
      f.pair(on, at('e'), BigInt(d?.mode === 'after-read' ? 2 : 1), at('E'), BigInt(d?.seconds ?? 0));
    }
    if (update.createdSeconds !== undefined) f.positive(at('j'), toSeconds(update.createdSeconds));
  }

  /** Removes the contact; false when there was none. */
  erase(sessionId: string): boolean {
    const path = ['c', sessionIdKey(sessionId)];
    const existed = this.fields.exists(path);
    this.fields.erase(path);
    return existed;
  }
}
