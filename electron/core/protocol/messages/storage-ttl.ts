import type { OutgoingMessage } from './outgoing';

/** Storage TTLs (protocol reference §11.8; desktop `TTL_DEFAULT`). */
export const TTL_CONTENT_MS = 14 * 24 * 3_600_000;
export const TTL_TYPING_MS = 20_000;

/** Where a copy is stored: the recipient's swarm, our own (sync copy, Note to Self), or a group's. */
export type StorageDestination = 'recipient' | 'own-swarm' | 'group';

/**
 * How long the swarm keeps a message (§11.3): typing 20 s; delete-after-send the timer; the copy
 * of a delete-after-read message in our own swarm the timer too (the recipient's copy waits to be
 * read); everything else 14 days.
 */
export function storageTtlMs(message: OutgoingMessage, destination: StorageDestination): number {
  if (message.kind === 'typing') return TTL_TYPING_MS;
  const expiration = 'expiration' in message ? message.expiration : undefined;
  if (!expiration || expiration.mode === 'off') return TTL_CONTENT_MS;
  if (expiration.mode === 'after-send' || destination === 'own-swarm') return expiration.seconds * 1000;
  return TTL_CONTENT_MS;
}
