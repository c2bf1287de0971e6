import type { EventName, EventPayload } from '../../bridge/contract';

export type CoreEventListener = (event: EventName, payload: unknown) => void;

/** The core's outgoing event stream; hosts subscribe and forward events to their clients. */
export class EventBus {
  private readonly listeners = new Set<CoreEventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) {
      try {
        l(event, payload);
      } catch {
        // One broken subscriber (a closed socket) must not silence the rest.
      }
    }
  }

  subscribe(listener: CoreEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
