/**
 * Who is typing now (memory only): shown for 15 s after each STARTED unless STOPPED or a message
 * from them arrives (protocol reference §3.5 "Typing indicators").
 */
import type { DomainEventBus } from '../events';
import type { TimerHandle, Timers } from '../session/timers';

export const TYPING_SHOWN_MS = 15_000;

export class TypingState {
  private readonly active = new Map<string, TimerHandle>();

  constructor(
    private readonly timers: Timers,
    private readonly events: DomainEventBus,
  ) {}

  isTyping(conversationId: string): boolean {
    return this.active.has(conversationId);
  }

  set(conversationId: string, typing: boolean): void {
    const was = this.active.has(conversationId);
    this.timers.clearTimeout(this.active.get(conversationId));
    this.active.delete(conversationId);
    if (typing) {
      this.active.set(
        conversationId,
        this.timers.setTimeout(() => this.set(conversationId, false), TYPING_SHOWN_MS),
      );
    }
    if (was !== typing) this.events.emit('typing.changed', { conversationId, typing });
  }

  /** A message from them arrived: no longer typing. True when they were (the caller tells the UI). */
  clear(conversationId: string): boolean {
    const t = this.active.get(conversationId);
    if (t === undefined) return false;
    this.timers.clearTimeout(t);
    this.active.delete(conversationId);
    return true;
  }

  clearAll(): void {
    for (const t of this.active.values()) this.timers.clearTimeout(t);
    this.active.clear();
  }
}
