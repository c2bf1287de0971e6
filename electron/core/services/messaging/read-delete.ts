/**
 * Reading and deleting (protocol reference §3.5, §11.3, §11.5):
 * - marking read starts after-read timers, shortens those messages' expiry in our own swarm
 *   (`expire {shorten}`, grouped by deadline) and sends a read receipt when the setting allows;
 * - delete for me, on all my devices, or for everyone (unsend: our own swarm copy is deleted
 *   first — if that fails nothing changes — then the placeholders, then the UnsendRequests).
 */
import type { SessionId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import type { MessageRecord, ReadMessage, WriteDb } from '../../store';
import { conversationOf, messageOf, writeTracked, type Active } from './active';
import { Changes } from './changes';
import { MessagingError } from './messaging-error';
import { SWARM_EXPIRE_JOB } from './send-jobs';

/** Desktop groups hashes with the same deadline; a storage batch holds 20 subrequests. */
const EXPIRE_BATCH = 20;

function shortenOnSwarm(a: Active, tx: WriteDb, read: readonly ReadMessage[]): void {
  const byExpiry = new Map<number, string[]>();
  for (const r of read) {
    if (r.serverHash === null || r.expiresAt === null) continue;
    const list = byExpiry.get(r.expiresAt) ?? [];
    list.push(r.serverHash);
    byExpiry.set(r.expiresAt, list);
  }
  for (const [expiryMs, hashes] of byExpiry) {
    for (let i = 0; i < hashes.length; i += EXPIRE_BATCH) {
      const payload = new TextEncoder().encode(
        JSON.stringify({ hashes: hashes.slice(i, i + EXPIRE_BATCH), expiryMs }),
      );
      a.session.outbox.enqueue(tx, { kind: SWARM_EXPIRE_JOB, payload });
    }
  }
}

/** Marks read up to `upToSentAt` (everything when omitted); returns the unread count left. */
export function markRead(a: Active, conversationId: string, upToSentAt = Number.MAX_SAFE_INTEGER): number {
  const conv = conversationOf(a, conversationId);
  const { store } = a.session;
  const changes = new Changes();
  const unread = writeTracked(a, changes, (tx) => {
    const now = a.session.now();
    const read = store.messages.markRead(tx, conv.id, upToSentAt, now);
    store.chat.setMarkedUnread(tx, conv.id, false);
    a.sync.read(tx, conv.id, upToSentAt);
    changes.conversation(conv.id);
    for (const r of read) changes.updated(conv.id, r.id);
    shortenOnSwarm(a, tx, read);
    const sendsReceipts =
      a.settings().readReceipts &&
      conv.id !== a.self &&
      conv.requestState === 'accepted' &&
      !a.people.isBlocked(conv.id);
    const timestamps = read.filter((r) => r.sender === conv.id).map((r) => r.sentAt);
    if (sendsReceipts && timestamps.length > 0) {
      a.outgoing.control(tx, conv.id, { kind: 'read-receipt', sentAtMs: a.outgoing.stamp(), timestamps });
    }
    return store.conversations.get(tx, conv.id)?.unreadCount ?? 0;
  });
  changes.emit(a.events);
  a.expiry.reschedule();
  return unread;
}

/** The hash of a message's copy in OUR swarm: the sync copy for outgoing, the received one otherwise. */
function ownSwarmHash(m: MessageRecord): string | null {
  return m.outgoing ? m.syncHash : m.serverHash;
}

async function deleteFromOwnSwarm(a: Active, hashes: readonly string[]): Promise<void> {
  if (hashes.length === 0) return;
  const net = a.session.network.current();
  if (!net) throw new MessagingError('delete-failed', 'The network is not connected.');
  try {
    await net.deleteMessages(a.session.identity.swarmAuth, hashes);
  } catch (e) {
    a.session.logger.warn('swarm delete failed', { code: errorCode(e) });
    throw new MessagingError('delete-failed', 'Our copy could not be removed from the swarm.', { cause: e });
  }
}

function queueUnsends(
  a: Active,
  tx: WriteDb,
  peer: SessionId,
  targets: readonly MessageRecord[],
  syncOnly: boolean,
): void {
  const base = a.outgoing.stamp(targets.length);
  targets.forEach((m, i) => {
    // §3.5: every request its own Content with a distinct time, T = now + i.
    a.outgoing.control(
      tx,
      peer,
      { kind: 'unsend', sentAtMs: base + i, target: { author: m.sender, sentAtMs: m.sentAt } },
      syncOnly ? 'sync' : undefined,
    );
  });
}

export type DeleteScope = 'this-device' | 'my-devices' | 'everyone';

export async function deleteMessages(
  a: Active,
  conversationId: string,
  ids: readonly number[],
  scope: DeleteScope,
): Promise<number[]> {
  const conv = conversationOf(a, conversationId);
  const targets = ids.map((id) => messageOf(a, id, conv.id));
  const noteToSelf = conv.id === a.self;
  if (scope === 'everyone') {
    const refused = targets.some((m) => !m.outgoing || m.kind !== 'text' || ownSwarmHash(m) === null);
    if (refused) {
      throw new MessagingError(
        'not-deletable-for-everyone',
        'Only our own sent messages can be deleted for everyone.',
      );
    }
  }
  if (scope !== 'this-device') {
    await deleteFromOwnSwarm(
      a,
      targets.map(ownSwarmHash).filter((h): h is string => h !== null),
    );
  }
  const changes = new Changes();
  a.session.store.write((tx) => {
    for (const m of targets) {
      // Unsend leaves a placeholder in a 1:1; everything else (and Note to Self) is removed.
      if (scope === 'everyone' && !noteToSelf) {
        a.session.store.chat.toPlaceholder(tx, m.id);
        changes.updated(conv.id, m.id);
      } else if (a.session.store.messages.remove(tx, m.id)) {
        changes.removed(conv.id, m.id);
      }
    }
    if (scope === 'everyone') queueUnsends(a, tx, conv.id, targets, noteToSelf);
    if (scope === 'my-devices') queueUnsends(a, tx, conv.id, targets, true);
  });
  changes.emit(a.events);
  return targets.map((m) => m.id);
}
