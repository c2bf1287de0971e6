/**
 * Removing members (desktop's GroupPendingRemovalsJob, protocol reference §7.2). An admin first
 * marks them "pending removal" in Members and pushes that, so any admin can finish the job; then
 * outbox kind `group-removal`, in one `sequence`: the kicked-members notice into −11 (readable with
 * a revoked grant), `revoke_subaccount` of their tokens, the admin deletion of their messages when
 * asked (a signed DeleteMemberContent and a `delete` of the hashes we hold); once stored, they are
 * erased from Members and the group is rekeyed without them, so nothing new is readable to them.
 */
import type { GroupId, SessionId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import type { SwarmOp } from '../../network';
import { REMOVED_MEMBER_AND_MESSAGES, withRemoved } from '../../protocol/config';
import { encodeKickedMessage, rekeyWithConfigs, swarmSubaccountToken } from '../../protocol/groups';
import type { WriteDb } from '../../store';
import { done, fail, retryLater, type OutboxHandler } from '../outbox/kinds';
import { GroupChanges } from './group-changes';
import type { GroupsActive } from './groups-active';
import type { OpenGroup } from './open-group';
import { CONFIG_TTL_MS, inSequences } from './push-job';
import { isFinalNetworkFailure } from './store-job';

export const GROUP_REMOVAL_JOB = 'group-removal';
/** A `delete` names at most this many hashes (the storage server's own bound is larger). */
const MAX_DELETE_HASHES = 1_000;

function payload(groupId: GroupId): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ v: 1, groupId }));
}

function groupOfPayload(bytes: Uint8Array | null): GroupId | undefined {
  try {
    const v = JSON.parse(new TextDecoder().decode(bytes ?? new Uint8Array())) as { groupId?: unknown };
    return typeof v.groupId === 'string' ? (v.groupId as GroupId) : undefined;
  } catch {
    return undefined;
  }
}

/** Marks `members` for removal (in the caller's transaction) and queues the push and the removal. */
export function markForRemoval(
  a: GroupsActive,
  tx: WriteDb,
  g: OpenGroup,
  members: readonly SessionId[],
  withMessages: boolean,
): void {
  for (const id of members) {
    const m = g.members.get(id);
    if (m) g.members.set(withRemoved(m, withMessages));
  }
  const push = a.outgoing.push(tx, g.id);
  a.session.outbox.enqueue(tx, {
    kind: GROUP_REMOVAL_JOB,
    key: `group-removal:${g.id}`,
    payload: payload(g.id),
    dependsOn: [push],
  });
}

interface Plan {
  readonly ops: SwarmOp[];
  readonly removed: SessionId[];
  readonly withMessages: SessionId[];
}

function plan(a: GroupsActive, g: OpenGroup): Plan | undefined {
  const pending = g.members.all().filter((m) => m.removedStatus > 0);
  if (pending.length === 0 || !g.secretKey) return undefined;
  const sk = g.secretKey;
  const removed = pending.map((m) => m.sessionId);
  const withMessages = pending
    .filter((m) => m.removedStatus === REMOVED_MEMBER_AND_MESSAGES)
    .map((m) => m.sessionId);
  const generation = g.keys.currentGeneration();
  const ops: SwarmOp[] = [
    {
      kind: 'store',
      namespace: -11,
      data: encodeKickedMessage({ groupSecretKey: sk, removed, generation }),
      ttlMs: CONFIG_TTL_MS,
    },
    { kind: 'revoke', tokens: removed.map((id) => swarmSubaccountToken(sk, id)) },
  ];
  if (withMessages.length > 0) {
    const { store } = a.session;
    const sentAtMs = a.outgoing.stamp();
    const signed = { type: 'delete-member-content', members: withMessages, messageHashes: [] } as const;
    const update = { ...signed, adminSignature: a.outgoing.sign(g, signed, sentAtMs) };
    ops.push({ kind: 'store', ...a.outgoing.item(g, a.outgoing.control(sentAtMs, update)) });
    const hashes = withMessages
      .flatMap((id) => store.groups.messagesFrom(store.read, g.id, id, sentAtMs))
      .flatMap((id) => store.messages.get(store.read, id)?.serverHash ?? [])
      .slice(0, MAX_DELETE_HASHES);
    if (hashes.length > 0) ops.push({ kind: 'delete', hashes });
  }
  return { ops, removed, withMessages };
}

/** After the swarm took the removal: out of Members, a new key without them, their messages gone. */
function finish(a: GroupsActive, tx: WriteDb, g: OpenGroup, p: Plan, changes: GroupChanges): void {
  for (const id of p.removed) g.members.erase(id);
  rekeyWithConfigs(g.keys, g.info, g.members);
  a.outgoing.push(tx, g.id);
  const { store } = a.session;
  const now = a.session.now();
  for (const member of p.withMessages) {
    for (const id of store.groups.messagesFrom(tx, g.id, member, now)) {
      if (store.messages.get(tx, id)?.kind === 'deleted') continue;
      store.chat.toPlaceholder(tx, id);
      changes.updated(g.id, id);
    }
  }
  changes.group(g.id);
}

export function removalJobHandler(active: () => GroupsActive): OutboxHandler {
  return {
    kind: GROUP_REMOVAL_JOB,
    maxAttempts: 10,
    async run(job, ctx) {
      const groupId = groupOfPayload(job.payload);
      if (!groupId) return fail('payload-damaged');
      const a = active();
      const g = a.registry.get(groupId);
      const auth = g?.auth();
      if (!g?.isAdmin || !auth) return done();
      const p = plan(a, g);
      if (!p) return done();
      try {
        const net = await ctx.network();
        await inSequences(net, auth, p.ops);
      } catch (e) {
        if (ctx.signal.aborted) throw e;
        const code = `network-${errorCode(e)}`;
        return isFinalNetworkFailure(e) ? fail(code) : retryLater(code);
      }
      const current = a.registry.get(groupId);
      if (!current) return done();
      const changes = new GroupChanges();
      a.registry.write([current], a.session.now(), (tx) => finish(a, tx, current, p, changes));
      changes.emit(a.events);
      return done();
    },
  };
}
