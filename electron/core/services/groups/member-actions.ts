/**
 * What any member does in a group's conversation (protocol reference §7.2, §3.5): send (with
 * quotes and the group's delete-after-send timer), retry with the same bytes, react, mark read
 * (groups send no read receipts), and delete — locally, or for everyone: our own messages, or an
 * admin's deletion of anyone's, which first removes them from the group swarm (desktop
 * `useDeleteMessagesCb`), then posts DeleteMemberContent (signed when we are an admin).
 */
import { errorCode } from '../../errors';
import { MessageEncodeError, type VisibleMessage } from '../../protocol';
import type { MessageRecord } from '../../store';
import { GroupChanges } from './group-changes';
import { groupExpiration } from './group-projection';
import { memberGroup, type GroupsActive } from './groups-active';
import { GroupsError } from './groups-error';
import { GROUP_STORE_JOB } from './store-job';

const REACTION_LIMIT = 20;
const REACTION_WINDOW_MS = 60_000;

function messageIn(a: GroupsActive, groupId: string, id: number): MessageRecord {
  const m = Number.isSafeInteger(id) ? a.session.store.messages.get(a.session.store.read, id) : undefined;
  if (!m || m.conversationId !== groupId)
    throw new GroupsError('message-not-found', 'There is no such message.');
  return m;
}

function asGroupsError(e: unknown): unknown {
  if (e instanceof MessageEncodeError && e.code === 'body-too-long')
    return new GroupsError('body-too-long', e.message);
  if (e instanceof MessageEncodeError && e.code === 'empty')
    return new GroupsError('empty-message', e.message);
  return e;
}

export interface GroupSendInput {
  readonly groupId: string;
  readonly body?: string;
  readonly quoteId?: number;
  readonly clientKey?: string;
}

export function sendGroupMessage(a: GroupsActive, input: GroupSendInput): MessageRecord {
  const g = memberGroup(a, input.groupId);
  const { store } = a.session;
  if (input.clientKey !== undefined) {
    const existing = store.chat.byClientKey(store.read, input.clientKey);
    if (existing !== undefined) return messageIn(a, g.id, existing);
  }
  const quoted = input.quoteId !== undefined ? messageIn(a, g.id, input.quoteId) : undefined;
  const changes = new GroupChanges();
  let id: number;
  try {
    id = a.registry.write([g], a.session.now(), (tx) => {
      const sentAtMs = a.outgoing.stamp();
      const profile = a.messaging().people.ourProfile(tx, sentAtMs);
      const m: VisibleMessage = {
        kind: 'visible',
        sentAtMs,
        ...(input.body ? { body: input.body } : {}),
        ...(quoted ? { quote: { author: quoted.sender, sentAtMs: quoted.sentAt } } : {}),
        ...(profile ? { profile } : {}),
        expiration: groupExpiration(g),
      };
      const quote = quoted
        ? { author: quoted.sender, sentAt: quoted.sentAt, body: quoted.body?.slice(0, 200) ?? null }
        : undefined;
      return a.outgoing.message(
        tx,
        g,
        m,
        {
          body: input.body ?? null,
          ...(quote ? { quote } : {}),
          ...(input.clientKey !== undefined ? { clientKey: input.clientKey } : {}),
        },
        changes,
      );
    });
  } catch (e) {
    throw asGroupsError(e);
  }
  changes.emit(a.events);
  return messageIn(a, g.id, id);
}

export function retryGroupMessage(a: GroupsActive, groupId: string, id: number): MessageRecord {
  const m = messageIn(a, groupId, id);
  memberGroup(a, groupId);
  const { store } = a.session;
  const wire = store.chat.wireOf(store.read, id);
  if (!m.outgoing || m.state !== 'failed' || !wire)
    throw new GroupsError('not-failed', 'The message has not failed.');
  const changes = new GroupChanges().updated(m.conversationId, id);
  store.write((tx) => {
    store.messages.setState(tx, id, 'sending', { now: a.session.now() });
    a.session.outbox.enqueue(tx, { kind: GROUP_STORE_JOB, messageId: id, payload: wire });
  });
  changes.emit(a.events);
  return messageIn(a, groupId, id);
}

/** `react` toggles like desktop; `remove` only removes. */
export function reactInGroup(
  a: GroupsActive,
  groupId: string,
  id: number,
  emoji: string,
  mode: 'react' | 'remove',
): MessageRecord {
  const target = messageIn(a, groupId, id);
  const g = memberGroup(a, groupId);
  if (target.kind !== 'text') throw new GroupsError('not-reactable', 'This message takes no reactions.');
  const { store } = a.session;
  const mine = store.chat.hasReaction(store.read, target.id, a.self, emoji);
  const action = mode === 'react' && !mine ? 'react' : 'remove';
  if (action === 'remove' && !mine) return target;
  const times = a.messaging().reactionTimes;
  const now = a.session.now();
  const recent = times.filter((t) => t > now - REACTION_WINDOW_MS);
  if (recent.length >= REACTION_LIMIT)
    throw new GroupsError('reaction-rate-limited', 'At most 20 reactions a minute.');
  times.splice(0, times.length, ...recent, now);
  const changes = new GroupChanges().updated(g.id, target.id);
  a.registry.write([g], now, (tx) => {
    const sentAtMs = a.outgoing.stamp();
    if (action === 'react')
      store.messages.setReaction(tx, target.id, { author: a.self, emoji, reactedAt: sentAtMs });
    else store.messages.removeReaction(tx, target.id, a.self, emoji);
    const profile = a.messaging().people.ourProfile(tx, sentAtMs);
    const m = {
      kind: 'reaction',
      sentAtMs,
      target: { author: target.sender, sentAtMs: target.sentAt },
      emoji,
      action,
      expiration: groupExpiration(g),
      ...(profile ? { profile } : {}),
    } as const;
    a.outgoing.store(tx, g.id, [a.outgoing.item(g, m)]);
  });
  changes.emit(a.events);
  return messageIn(a, groupId, id);
}

/** Marks read up to `upToSentAt` (groups send no receipts); returns the unread count left. */
export function markGroupRead(
  a: GroupsActive,
  groupId: string,
  upToSentAt = Number.MAX_SAFE_INTEGER,
): number {
  const g = a.registry.require(groupId);
  const { store } = a.session;
  const changes = new GroupChanges().conversation(g.id);
  const unread = store.write((tx) => {
    for (const r of store.messages.markRead(tx, g.id, upToSentAt, a.session.now()))
      changes.updated(g.id, r.id);
    store.chat.setMarkedUnread(tx, g.id, false);
    return store.conversations.get(tx, g.id)?.unreadCount ?? 0;
  });
  changes.emit(a.events);
  return unread;
}

export type GroupDeleteScope = 'this-device' | 'my-devices' | 'everyone';

/** Delete for everyone: the admin's swarm deletion first — if that fails, nothing changes. */
async function unsendForEveryone(
  a: GroupsActive,
  groupId: string,
  targets: readonly MessageRecord[],
): Promise<void> {
  const g = memberGroup(a, groupId);
  const refused = targets.some(
    (m) => m.kind !== 'text' || m.serverHash === null || (!g.isAdmin && m.sender !== a.self),
  );
  if (refused) {
    throw new GroupsError(
      'not-deletable-for-everyone',
      'Only sent messages (our own, unless we are an admin) can be deleted for everyone.',
    );
  }
  const hashes = targets.map((m) => m.serverHash!);
  if (g.isAdmin) {
    const net = a.session.network.current();
    const auth = g.auth();
    if (!net || !auth) throw new GroupsError('delete-failed', 'The network is not connected.');
    try {
      await net.deleteMessages(auth, hashes);
    } catch (e) {
      a.session.logger.warn('group swarm delete failed', { code: errorCode(e) });
      throw new GroupsError('delete-failed', 'The messages could not be removed from the group.', {
        cause: e,
      });
    }
  }
  a.registry.write([g], a.session.now(), (tx) => {
    const sentAtMs = a.outgoing.stamp();
    const signed = { type: 'delete-member-content', members: [], messageHashes: hashes } as const;
    const update = g.isAdmin ? { ...signed, adminSignature: a.outgoing.sign(g, signed, sentAtMs) } : signed;
    a.outgoing.store(tx, g.id, [a.outgoing.item(g, a.outgoing.control(sentAtMs, update))]);
  });
}

export async function deleteGroupMessages(
  a: GroupsActive,
  groupId: string,
  ids: readonly number[],
  scope: GroupDeleteScope,
): Promise<number[]> {
  a.registry.require(groupId);
  const targets = ids.map((id) => messageIn(a, groupId, id));
  if (scope === 'everyone') await unsendForEveryone(a, groupId, targets);
  const { store } = a.session;
  const changes = new GroupChanges();
  store.write((tx) => {
    for (const m of targets) {
      // Desktop marks a group message deleted for everyone; here-only deletions remove it.
      if (scope === 'everyone') {
        store.chat.toPlaceholder(tx, m.id);
        changes.updated(groupId, m.id);
      } else if (store.messages.remove(tx, m.id)) {
        changes.removed(groupId, m.id);
      }
    }
  });
  changes.emit(a.events);
  return targets.map((m) => m.id);
}
