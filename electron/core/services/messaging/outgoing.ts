/**
 * Queues what we send: inside the caller's transaction the bytes are built (wire.ts), the message
 * row is written (state `sending`, its bytes kept for retries) and the outbox job enqueued — one
 * commit before any network I/O, so an accepted send survives `kill -9` and resumes at start-up.
 */
import type { SessionId } from '../../crypto/ids';
import {
  codePointCount,
  MAX_ATTACHMENTS_PER_MESSAGE,
  MAX_SEND_BODY_CODE_POINTS,
  MessageEncodeError,
  type Expiration,
  type OutgoingMessage,
} from '../../protocol';
import type { ConversationId, ExpireMode, NewMessage, WriteDb } from '../../store';
import type { AccountSession } from '../session/account-session';
import type { AttachmentHooks } from './attachment-hooks';
import type { Changes } from './changes';
import { ONE_TO_ONE_JOB, TYPING_JOB } from './send-jobs';
import { buildCopies, encodePayload, type CopyRole } from './wire';

export interface RowFields {
  readonly kind?: string;
  readonly body?: string | null;
  readonly notice?: string | null;
  readonly quote?: NewMessage['quote'];
  readonly clientKey?: string;
}

export function expireFields(e: Expiration | undefined): { expireMode: ExpireMode; expireTimerS: number } {
  return !e || e.mode === 'off'
    ? { expireMode: 'off', expireTimerS: 0 }
    : { expireMode: e.mode, expireTimerS: e.seconds };
}

/** The row of a message we send (state `sending`, its bytes kept for a retry). */
export function outgoingRow(
  conversationId: ConversationId,
  sender: SessionId,
  m: OutgoingMessage,
  row: RowFields,
  wire: Uint8Array,
): NewMessage {
  return {
    conversationId,
    sender,
    outgoing: true,
    sentAt: m.sentAtMs,
    receivedAt: m.sentAtMs,
    kind: row.kind ?? 'text',
    body: row.body ?? null,
    notice: row.notice ?? null,
    state: 'sending',
    ...(row.quote ? { quote: row.quote } : {}),
    ...expireFields('expiration' in m ? m.expiration : undefined),
    wire,
    clientKey: row.clientKey ?? null,
  };
}

export class Outgoing {
  private last = 0;

  constructor(
    private readonly session: AccountSession,
    private readonly attachments: () => AttachmentHooks | undefined = () => undefined,
  ) {}

  /**
   * A network time for something we send, strictly after the previous one: (sender, time) is a
   * message's identity (§3.5), so two sends in the same millisecond would make the receiver drop
   * the second as a duplicate. `count` reserves that many consecutive times (T, T + 1, …).
   */
  stamp(count = 1): number {
    const t = Math.max(this.session.now(), this.last + 1);
    this.last = t + count - 1;
    return t;
  }

  /**
   * A message with a row in the conversation with `peer` (visible, timer update). Returns the row
   * id. Throws MessageEncodeError for a message that cannot be sent (too long, empty…). With
   * `uploads` (staged attachment ids) its bytes wait for their upload jobs (attachment-hooks.ts).
   */
  message(
    tx: WriteDb,
    peer: SessionId,
    m: OutgoingMessage,
    row: RowFields,
    changes: Changes,
    uploads: readonly string[] = [],
  ): number {
    const hooks = uploads.length > 0 ? this.attachments() : undefined;
    if (uploads.length > 0 && !hooks) throw new Error('Attachments are not available in this core.');
    const payload = hooks
      ? deferredPayload(m, uploads.length)
      : encodePayload(buildCopies(this.session.identity.keys, peer, m));
    const { store, identity } = this.session;
    const id = store.messages.insert(tx, outgoingRow(peer, identity.sessionId, m, row, payload));
    if (id === undefined) throw new Error('The outgoing message could not be stored.');
    const dependsOn = hooks?.attach(tx, id, uploads) ?? [];
    this.session.outbox.enqueue(tx, { kind: ONE_TO_ONE_JOB, messageId: id, payload, dependsOn });
    changes.added(peer, id);
    return id;
  }

  /** A control message without a row (receipt, unsend request, request response, data extraction). */
  control(tx: WriteDb, peer: SessionId, m: OutgoingMessage, only?: CopyRole): void {
    const payload = buildCopies(this.session.identity.keys, peer, m, only ? { only } : {});
    if (payload.copies.length === 0) return;
    this.session.outbox.enqueue(tx, { kind: ONE_TO_ONE_JOB, payload: encodePayload(payload) });
  }

  /** A typing indicator: its own kind, one attempt (§3.5). */
  typing(tx: WriteDb, peer: SessionId, action: 'started' | 'stopped'): void {
    const m: OutgoingMessage = { kind: 'typing', sentAtMs: this.stamp(), action };
    const payload = buildCopies(this.session.identity.keys, peer, m, { only: 'recipient' });
    this.session.outbox.enqueue(tx, { kind: TYPING_JOB, payload: encodePayload(payload) });
  }

  /** Re-queues a failed message with the bytes it was built with (same timestamp, same hash). */
  retry(tx: WriteDb, id: number, changes: Changes, conversationId: string): boolean {
    const { store } = this.session;
    const wire = store.chat.wireOf(tx, id);
    if (!wire) return false;
    store.messages.setState(tx, id, 'sending', { now: this.session.now() });
    // Failed uploads go again first; a message whose copies were built waits for nothing.
    const dependsOn = this.attachments()?.requeue(tx, id) ?? [];
    this.session.outbox.enqueue(tx, { kind: ONE_TO_ONE_JOB, messageId: id, payload: wire, dependsOn });
    changes.updated(conversationId, id);
    return true;
  }
}

/** The placeholder payload of a message with attachments; the checks its encoding would make. */
function deferredPayload(m: OutgoingMessage, attachments: number): Uint8Array {
  if (m.kind !== 'visible') throw new Error('Only visible messages carry attachments.');
  if (codePointCount(m.body ?? '') > MAX_SEND_BODY_CODE_POINTS) {
    throw new MessageEncodeError('body-too-long', 'A message has at most 2,000 characters.');
  }
  if (attachments > MAX_ATTACHMENTS_PER_MESSAGE) {
    throw new MessageEncodeError('too-many-attachments', 'A message carries at most 32 attachments.');
  }
  return encodePayload({ v: 1, sentAtMs: m.sentAtMs, copies: [], deferred: true });
}
