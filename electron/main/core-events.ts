/**
 * The main process's own view of the core's events, for the parts of the desktop shell that react
 * to them (the tray's unread count, the desktop settings). The IPC relay publishes each event frame
 * it forwards to the windows; subscribers never see calls or results, and a subscriber that throws
 * is dropped from that delivery without touching the relay or the others.
 */

export type CoreEventListener = (name: string, payload: unknown) => void;

const listeners = new Set<CoreEventListener>();

/** Returns the unsubscribe function. */
export function onCoreEvent(listener: CoreEventListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the relay with each decoded event frame (`{type: 'event', event, payload}`). */
export function publishCoreEvent(name: string, payload: unknown): void {
  for (const listener of listeners) {
    try {
      listener(name, payload);
    } catch {
      // The tray or a preference failing must not stop the renderer's events.
    }
  }
}
