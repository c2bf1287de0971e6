/**
 * The core's domain events: what services tell each other and the api layer (which maps them to
 * bridge events through views — a service never speaks the wire's shapes). Each service declares
 * its own events next to it, by merging into `DomainEvents`:
 *
 *   declare module '../events' {
 *     interface DomainEvents { 'message.added': { id: number; conversationId: ConversationId } }
 *   }
 *
 * so a new floor adds events without touching this file.
 */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface DomainEvents {}

export type DomainEventName = keyof DomainEvents;
export type DomainListener<E extends DomainEventName> = (payload: DomainEvents[E]) => void;

export class DomainEventBus {
  private readonly listeners = new Map<string, Set<(payload: never) => void>>();

  emit<E extends DomainEventName>(event: E, payload: DomainEvents[E]): void {
    for (const l of this.listeners.get(event) ?? []) {
      try {
        (l as DomainListener<E>)(payload);
      } catch {
        // One broken listener must not silence the rest, nor fail the service that emitted.
      }
    }
  }

  on<E extends DomainEventName>(event: E, listener: DomainListener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }
}
