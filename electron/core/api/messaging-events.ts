/**
 * Messaging's domain events → bridge events, through the views: rows become MessageViews,
 * conversation ids ConversationViews with the new totals. Batches larger than the contract's
 * bounds are split into several events.
 */
import { MAX_BATCH, MAX_REMOVED_IDS } from '../../bridge/methods/conversations';
import { isGroupIdText, isSessionId } from '../protocol';
import type { DomainEventBus } from '../services/events';
import type { MessagingService } from '../services/messaging/messaging-service';
import type { EventBus } from './events';
import { conversationViews } from './handlers/conversations';
import { messageView } from './views/message-view';
import { PeopleCache } from './views/people';

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

export function forwardMessagingEvents(
  domain: DomainEventBus,
  events: EventBus,
  module: () => MessagingService,
): void {
  domain.on('messages.changed', (c) => {
    const a = module().current();
    const { store } = a.session;
    const people = new PeopleCache(store, a.self);
    const viewsOf = (ids: readonly number[]) =>
      ids.flatMap((id) => {
        const m = store.messages.get(store.read, id);
        return m ? [messageView(store, m, people)] : [];
      });
    const added = chunks(viewsOf(c.added), MAX_BATCH);
    const updated = chunks(viewsOf(c.updated), MAX_BATCH);
    const removed = chunks(c.removed.map(String), MAX_REMOVED_IDS);
    const n = Math.max(added.length, updated.length, removed.length);
    for (let i = 0; i < n; i++) {
      events.emit('messages.changed', {
        conversationId: c.conversationId,
        added: added[i] ?? [],
        updated: updated[i] ?? [],
        removed: removed[i] ?? [],
      });
    }
  });
  domain.on('messages.expired', (e) => {
    for (const ids of chunks(e.ids.map(String), MAX_REMOVED_IDS)) {
      events.emit('messages.expired', { conversationId: e.conversationId, messageIds: ids });
    }
  });
  domain.on('conversations.changed', (c) => {
    const v = conversationViews(module());
    const { store } = v.a.session;
    const stored = (id: string) =>
      isSessionId(id) || isGroupIdText(id) ? store.conversations.get(store.read, id) : undefined;
    const upserted = c.upserted.flatMap((id) => {
      const rec = stored(id);
      return rec ? v.many([{ ...rec, lastMessage: null }]) : [];
    });
    const gone = [...c.removed, ...c.upserted.filter((id) => !stored(id))];
    const totals = {
      unreadTotal: store.chat.unreadMain(store.read),
      requestCount: store.chat.requestCount(store.read),
    };
    const ups = chunks(upserted, MAX_BATCH);
    const rms = chunks(gone, MAX_REMOVED_IDS);
    for (let i = 0; i < Math.max(ups.length, rms.length); i++) {
      events.emit('conversations.changed', { upserted: ups[i] ?? [], removed: rms[i] ?? [], ...totals });
    }
  });
  domain.on('typing.changed', (t) => events.emit('typing.changed', t));
}
