import type { SessionId } from '../../crypto/ids';
import type { ConversationId, ExpireMode } from './conversations';

/**
 * Outgoing: sending → sent → read (the recipient's receipt), sending → failed → sending (retry).
 * Incoming: unread → read. Everything else is an illegal transition.
 */
export type MessageState = 'sending' | 'sent' | 'failed' | 'read' | 'unread';

export const MESSAGE_TRANSITIONS: Readonly<Record<MessageState, readonly MessageState[]>> = {
  sending: ['sent', 'failed'],
  failed: ['sending'],
  sent: ['read'],
  unread: ['read'],
  read: [],
};

export interface QuoteRef {
  readonly author: SessionId;
  readonly sentAt: number;
  /** A short copy of the quoted text, shown even when the original is gone. */
  readonly body: string | null;
}

export interface AttachmentRef {
  readonly position: number;
  readonly contentType: string;
  readonly size: number;
  readonly fileName: string | null;
  readonly url: string | null;
  readonly key: Uint8Array | null;
  readonly digest: Uint8Array | null;
  readonly localPath: string | null;
  readonly width: number | null;
  readonly height: number | null;
  /** Schema 0007: the opaque id, transfer state and what a voice note or caption adds. */
  readonly aid?: string | null;
  readonly state?: string;
  readonly failure?: string | null;
  readonly voice?: boolean;
  readonly caption?: string | null;
  readonly durationMs?: number | null;
}

export interface Reaction {
  readonly author: SessionId;
  readonly emoji: string;
  readonly reactedAt: number;
}

export interface MessageRecord {
  readonly id: number;
  readonly conversationId: ConversationId;
  readonly sender: SessionId;
  readonly outgoing: boolean;
  /** The protocol timestamp (ms) the sender put on the message; the order of a conversation. */
  readonly sentAt: number;
  readonly receivedAt: number;
  /** 'text' for visible messages; services may use other kinds for control/info rows. */
  readonly kind: string;
  readonly body: string | null;
  readonly state: MessageState;
  readonly failureReason: string | null;
  readonly serverHash: string | null;
  readonly readAt: number | null;
  readonly expireMode: ExpireMode;
  readonly expireTimerS: number;
  readonly expiresAt: number | null;
  readonly quote: QuoteRef | null;
  readonly attachments: readonly AttachmentRef[];
  readonly reactions: readonly Reaction[];
  /** A control row's notice (JSON, shaped by the service that wrote it); null for other rows. */
  readonly notice: string | null;
  /** The storage hash of our own-swarm copy of an outgoing message (sync copy / Note to Self). */
  readonly syncHash: string | null;
  /** When the disappearing timer started, if it has. */
  readonly expireStartedAt: number | null;
}

export type NewMessage = Omit<
  MessageRecord,
  | 'id'
  | 'readAt'
  | 'reactions'
  | 'attachments'
  | 'failureReason'
  | 'kind'
  | 'expireMode'
  | 'expireTimerS'
  | 'expiresAt'
  | 'quote'
  | 'serverHash'
  | 'notice'
  | 'syncHash'
  | 'expireStartedAt'
> &
  Partial<
    Pick<
      MessageRecord,
      | 'kind'
      | 'expireMode'
      | 'expireTimerS'
      | 'expiresAt'
      | 'quote'
      | 'serverHash'
      | 'failureReason'
      | 'notice'
      | 'syncHash'
      | 'expireStartedAt'
    >
  > & {
    readonly attachments?: readonly AttachmentRef[];
    /** Sealed bytes of an outgoing message kept until it is sent (retries reuse them). */
    readonly wire?: Uint8Array | null;
    /** The caller's idempotency key: a second insert with it fails on the unique index. */
    readonly clientKey?: string | null;
  };

/** Where a page ends; pass it back to get the next one. */
export interface PageCursor {
  readonly sentAt: number;
  readonly id: number;
}

/** What marking a conversation read changed, for read receipts and after-read expiry timers. */
export interface ReadMessage {
  readonly id: number;
  readonly sender: SessionId;
  readonly sentAt: number;
  readonly serverHash: string | null;
  readonly expiresAt: number | null;
}
