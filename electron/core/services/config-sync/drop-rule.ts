/**
 * Desktop's `shouldDropIncomingPrivateMessage` (ts/receiver/contentMessage.ts with
 * sentAtMoreRecent.ts, v1.17.17): a one-to-one message sent well before the newest config merged
 * from another device is dropped when that config says its conversation is gone — not in
 * Contacts, or hidden (priority −1); for Note to Self, UserProfile's priority — so an old message
 * still in the swarm (14 days) never brings back a chat the user deleted elsewhere, notably on
 * restore. "Well before" is desktop's 2-minute margin (the config may not include a message sent
 * just before it). Note to Self is judged by UserProfile's time, everything else by Contacts'.
 *
 * Where desktop checks Note to Self for every message from our own devices (even one synced to
 * another contact), Shallot checks the conversation the message belongs to.
 */
import type { WriteDb } from '../../store';
import type { IncomingFacts } from '../messaging/sync-hooks';
import { HIDDEN } from './mapping';
import type { SyncContext } from './sync-context';

const MARGIN_MS = 2 * 60_000;
export const OLDER_THAN_CONFIG = 'older-than-config';

export function dropOlderThanRemoval(ctx: SyncContext, tx: WriteDb, m: IncomingFacts): string | undefined {
  const noteToSelf = m.conversation === ctx.self;
  const mergedAt = ctx.session.store.configs.mergedAt(tx, noteToSelf ? 2 : 3);
  if (mergedAt === 0 || m.sentAtMs > mergedAt - MARGIN_MS) return undefined;
  if (noteToSelf) return ctx.book.get(tx, 2).noteToSelfPriority <= HIDDEN ? OLDER_THAN_CONFIG : undefined;
  const entry = ctx.book.get(tx, 3).get(m.conversation);
  return !entry || entry.priority <= HIDDEN ? OLDER_THAN_CONFIG : undefined;
}
