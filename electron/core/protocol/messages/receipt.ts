import { SessionProtos } from '../content-codec';
import { dropped, type DroppedContent, type EnvelopeFacts } from './envelope-facts';
import { MessageEncodeError } from './message-error';
import { isSafeTime } from './wire-values';

/**
 * Read receipt: the sent timestamps of the recipient's messages we just read (protocol reference
 * §3.5 "Read receipts"). Never disappearing; DELIVERY receipts are never sent.
 */
export interface ReadReceiptMessage {
  readonly kind: 'read-receipt';
  readonly sentAtMs: number;
  readonly timestamps: readonly number[];
}

export interface IncomingReadReceipt extends EnvelopeFacts {
  readonly kind: 'read-receipt';
  readonly timestamps: readonly number[];
}

const READ = SessionProtos.ReceiptMessage.Type.READ;

export function receiptContent(m: ReadReceiptMessage): SessionProtos.IContent {
  if (m.timestamps.length === 0) {
    throw new MessageEncodeError('receipt-empty', 'A read receipt names at least one message.');
  }
  if (!m.timestamps.every((t) => isSafeTime(t))) {
    throw new MessageEncodeError('timestamp', 'A read receipt names messages by their sent time.');
  }
  return { receiptMessage: { type: READ, timestamp: [...m.timestamps] } };
}

/** Desktop handles READ only; times that cannot name a message are left out. */
export function readReceipt(
  receipt: SessionProtos.IReceiptMessage,
  facts: EnvelopeFacts,
): IncomingReadReceipt | DroppedContent {
  if (receipt.type !== READ) return dropped(facts, 'receipt-not-read');
  const timestamps = (receipt.timestamp ?? []).filter((t) => isSafeTime(t));
  if (timestamps.length === 0) return dropped(facts, 'receipt-empty');
  return { ...facts, kind: 'read-receipt', timestamps };
}
