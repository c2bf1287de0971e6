/**
 * Collects what one transaction changed — message rows per conversation, conversations — and
 * tells it once the transaction committed (a rolled-back change is never announced).
 */
import type { DomainEventBus } from '../events';
import type { IncomingEvent } from './events';

type Per = { added: Set<number>; updated: Set<number>; removed: Set<number> };

export class Changes {
  private readonly messages = new Map<string, Per>();
  private readonly conversations = new Set<string>();
  private readonly removedConversations = new Set<string>();
  private readonly expired = new Map<string, number[]>();
  private readonly incoming: IncomingEvent[] = [];
  private readonly later: (() => void)[] = [];

  private per(conversationId: string): Per {
    let p = this.messages.get(conversationId);
    if (!p)
      this.messages.set(conversationId, (p = { added: new Set(), updated: new Set(), removed: new Set() }));
    return p;
  }

  added(conversationId: string, id: number): this {
    this.per(conversationId).added.add(id);
    this.conversations.add(conversationId);
    return this;
  }

  updated(conversationId: string, id: number): this {
    const p = this.per(conversationId);
    if (!p.added.has(id)) p.updated.add(id);
    this.conversations.add(conversationId);
    return this;
  }

  removed(conversationId: string, id: number): this {
    const p = this.per(conversationId);
    p.added.delete(id);
    p.updated.delete(id);
    p.removed.add(id);
    this.conversations.add(conversationId);
    return this;
  }

  expiredMessage(conversationId: string, id: number): this {
    this.removed(conversationId, id);
    const list = this.expired.get(conversationId) ?? [];
    list.push(id);
    this.expired.set(conversationId, list);
    return this;
  }

  conversation(id: string): this {
    this.conversations.add(id);
    return this;
  }

  conversationRemoved(id: string): this {
    this.messages.delete(id);
    this.conversations.delete(id);
    this.removedConversations.add(id);
    return this;
  }

  /** Every conversation changed or removed so far (config sync reads them again in the same commit). */
  ids(): string[] {
    return [...this.conversations, ...this.removedConversations];
  }

  arrived(event: IncomingEvent): this {
    this.incoming.push(event);
    return this;
  }

  /** Runs `fn` after the announcements (work that must wait for the commit: timers, polls). */
  then(fn: () => void): this {
    this.later.push(fn);
    return this;
  }

  /** Announces everything collected (call after the commit). */
  emit(events: DomainEventBus): void {
    for (const [conversationId, p] of this.messages) {
      if (p.added.size + p.updated.size + p.removed.size === 0) continue;
      events.emit('messages.changed', {
        conversationId,
        added: [...p.added],
        updated: [...p.updated],
        removed: [...p.removed],
      });
    }
    for (const [conversationId, ids] of this.expired)
      events.emit('messages.expired', { conversationId, ids });
    if (this.conversations.size + this.removedConversations.size > 0) {
      events.emit('conversations.changed', {
        upserted: [...this.conversations],
        removed: [...this.removedConversations],
      });
    }
    for (const e of this.incoming) events.emit('messaging.incoming', e);
    for (const fn of this.later) fn();
  }
}
