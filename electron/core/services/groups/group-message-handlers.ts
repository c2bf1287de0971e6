/**
 * What a group's namespace 11 carries besides control messages, applied inside the poll batch's
 * transaction into the messaging module's rows (protocol reference §7.2, §3.5): visible messages
 * (ours from another device become outgoing rows) with quotes and delete-after-send timers, and
 * reactions (groups only delete after send, §11.3). Blocked senders are skipped.
 */
import type { GroupId } from '../../crypto/ids';
import type { IncomingReaction, IncomingVisibleMessage } from '../../protocol';
import type { WriteDb } from '../../store';
import type { InboxContext, InboxKinds } from '../inbox/kinds';
import type { IncomingUpdateDeps } from './group-update-handlers';
import { GroupChanges } from './group-changes';
import { applyReaction, arrivalExpiry, quoteOf } from '../messaging/inbox-handlers';
import { expireFields } from '../messaging/outgoing';
import type { GroupsActive } from './groups-active';

export type Apply<M> = (a: GroupsActive, tx: WriteDb, m: M, ctx: InboxContext, changes: GroupChanges) => void;

/** Wraps a handler: the module's state, the changes told after the commit. */
export function handler<M>(
  active: () => GroupsActive,
  apply: Apply<M>,
): (tx: WriteDb, m: M, ctx: InboxContext) => void {
  return (tx, m, ctx) => {
    const a = active();
    const changes = new GroupChanges();
    apply(a, tx, m, ctx, changes);
    ctx.afterCommit(() => changes.emit(a.events));
  };
}

/** The group a message was read from, when its conversation exists here. */
export function groupOf(a: GroupsActive, tx: WriteDb, m: { readonly group?: GroupId }): GroupId | undefined {
  if (!m.group || !a.session.store.conversations.get(tx, m.group)) return undefined;
  return m.group;
}

const visible: Apply<IncomingVisibleMessage> = (a, tx, m, ctx, changes) => {
  const { store } = a.session;
  const groupId = groupOf(a, tx, m);
  if (!groupId || store.chat.byIdentity(tx, m.sender, m.sentAtMs)) return;
  if (!m.fromSelf && a.messaging().people.isBlocked(m.sender)) return;
  if (!m.fromSelf) a.messaging().people.applyProfile(tx, m.sender, m.profile, ctx.now);
  const quote = quoteOf(store, tx, m);
  const id = store.messages.insert(tx, {
    conversationId: groupId,
    sender: m.sender,
    outgoing: m.fromSelf,
    sentAt: m.sentAtMs,
    receivedAt: ctx.now,
    body: m.body,
    state: m.fromSelf ? 'sent' : 'unread',
    serverHash: ctx.source.hash,
    ...expireFields(m.expiration),
    ...arrivalExpiry(m, ctx),
    ...(quote ? { quote } : {}),
  });
  if (id === undefined) return;
  changes.added(groupId, id);
  if (m.fromSelf) return;
  changes.arrived({
    kind: 'message',
    conversation: groupId,
    from: m.sender,
    body: m.body,
    sentAt: m.sentAtMs,
    hash: ctx.source.hash,
    request: false,
    quote: m.quote ?? null,
    // Files in group messages are not kept yet (the attachments module serves one-to-one chats).
    attachments: [],
  });
  changes.then(() => a.messaging().expiry.reschedule());
};

const reaction: Apply<IncomingReaction> = (a, tx, m, ctx, changes) => {
  const groupId = groupOf(a, tx, m);
  if (groupId) applyReaction(a.session.store, tx, m, groupId, ctx, changes);
};

/** The handlers of a group's namespace 11 (its own InboxKinds: these rows belong to groups). */
export function registerGroupMessageHandlers(kinds: InboxKinds, deps: IncomingUpdateDeps): void {
  kinds.on<IncomingVisibleMessage>('visible', handler(deps.active, visible));
  kinds.on<IncomingReaction>('reaction', handler(deps.active, reaction));
}
