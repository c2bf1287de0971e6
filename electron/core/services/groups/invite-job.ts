/**
 * Outbox kind `group-invite` (desktop's GroupInviteJob): an admin restores the member's grant on
 * the swarm (`unrevoke_subaccount`, in case an earlier removal revoked it), then sends them — one
 * to one, into their namespace 0 — the invite (our name, the group's name, their 100-byte auth data
 * and the admin signature over "INVITE" ‖ their ID ‖ T) or, for a promotion, the group seed.
 * Members shows the outcome: invite (promotion) sent, or failed. The message is built on the first
 * attempt and kept as progress, so every retry stores the same bytes.
 */
import type { GroupId, SessionId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import type { GroupUpdate, OutgoingMessage } from '../../protocol';
import { isSessionId } from '../../protocol';
import {
  withInviteFailed,
  withInviteSent,
  withPromotionFailed,
  withPromotionSent,
} from '../../protocol/config';
import { swarmMakeSubaccount, swarmSubaccountToken } from '../../protocol/groups';
import type { OutboxJob, WriteDb } from '../../store';
import { done, fail, retryLater, type JobContext, type OutboxHandler } from '../outbox/kinds';
import { buildCopies, copyBytes, type WireCopy } from '../messaging/wire';
import { GroupChanges } from './group-changes';
import type { GroupsActive } from './groups-active';
import type { OpenGroup } from './open-group';
import { isFinalNetworkFailure } from './store-job';

export const GROUP_INVITE_JOB = 'group-invite';

interface InvitePayload {
  readonly groupId: GroupId;
  readonly member: SessionId;
  /** A promotion: the member receives the group seed. */
  readonly admin: boolean;
}

export function encodeInvitePayload(p: InvitePayload): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ v: 1, ...p }));
}

function decodeInvitePayload(bytes: Uint8Array | null): InvitePayload | undefined {
  try {
    const v = JSON.parse(new TextDecoder().decode(bytes ?? new Uint8Array())) as Partial<InvitePayload> & {
      v?: number;
    };
    if (
      v.v !== 1 ||
      typeof v.groupId !== 'string' ||
      typeof v.member !== 'string' ||
      !isSessionId(v.member)
    ) {
      return undefined;
    }
    return { groupId: v.groupId, member: v.member, admin: v.admin === true };
  } catch {
    return undefined;
  }
}

function inviteUpdate(a: GroupsActive, g: OpenGroup, p: InvitePayload, sentAtMs: number): GroupUpdate {
  const sk = g.secretKey!;
  if (p.admin) return { type: 'promote', groupSeed: sk.slice(0, 32), name: g.name || 'Group' };
  return {
    type: 'invite',
    groupId: g.id,
    name: g.name,
    memberAuthData: swarmMakeSubaccount(sk, p.member),
    adminSignature: a.outgoing.sign(g, { type: 'invite', invitee: p.member }, sentAtMs),
  };
}

/** The invite as it goes on the wire, built once (the first attempt) and then read back. */
function wireOf(a: GroupsActive, g: OpenGroup, p: InvitePayload, job: OutboxJob, ctx: JobContext): WireCopy {
  if (job.progress) {
    try {
      return JSON.parse(new TextDecoder().decode(job.progress)) as WireCopy;
    } catch {
      // A damaged checkpoint: build it again.
    }
  }
  const sentAtMs = a.outgoing.stamp();
  const profile = a.session.store.write((tx) => a.messaging().people.ourProfile(tx, sentAtMs));
  const m: OutgoingMessage = {
    kind: 'group-update',
    sentAtMs,
    update: inviteUpdate(a, g, p, sentAtMs),
    expiration: { mode: 'off' },
    ...(profile ? { profile } : {}),
  };
  const copy = buildCopies(a.session.identity.keys, p.member, m, { only: 'recipient' }).copies[0]!;
  ctx.saveProgress(new TextEncoder().encode(JSON.stringify(copy)));
  return copy;
}

function settle(a: GroupsActive, tx: WriteDb, p: InvitePayload, sent: boolean): void {
  const g = a.registry.get(p.groupId);
  const m = g?.members.get(p.member);
  if (!g || !m || m.removedStatus > 0) return;
  const next = p.admin
    ? (sent ? withPromotionSent : withPromotionFailed)(m)
    : (sent ? withInviteSent : withInviteFailed)(m);
  g.members.set(next);
  a.registry.save(tx, g, a.session.now());
  a.outgoing.push(tx, g.id);
  const changes = new GroupChanges().group(g.id);
  setImmediate(() => changes.emit(a.events));
}

export function inviteJobHandler(active: () => GroupsActive): OutboxHandler {
  return {
    kind: GROUP_INVITE_JOB,
    maxAttempts: 5,
    async run(job, ctx) {
      const p = decodeInvitePayload(job.payload);
      if (!p) return fail('payload-damaged');
      const a = active();
      const g = a.registry.get(p.groupId);
      const auth = g?.auth();
      if (!g?.isAdmin || !auth || !g.members.get(p.member)) return fail('not-group-admin');
      const copy = wireOf(a, g, p, job, ctx);
      const data = copyBytes(copy);
      if (!data) return fail('payload-damaged');
      try {
        const net = await ctx.network();
        await net.revokeSubaccounts(auth, [swarmSubaccountToken(g.secretKey!, p.member)], { unrevoke: true });
        await net.store({ pubkey: p.member, namespace: 0, data, ttlMs: copy.ttlMs });
      } catch (e) {
        if (ctx.signal.aborted) throw e;
        const code = `network-${errorCode(e)}`;
        return isFinalNetworkFailure(e) ? fail(code) : retryLater(code);
      }
      return done((tx) => settle(a, tx, p, true));
    },
    failed(tx, job) {
      const p = decodeInvitePayload(job.payload);
      if (p) settle(active(), tx, p, false);
    },
  };
}
