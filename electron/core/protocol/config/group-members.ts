import type { SessionId } from '../../crypto/ids';
import {
  NAME_MAX_BYTES,
  checkPicture,
  checkWhole,
  intOf,
  keyToSessionId,
  pictureFrom,
  sessionIdKey,
  textOf,
  writePicture,
  type ProfilePicture,
} from './common';
import { ConfigError } from './config-error';
import type { DumpExtra } from './dump';
import { textBytes, truncateUtf8 } from './fields';
import { groupConfigState, type GroupConfigOptions } from './group-config';
import { TypedConfig } from './typed-config';
import type { ConfigDict } from './values';

/**
 * Group Members (namespace 14; libsession `groups/members.cpp`): `m` → {33-byte Session ID →
 * {`n` name (always present), `p`/`q` avatar, `A` admin, `I` invite status, `s` supplemental-keys
 * invite, `P` promotion status, `R` removed status}}. Statuses: 1 sent, 2 failed, 3 not sent yet;
 * removal 1 member, 2 member and messages. Which members still wait for their invite or promotion
 * to go out is local state, kept in the dump (`pending_send_ids`), never pushed.
 */
export const STATUS_SENT = 1;
export const STATUS_FAILED = 2;
export const STATUS_NOT_SENT = 3;
export const REMOVED_MEMBER = 1;
export const REMOVED_MEMBER_AND_MESSAGES = 2;

export interface GroupMember {
  readonly sessionId: SessionId;
  readonly name: string;
  readonly profilePicture: ProfilePicture | undefined;
  readonly admin: boolean;
  /** Invited with the current keys (supplemental keys) rather than with a rekey. */
  readonly supplement: boolean;
  readonly inviteStatus: number;
  readonly promotionStatus: number;
  readonly removedStatus: number;
}

export type MemberStatus =
  | 'invite-unknown'
  | 'invite-not-sent'
  | 'invite-sending'
  | 'invite-failed'
  | 'invite-sent'
  | 'invite-accepted'
  | 'promotion-unknown'
  | 'promotion-not-sent'
  | 'promotion-sending'
  | 'promotion-failed'
  | 'promotion-sent'
  | 'promotion-accepted'
  | 'removed-unknown'
  | 'removed'
  | 'removed-including-messages';

/** A member not in the config yet: invite not sent (libsession's default-constructed member). */
export function newMember(sessionId: SessionId): GroupMember {
  return {
    sessionId,
    name: '',
    profilePicture: undefined,
    admin: false,
    supplement: false,
    inviteStatus: STATUS_NOT_SENT,
    promotionStatus: 0,
    removedStatus: 0,
  };
}

// The status transitions of libsession's `member` (each returns the changed copy).
export const withInviteSent = (m: GroupMember): GroupMember => ({ ...m, inviteStatus: STATUS_SENT });
export const withInviteFailed = (m: GroupMember): GroupMember => ({ ...m, inviteStatus: STATUS_FAILED });
export const withInviteNotSent = (m: GroupMember): GroupMember => ({ ...m, inviteStatus: STATUS_NOT_SENT });
export const withInviteAccepted = (m: GroupMember): GroupMember => ({
  ...m,
  inviteStatus: 0,
  supplement: false,
});
const promotion = (m: GroupMember, promotionStatus: number): GroupMember => ({
  ...m,
  admin: true,
  inviteStatus: 0,
  promotionStatus,
});
export const withPromoted = (m: GroupMember): GroupMember => promotion(m, STATUS_NOT_SENT);
export const withPromotionSent = (m: GroupMember): GroupMember => promotion(m, STATUS_SENT);
export const withPromotionFailed = (m: GroupMember): GroupMember => promotion(m, STATUS_FAILED);
export const withPromotionAccepted = (m: GroupMember): GroupMember => promotion(m, 0);
export const withRemoved = (m: GroupMember, messages = false): GroupMember => ({
  ...m,
  inviteStatus: 0,
  promotionStatus: 0,
  removedStatus: messages ? REMOVED_MEMBER_AND_MESSAGES : REMOVED_MEMBER,
});

function readMember(sessionId: SessionId, d: ConfigDict): GroupMember {
  const admin = (intOf(d, 'A') ?? 0) !== 0;
  const inviteStatus = admin ? 0 : (intOf(d, 'I') ?? 0);
  const promotionStatus = intOf(d, 'P') ?? 0;
  const supplement = inviteStatus > 0 && !(admin || promotionStatus > 0) && (intOf(d, 's') ?? 0) !== 0;
  return {
    sessionId,
    name: textOf(d, 'n') ?? '',
    profilePicture: pictureFrom(d),
    admin,
    supplement,
    inviteStatus,
    promotionStatus,
    removedStatus: intOf(d, 'R') ?? 0,
  };
}

const PENDING = 'pending_send_ids';
const utf8 = new TextDecoder();

export class GroupMembers extends TypedConfig {
  static readonly namespace = 14;
  static readonly domain = 'groups::Members';
  private readonly pending: Set<string>;

  constructor(options: GroupConfigOptions) {
    const pending = new Set<string>();
    const extra: DumpExtra = {
      save: () =>
        new Map(pending.size > 0 ? [[PENDING, [...pending].sort().map((id) => textBytes(id))]] : []),
      load: (e) => {
        const list = e.get(PENDING);
        if (Array.isArray(list))
          for (const id of list) if (id instanceof Uint8Array) pending.add(utf8.decode(id));
      },
    };
    super(groupConfigState(GroupMembers.domain, options, extra), options.clock ?? Date.now);
    this.pending = pending;
  }

  get(sessionId: string): GroupMember | undefined {
    const key = sessionIdKey(sessionId);
    const d = this.fields.dict(['m', key]);
    return d ? readMember(keyToSessionId(key)!, d) : undefined;
  }

  getOrConstruct(sessionId: string): GroupMember {
    return this.get(sessionId) ?? newMember(keyToSessionId(sessionIdKey(sessionId))!);
  }

  all(): GroupMember[] {
    return this.fields.dictEntries(['m']).flatMap(([k, d]) => {
      const id = keyToSessionId(k);
      return id ? [readMember(id, d)] : [];
    });
  }

  get size(): number {
    return this.fields.dict(['m'])?.size ?? 0;
  }

  /** Writes every field of `member` (libsession `Members::set`); names over 100 bytes are cut. */
  set(member: GroupMember): void {
    const base = ['m', sessionIdKey(member.sessionId)];
    const at = (k: string): string[] => [...base, k];
    checkPicture(member.profilePicture);
    checkWhole(member.promotionStatus, member.inviteStatus, member.removedStatus);
    this.fields.assign(at('n'), truncateUtf8(member.name, NAME_MAX_BYTES));
    writePicture(this.fields, base, member.profilePicture);
    this.fields.flag(at('A'), member.admin);
    this.fields.positive(at('P'), member.promotionStatus);
    this.fields.positive(at('I'), member.admin ? 0 : member.inviteStatus);
    this.fields.flag(at('s'), member.supplement);
    this.fields.positive(at('R'), member.removedStatus);
    const waiting = member.admin
      ? member.promotionStatus === STATUS_NOT_SENT
      : member.inviteStatus === STATUS_NOT_SENT;
    this.setPending(member.sessionId, waiting);
  }

  erase(sessionId: string): boolean {
    const gone = this.fields.eraseExisting(['m', sessionIdKey(sessionId)]);
    this.setPending(sessionId.toLowerCase(), false);
    return gone;
  }

  /** A member's invite or promotion has been handed to the outbox (libsession `pending_send`). */
  hasPendingSend(sessionId: string): boolean {
    return this.pending.has(sessionId.toLowerCase());
  }

  /** One consolidated status (libsession `Members::get_status`): removal, then promotion, then invite. */
  status(m: GroupMember): MemberStatus {
    if (m.removedStatus === REMOVED_MEMBER_AND_MESSAGES) return 'removed-including-messages';
    if (m.removedStatus === REMOVED_MEMBER) return 'removed';
    if (m.removedStatus > 0) return 'removed-unknown';
    const kind = m.admin ? 'promotion' : 'invite';
    const s = m.admin ? m.promotionStatus : m.inviteStatus;
    if (s === STATUS_NOT_SENT)
      return this.hasPendingSend(m.sessionId) ? `${kind}-sending` : `${kind}-not-sent`;
    if (s === STATUS_FAILED) return `${kind}-failed`;
    if (s === STATUS_SENT) return `${kind}-sent`;
    return s !== 0 ? `${kind}-unknown` : `${kind}-accepted`;
  }

  private setPending(sessionId: string, pending: boolean): void {
    const changed = pending ? !this.pending.has(sessionId) : this.pending.has(sessionId);
    if (!changed) return;
    if (pending) this.pending.add(sessionId);
    else this.pending.delete(sessionId);
    this.state.markDumpNeeded();
  }
}

/** A copy with another name; over 100 bytes is an error (libsession `member::set_name`). */
export function withName(m: GroupMember, name: string): GroupMember {
  if (textBytes(name).length > NAME_MAX_BYTES) throw new ConfigError('input', 'The member name is too long.');
  return { ...m, name };
}
