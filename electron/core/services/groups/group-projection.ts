/**
 * What a group's Keys, Info and Members mean for this device once merged (desktop
 * `SwarmPollingGroupConfig.handleMetaMergeResults`): the conversation's name and delete-after-send
 * timer follow Info; `delete_before` removes older messages; the destroyed flag ends the group;
 * a removal notice (−11) for our current key generation means we were removed. An admin also
 * finishes what Members says is pending (removals, our accepted promotion) and rekeys after two
 * admins rekeyed at once; a member whose invite we accepted answers it once the keys are known.
 */
import { EXPIRATION_OFF, type Expiration } from '../../protocol';
import { withPromotionAccepted } from '../../protocol/config';
import { rekeyWithConfigs } from '../../protocol/groups';
import type { WriteDb } from '../../store';
import { expireFields } from '../messaging/outgoing';
import type { GroupChanges } from './group-changes';
import { addNotice, groupNotice } from './group-notices';
import type { GroupsActive } from './groups-active';
import type { OpenGroup } from './open-group';
import { markForRemoval } from './removals';
import { markEntry, writeEntry } from './user-groups-link';

export interface InfoSnapshot {
  readonly name: string;
  readonly timer: number;
  readonly destroyed: boolean;
  readonly deleteBefore: number;
}

export function snapshot(g: OpenGroup): InfoSnapshot {
  return {
    name: g.name,
    timer: g.info.expiryTimerSeconds ?? 0,
    destroyed: g.info.destroyed,
    deleteBefore: g.info.deleteBeforeSeconds ?? 0,
  };
}

/** Info's timer as a conversation setting: groups only delete after send. */
export function groupExpiration(g: OpenGroup): Expiration {
  const seconds = g.info.expiryTimerSeconds ?? 0;
  return seconds > 0 ? { mode: 'after-send', seconds } : EXPIRATION_OFF;
}

/** We left for good: the group's messages go; the conversation stays with its ending. */
export function endGroup(
  a: GroupsActive,
  tx: WriteDb,
  g: OpenGroup,
  how: 'kicked' | 'destroyed',
  changes: GroupChanges,
): void {
  const { store } = a.session;
  store.chat.clear(tx, g.id);
  g.patch({ state: how, responseDue: false });
  if (how === 'kicked') {
    const at = { sender: a.self, sentAt: a.session.now(), outgoing: false, receivedAt: a.session.now() };
    addNotice(store, tx, g.id, at, groupNotice('you-were-removed', null), changes);
  }
  markEntry(a.userGroups, tx, g.id, how);
  changes.conversation(g.id).group(g.id).groupEvent({ kind: how, groupId: g.id });
  if (how === 'destroyed') changes.then(() => void a.inboxes.stop(g.id));
}

function followInfo(
  a: GroupsActive,
  tx: WriteDb,
  g: OpenGroup,
  before: InfoSnapshot,
  changes: GroupChanges,
): void {
  const { store } = a.session;
  const conv = store.conversations.get(tx, g.id);
  if (!conv) return;
  const after = snapshot(g);
  const setting = expireFields(groupExpiration(g));
  if (
    conv.name !== g.name ||
    conv.expireMode !== setting.expireMode ||
    conv.expireTimerS !== setting.expireTimerS
  ) {
    store.conversations.update(tx, g.id, { name: g.name || conv.name, ...setting });
    changes.conversation(g.id).group(g.id);
  }
  if (after.name !== before.name) writeEntry(a.userGroups, tx, g, a.session.now());
  if (after.deleteBefore > before.deleteBefore) {
    for (const id of store.groups.messagesBefore(tx, g.id, after.deleteBefore * 1000)) {
      if (store.messages.remove(tx, id)) changes.removed(g.id, id);
    }
  }
}

function adminFollowUps(a: GroupsActive, tx: WriteDb, g: OpenGroup, changes: GroupChanges): void {
  const pending = g.members.all().filter((m) => m.removedStatus > 0);
  if (pending.length > 0) markForRemoval(a, tx, g, [], false);
  const us = g.members.get(a.self);
  if (us && (!us.admin || us.promotionStatus !== 0)) {
    g.members.set(withPromotionAccepted(us));
    changes.group(g.id);
  }
  if (g.keys.needsRekey()) rekeyWithConfigs(g.keys, g.info, g.members);
  if (g.keys.pendingConfig() || g.info.state.isDirty || g.members.state.isDirty) a.outgoing.push(tx, g.id);
}

/** After a round's Keys, Info and Members were merged into `g` (inside the round's transaction). */
export function followConfigs(
  a: GroupsActive,
  tx: WriteDb,
  g: OpenGroup,
  before: InfoSnapshot,
  changes: GroupChanges,
): void {
  if (g.state !== 'joined') return;
  if (g.info.destroyed && !before.destroyed) {
    endGroup(a, tx, g, 'destroyed', changes);
    return;
  }
  followInfo(a, tx, g, before, changes);
  if (g.isAdmin) adminFollowUps(a, tx, g, changes);
  if (g.responseDue && !g.isAdmin && g.keys.size() > 0) {
    const sentAtMs = a.outgoing.stamp();
    const m = a.outgoing.control(sentAtMs, { type: 'invite-response', approved: true });
    a.outgoing.store(tx, g.id, [a.outgoing.item(g, m)]);
    g.patch({ responseDue: false });
  }
}
