/**
 * The inbox handlers of one-to-one messaging, one per classified kind, each applied inside the
 * poll batch's transaction (protocol reference §3.5 for every rule): visible messages (incoming,
 * and sync copies from our other devices, which become outgoing rows), reactions, timer updates,
 * read receipts, typing, unsend requests, request responses, data-extraction notices and calls.
 */
import type { SessionId } from '../../crypto/ids';
import type {
  IncomingCall,
  IncomingDataExtraction,
  IncomingExpirationTimerUpdate,
  IncomingMessageRequestResponse,
  IncomingReaction,
  IncomingReadReceipt,
  IncomingTyping,
  IncomingUnsend,
  IncomingVisibleMessage,
} from '../../protocol';
import type { ConversationId, Store, WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import type { InboxContext, InboxKinds } from '../inbox/kinds';
import { Changes } from './changes';
import { addControlRow, type Notice } from './notices';
import type { People } from './people';
import { expireFields } from './outgoing';
import type { TypingState } from './typing-state';
import type { AttachmentHooks, IncomingFile } from './attachment-hooks';
import type { SyncHooks } from './sync-hooks';

export interface HandlerDeps {
  readonly store: () => Store;
  readonly self: () => SessionId;
  readonly people: () => People;
  readonly typing: () => TypingState;
  readonly events: DomainEventBus;
  readonly sync: () => SyncHooks;
  readonly readReceiptsOn: () => boolean;
  readonly typingOn: () => boolean;
  readonly attachments: () => AttachmentHooks | undefined;
}

type Apply<M> = (tx: WriteDb, m: M, ctx: InboxContext, changes: Changes) => void;

function withChanges<M>(deps: HandlerDeps, apply: Apply<M>): (tx: WriteDb, m: M, ctx: InboxContext) => void {
  return (tx, m, ctx) => {
    const changes = new Changes();
    apply(tx, m, ctx, changes);
    deps.sync().changed(tx, changes.ids());
    ctx.afterCommit(() => changes.emit(deps.events));
  };
}

/** A message's deadline when it arrives (§11.3): after send from its time; after read once read. */
export function arrivalExpiry(
  m: IncomingVisibleMessage,
  ctx: InboxContext,
): { expiresAt?: number; expireStartedAt?: number } {
  if (m.expiration.mode !== 'after-send') return {};
  const expiresAt = Math.min(m.sentAtMs + m.expiration.seconds * 1000, ctx.source.expiresMs || Infinity);
  return { expiresAt, expireStartedAt: expiresAt - m.expiration.seconds * 1000 };
}

/** The row's copy of a quote: the original's first 200 characters when we have it (also groups). */
export function quoteOf(store: Store, tx: WriteDb, m: IncomingVisibleMessage) {
  if (!m.quote) return undefined;
  const original = store.chat.byIdentity(tx, m.quote.author, m.quote.sentAtMs);
  const body = original ? (store.messages.get(tx, original.id)?.body ?? null) : null;
  return {
    author: m.quote.author,
    sentAt: m.quote.sentAtMs,
    body: body === null ? null : body.slice(0, 200),
  };
}

function visible(deps: HandlerDeps): Apply<IncomingVisibleMessage> {
  return (tx, m, ctx, changes) => {
    const store = deps.store();
    const peer = m.conversation.id as SessionId;
    const sync = m.fromSelf;
    if (store.chat.byIdentity(tx, m.sender, m.sentAtMs)) return;
    const conv = sync
      ? deps.people().openDirect(tx, peer, ctx.now, changes)
      : deps.people().incomingConversation(tx, m.sender, ctx.now, changes);
    if (!sync) deps.people().applyProfile(tx, m.sender, m.profile, ctx.now);
    const quote = quoteOf(store, tx, m);
    const id = store.messages.insert(tx, {
      conversationId: conv.id,
      sender: m.sender,
      outgoing: sync,
      sentAt: m.sentAtMs,
      receivedAt: ctx.now,
      body: m.body,
      state: sync ? 'sent' : 'unread',
      ...(sync ? { syncHash: ctx.source.hash } : { serverHash: ctx.source.hash }),
      ...expireFields(m.expiration),
      ...arrivalExpiry(m, ctx),
      ...(quote ? { quote } : {}),
    });
    if (id === undefined) return;
    changes.added(conv.id, id);
    let attachments: readonly IncomingFile[] = [];
    if (m.attachments.length + m.rejectedAttachments.length > 0) {
      const files = { attachments: m.attachments, rejected: m.rejectedAttachments };
      const request = conv.requestState === 'request';
      attachments =
        deps
          .attachments()
          ?.received(tx, { id, conversationId: conv.id, ...files, request }, (fn) => ctx.afterCommit(fn)) ??
        [];
    }
    if (!sync && deps.typing().clear(conv.id)) {
      ctx.afterCommit(() => deps.events.emit('typing.changed', { conversationId: conv.id, typing: false }));
    }
    const hash = ctx.source.hash;
    changes.arrived(
      sync
        ? { kind: 'synced', conversation: peer, body: m.body, sentAt: m.sentAtMs, hash, attachments }
        : {
            kind: 'message',
            conversation: peer,
            from: m.sender,
            body: m.body,
            sentAt: m.sentAtMs,
            hash,
            request: conv.requestState === 'request',
            quote: m.quote ?? null,
            attachments,
          },
    );
  };
}

/**
 * A reaction to a message we have (in a 1:1 or a group): applied, and its arrival told. False
 * when it changes nothing (no such message, a repeat).
 */
export function applyReaction(
  store: Store,
  tx: WriteDb,
  m: IncomingReaction,
  conversation: ConversationId,
  ctx: InboxContext,
  changes: Changes,
): boolean {
  const target = store.chat.byIdentity(tx, m.target.author, m.target.sentAtMs);
  if (!target || target.kind === 'deleted' || target.conversationId !== conversation) return false;
  const author = m.sender;
  if (m.action === 'react') {
    if (store.chat.hasReaction(tx, target.id, author, m.emoji)) return false;
    store.messages.setReaction(tx, target.id, { author, emoji: m.emoji, reactedAt: m.sentAtMs });
  } else if (!store.messages.removeReaction(tx, target.id, author, m.emoji)) {
    return false;
  }
  changes.updated(target.conversationId, target.id);
  if (m.fromSelf) return true;
  changes.arrived({
    kind: 'reaction',
    conversation,
    from: m.sender,
    emoji: m.emoji,
    action: m.action,
    target: m.target,
    sentAt: m.sentAtMs,
    hash: ctx.source.hash,
  });
  return true;
}

function reaction(deps: HandlerDeps): Apply<IncomingReaction> {
  return (tx, m, ctx, changes) => {
    const store = deps.store();
    const target = store.chat.byIdentity(tx, m.target.author, m.target.sentAtMs);
    if (target) applyReaction(store, tx, m, target.conversationId, ctx, changes);
  };
}

function timerUpdate(deps: HandlerDeps): Apply<IncomingExpirationTimerUpdate> {
  return (tx, m, ctx, changes) => {
    const store = deps.store();
    const peer = m.conversation.id as SessionId;
    if (!store.conversations.get(tx, peer) && !m.fromSelf) return;
    // §11.3: in a 1:1 only our own devices change our setting; the contact's is informational.
    if (m.fromSelf) {
      deps.people().openDirect(tx, peer, ctx.now, changes);
      store.conversations.update(tx, peer, expireFields(m.expiration));
    }
    const notice: Notice = { type: 'disappearing-changed', by: m.sender, setting: m.expiration };
    if (!addControlRow(store, tx, peer, m, ctx, notice, changes)) return;
    if (m.fromSelf) return;
    changes.arrived({
      kind: 'disappearing-changed',
      conversation: peer,
      from: m.sender,
      setting: m.expiration,
      sentAt: m.sentAtMs,
      hash: ctx.source.hash,
    });
  };
}

function receipt(deps: HandlerDeps): Apply<IncomingReadReceipt> {
  return (tx, m, ctx, changes) => {
    // §3.5: a receiver applies read receipts only while its own setting is on.
    if (!deps.readReceiptsOn() || m.fromSelf) return;
    const store = deps.store();
    const self = deps.self();
    const read: number[] = [];
    for (const t of m.timestamps) {
      const mine = store.chat.byIdentity(tx, self, t);
      if (!mine || mine.conversationId !== m.sender || mine.state !== 'sent') continue;
      store.messages.setState(tx, mine.id, 'read', { now: ctx.now });
      changes.updated(m.sender, mine.id);
      read.push(t);
    }
    if (read.length === 0) return;
    changes.arrived({
      kind: 'receipt',
      conversation: m.sender,
      from: m.sender,
      timestamps: read,
      sentAt: m.sentAtMs,
      hash: ctx.source.hash,
    });
  };
}

function typing(deps: HandlerDeps): Apply<IncomingTyping> {
  return (tx, m, ctx, changes) => {
    if (!deps.typingOn() || !deps.store().conversations.get(tx, m.sender)) return;
    const on = m.action === 'started';
    ctx.afterCommit(() => deps.typing().set(m.sender, on));
    changes.arrived({ kind: 'typing', conversation: m.sender, from: m.sender, typing: on });
  };
}

function unsend(deps: HandlerDeps): Apply<IncomingUnsend> {
  return (tx, m, ctx, changes) => {
    const store = deps.store();
    const target = store.chat.byIdentity(tx, m.target.author, m.target.sentAtMs);
    if (!target || (target.serverHash === null && target.syncHash === null)) return;
    if (target.kind === 'deleted') return;
    // Note to Self: gone completely; a normal 1:1: a "deleted" placeholder (§3.5).
    if (target.conversationId === deps.self()) {
      store.messages.remove(tx, target.id);
      changes.removed(target.conversationId, target.id);
    } else {
      store.chat.toPlaceholder(tx, target.id);
      changes.updated(target.conversationId, target.id);
    }
    if (m.fromSelf) return;
    changes.arrived({
      kind: 'unsend',
      conversation: target.conversationId as SessionId,
      from: m.sender,
      target: m.target,
      sentAt: m.sentAtMs,
      hash: ctx.source.hash,
    });
  };
}

function requestResponse(deps: HandlerDeps): Apply<IncomingMessageRequestResponse> {
  return (tx, m, ctx, changes) => {
    if (m.fromSelf) return;
    const store = deps.store();
    store.contacts.upsert(tx, m.sender, { approvedMe: true }, ctx.now);
    deps.people().applyProfile(tx, m.sender, m.profile, ctx.now);
    const conv = store.conversations.get(tx, m.sender);
    if (!conv) return;
    if (conv.priority < 0) store.conversations.update(tx, m.sender, { priority: 0 });
    addControlRow(store, tx, m.sender, m, ctx, { type: 'request-accepted', by: m.sender }, changes);
    changes.arrived({
      kind: 'request-accepted',
      conversation: m.sender,
      from: m.sender,
      sentAt: m.sentAtMs,
      hash: ctx.source.hash,
    });
  };
}

function dataExtraction(deps: HandlerDeps): Apply<IncomingDataExtraction> {
  return (tx, m, ctx, changes) => {
    const store = deps.store();
    // Only in a known 1:1, shown at the envelope's time (the inner timestamp is ignored).
    if (m.fromSelf || !store.conversations.get(tx, m.sender)) return;
    const type = m.type;
    if (!addControlRow(store, tx, m.sender, m, ctx, { type, by: m.sender }, changes)) return;
    changes.arrived({
      kind: type,
      conversation: m.sender,
      from: m.sender,
      sentAt: m.sentAtMs,
      hash: ctx.source.hash,
    });
  };
}

function call(deps: HandlerDeps): Apply<IncomingCall> {
  return (tx, m, ctx, changes) => {
    // Shallot takes no calls: an offer becomes a "missed call"; the rest of the signalling is ignored.
    if (m.fromSelf || m.callType !== 'offer') return;
    deps.people().incomingConversation(tx, m.sender, ctx.now, changes);
    const notice: Notice = { type: 'missed-call', by: m.sender };
    if (!addControlRow(deps.store(), tx, m.sender, m, ctx, notice, changes, { kind: 'call', unread: true }))
      return;
    changes.arrived({
      kind: 'call',
      conversation: m.sender,
      from: m.sender,
      sentAt: m.sentAtMs,
      hash: ctx.source.hash,
    });
  };
}

/** Registers every one-to-one kind's handler (once per core, when the module is created). */
export function registerInboxHandlers(inbox: InboxKinds, deps: HandlerDeps): void {
  inbox.on<IncomingVisibleMessage>('visible', withChanges(deps, visible(deps)));
  inbox.on<IncomingReaction>('reaction', withChanges(deps, reaction(deps)));
  inbox.on<IncomingExpirationTimerUpdate>('expiration-timer-update', withChanges(deps, timerUpdate(deps)));
  inbox.on<IncomingReadReceipt>('read-receipt', withChanges(deps, receipt(deps)));
  inbox.on<IncomingTyping>('typing', withChanges(deps, typing(deps)));
  inbox.on<IncomingUnsend>('unsend', withChanges(deps, unsend(deps)));
  inbox.on<IncomingMessageRequestResponse>(
    'message-request-response',
    withChanges(deps, requestResponse(deps)),
  );
  inbox.on<IncomingDataExtraction>('data-extraction', withChanges(deps, dataExtraction(deps)));
  inbox.on<IncomingCall>('call', withChanges(deps, call(deps)));
}
