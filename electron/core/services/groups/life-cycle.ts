/**
 * Joining and ending (desktop 1.17.17 `ConversationController.deleteGroup`, `leaveClosedGroup`):
 * accept or decline an invite; change the disappearing timer (admins; groups only delete after
 * send); leave — the member-left notification and the member-left message go into the group first
 * (a 401 means we were removed already) — and an admin's deletion for everyone, which pushes the
 * destroyed flag before anything is removed here. The last admin cannot leave, only delete.
 */
import type { GroupId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import { isNetworkError, type SwarmOp } from '../../network';
import type { Expiration } from '../../protocol';
import type { WriteDb } from '../../store';
import { expireFields } from '../messaging/outgoing';
import { GroupChanges } from './group-changes';
import { addNotice } from './group-notices';
import { groupExpiration } from './group-projection';
import { adminGroup, type GroupsActive } from './groups-active';
import { GroupsError } from './groups-error';
import type { OpenGroup } from './open-group';
import { inSequences, pendingRound } from './push-job';
import { eraseEntry, writeEntry } from './user-groups-link';

const LEAVE_TIMEOUT_MS = 30_000;

/** Everything of the group goes from this device: row, conversation, messages, config entry. */
export function forgetGroup(a: GroupsActive, tx: WriteDb, groupId: GroupId, changes: GroupChanges): void {
  a.session.store.conversations.remove(tx, groupId);
  a.registry.remove(tx, groupId);
  eraseEntry(a.userGroups, tx, groupId);
  changes.conversationRemoved(groupId).group(groupId, true);
  changes.then(() => void a.inboxes.stop(groupId));
}

function forget(a: GroupsActive, groupId: GroupId): void {
  const changes = new GroupChanges();
  a.session.store.write((tx) => forgetGroup(a, tx, groupId, changes));
  changes.emit(a.events);
}

export function acceptInvite(a: GroupsActive, groupId: string): void {
  const g = a.registry.require(groupId);
  if (g.state !== 'invited')
    throw new GroupsError('not-invited', 'There is no pending invite to this group.');
  const changes = new GroupChanges().group(g.id).conversation(g.id);
  a.registry.write([g], a.session.now(), (tx) => {
    g.patch({ state: 'joined', responseDue: !g.isAdmin });
    a.session.store.conversations.update(tx, g.id, { requestState: 'accepted' });
    writeEntry(a.userGroups, tx, g, a.session.now());
  });
  a.inboxes.start(g.id);
  changes.emit(a.events);
}

export function declineInvite(a: GroupsActive, groupId: string): void {
  const g = a.registry.require(groupId);
  if (g.state !== 'invited')
    throw new GroupsError('not-invited', 'There is no pending invite to this group.');
  forget(a, g.id);
}

/** The conversation of a group we are no longer in (kicked, deleted) may go; a member must leave. */
export function deleteGroupConversation(a: GroupsActive, groupId: string): void {
  const g = a.registry.get(groupId);
  if (g?.state === 'joined') throw new GroupsError('still-a-member', 'Leave the group before deleting it.');
  if (g?.state === 'invited') throw new GroupsError('not-invited', 'Decline the invite instead.');
  forget(a, groupId as GroupId);
}

export function setGroupDisappearing(a: GroupsActive, groupId: string, setting: Expiration): void {
  const g = adminGroup(a, groupId);
  if (setting.mode === 'after-read')
    throw new GroupsError('unsupported-timer', 'Groups only delete after send.');
  const seconds = setting.mode === 'off' ? 0 : setting.seconds;
  const changes = new GroupChanges().group(g.id).conversation(g.id);
  a.registry.write([g], a.session.now(), (tx) => {
    g.info.setExpiryTimerSeconds(seconds);
    a.session.store.conversations.update(tx, g.id, expireFields(groupExpiration(g)));
    const push = a.outgoing.push(tx, g.id);
    const sentAtMs = a.outgoing.stamp();
    const adminSignature = a.outgoing.sign(g, { type: 'info-change', field: 'disappearing' }, sentAtMs);
    const update = {
      type: 'info-change',
      change: { field: 'disappearing', seconds },
      adminSignature,
    } as const;
    a.outgoing.store(
      tx,
      g.id,
      [a.outgoing.item(g, a.outgoing.control(sentAtMs, update, groupExpiration(g)))],
      {
        dependsOn: [push],
      },
    );
    const at = { sender: a.self, sentAt: sentAtMs, outgoing: true, receivedAt: sentAtMs };
    addNotice(a.session.store, tx, g.id, at, { type: 'disappearing-changed', by: a.self, setting }, changes);
  });
  changes.emit(a.events);
}

async function sendNow(a: GroupsActive, g: OpenGroup, ops: readonly SwarmOp[]): Promise<void> {
  const auth = g.auth();
  if (!auth) throw new GroupsError('group-unreachable', 'There is no grant to post into this group.');
  const signal = AbortSignal.any([a.session.signal, AbortSignal.timeout(LEAVE_TIMEOUT_MS)]);
  const net = await a.session.network.whenOpen(signal).catch((e: unknown) => {
    throw new GroupsError('group-unreachable', 'The network is not connected.', { cause: e });
  });
  await inSequences(net, auth, ops);
}

export async function leaveGroup(a: GroupsActive, groupId: string): Promise<void> {
  const g = a.registry.require(groupId);
  if (g.state === 'joined') {
    if (g.isAdmin && g.admins().every((id) => id === a.self)) {
      throw new GroupsError('last-admin', 'The last admin cannot leave; delete the group instead.');
    }
    const t = a.outgoing.stamp(2);
    const ops: SwarmOp[] = [
      {
        kind: 'store',
        ...a.outgoing.item(
          g,
          a.outgoing.control(t, { type: 'member-left-notification' }, groupExpiration(g)),
        ),
      },
      { kind: 'store', ...a.outgoing.item(g, a.outgoing.control(t + 1, { type: 'member-left' })) },
    ];
    try {
      await sendNow(a, g, ops);
    } catch (e) {
      // A refused grant: an admin removed us already; leaving is then only local.
      if (!(isNetworkError(e) && e.code === 'unauthorized')) {
        a.session.logger.warn('leaving a group failed', { code: errorCode(e) });
        throw e instanceof GroupsError
          ? e
          : new GroupsError('group-unreachable', 'The group could not be told.', { cause: e });
      }
    }
  }
  forget(a, g.id);
}

/** An admin deletes the group for everyone: Info's destroyed flag is pushed, then it goes here. */
export async function destroyGroup(a: GroupsActive, groupId: string): Promise<void> {
  const g = adminGroup(a, groupId);
  g.info.destroy();
  try {
    const round = pendingRound(g, a.storedKeys(g.id));
    await sendNow(a, g, round.ops);
  } catch (e) {
    a.registry.reload(g.id);
    a.session.logger.warn('deleting a group failed', { code: errorCode(e) });
    throw e instanceof GroupsError
      ? e
      : new GroupsError('group-unreachable', 'The group could not be deleted.', { cause: e });
  }
  forget(a, g.id);
}
