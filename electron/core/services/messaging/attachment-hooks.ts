/**
 * The seam between one-to-one messaging and attachments (issue 14). Messaging knows nothing of
 * files; the attachments module, created after it, hands it these hooks (`useAttachments`). A
 * message with attachments is written at once (so the UI shows it with its upload progress), but
 * its bytes are built only when its upload jobs — which its job `dependsOn` — have succeeded: the
 * pointers need the URLs the file server gives.
 */
import type { ReceivedAttachment, RejectedAttachment, AttachmentPointer } from '../../protocol';
import type { ConversationId, ReadDb, WriteDb } from '../../store';

export interface AttachmentHooks {
  /**
   * Inside the send's transaction: moves staged uploads (by upload id) onto message `messageId`
   * and queues their upload jobs. Returns the job ids the message must wait for. Throws
   * MessagingError('attachment-not-found') for an id that is unknown, cancelled or failed.
   */
  attach(tx: WriteDb, messageId: number, uploadIds: readonly string[]): number[];
  /** Inside a retry's transaction: re-queues the message's failed uploads; the jobs to wait for. */
  requeue(tx: WriteDb, messageId: number): number[];
  /** The pointers of an outgoing message in order, or undefined while an upload is unfinished. */
  pointers(db: ReadDb, messageId: number): AttachmentPointer[] | undefined;
  /**
   * Inside the inbox batch's transaction: keeps an incoming (or synced) message's pointers; returns
   * the usable ones by their opaque ids (what `listen` prints with the message).
   */
  received(
    tx: WriteDb,
    message: {
      readonly id: number;
      readonly conversationId: ConversationId;
      readonly attachments: readonly ReceivedAttachment[];
      readonly rejected: readonly RejectedAttachment[];
      /** A message request's files are not fetched without asking. */
      readonly request: boolean;
    },
    afterCommit: (fn: () => void) => void,
  ): readonly IncomingFile[];
}

/** An incoming attachment as the stream of arrivals names it. */
export interface IncomingFile {
  readonly id: string;
  readonly fileName: string | null;
  readonly size: number;
  readonly contentType: string;
}
