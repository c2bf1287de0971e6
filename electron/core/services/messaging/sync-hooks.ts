/**
 * What messaging tells config sync (issue 12), inside its own transactions, so that every change
 * the user configs track — a new contact, approval, block, nickname, pin, hide, mute, timer, read
 * position — reaches them in the same commit; and what it asks of it while applying an inbox
 * batch (the rule that drops messages older than a removal the configs record, §10). Config sync
 * registers itself with `MessagingService.useSyncHooks`; without it nothing is tracked.
 */
import type { SessionId } from '../../crypto/ids';
import type { WriteDb } from '../../store';

export interface IncomingFacts {
  /** The one-to-one conversation the message belongs to (Note to Self for our own notes). */
  readonly conversation: SessionId;
  readonly sentAtMs: number;
  readonly fromSelf: boolean;
}

export interface SyncHooks {
  /** These conversations (and their contacts) may have changed in `tx`: read them again. */
  changed(tx: WriteDb, conversationIds: readonly string[]): void;
  /** The user read a conversation up to `upToSentAt` (its newest message when that is later). */
  read(tx: WriteDb, conversationId: SessionId, upToSentAt: number): void;
  /** Inside an inbox batch: why a message must be dropped, or undefined to apply it. */
  admit(tx: WriteDb, message: IncomingFacts): string | undefined;
}

export const NO_SYNC: SyncHooks = {
  changed: () => undefined,
  read: () => undefined,
  admit: () => undefined,
};
