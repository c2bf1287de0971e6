/**
 * The core's outgoing event stream; hosts subscribe and forward events to their clients. Every
 * payload is parsed against its contract schema first: unknown keys are stripped (no stray field —
 * a secret — leaves the core in an event) and a payload that does not match is dropped and logged.
 */
import { events, type EventName, type EventPayload } from '../../bridge/contract';
import { silentLogger, type Logger } from '../log';

export type CoreEventListener = (event: EventName, payload: unknown) => void;

export class EventBus {
  private readonly listeners = new Set<CoreEventListener>();

  constructor(private readonly logger: Logger = silentLogger) {}

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const checked = events[event].safeParse(payload);
    if (!checked.success) {
      this.logger.error('event does not match its schema', { event });
      return;
    }
    for (const l of this.listeners) {
      try {
        l(event, checked.data);
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
