/**
 * Transfers in flight (uploads and downloads): each has an AbortController (cancel, lock, quit)
 * and a progress the UI hears about as `attachments.progress`, at most every 200 ms per transfer
 * plus the moment it reaches the end. A finished or failed transfer's new state reaches the UI as
 * `messages.changed` (the message's view carries its attachments' states).
 */
import type { ConversationId, StoredAttachment } from '../../store';
import type { DomainEventBus } from '../events';

export interface AttachmentProgress {
  readonly conversationId: ConversationId;
  readonly messageId: number;
  readonly attachmentId: string;
  readonly direction: 'upload' | 'download';
  /** 0..1 */
  readonly progress: number;
}

declare module '../events' {
  interface DomainEvents {
    'attachments.progress': AttachmentProgress;
  }
}

const EVERY_MS = 200;

interface Transfer {
  readonly controller: AbortController;
  lastAt: number;
}

export class Transfers {
  private readonly running = new Map<string, Transfer>();

  constructor(
    private readonly events: DomainEventBus,
    private readonly now: () => number = Date.now,
  ) {}

  isRunning(aid: string): boolean {
    return this.running.has(aid);
  }

  /** Registers a transfer; its signal aborts on `cancel(aid)`, `stopAll()` or `parent`. */
  begin(aid: string, parent?: AbortSignal): AbortSignal {
    const controller = new AbortController();
    this.running.set(aid, { controller, lastAt: 0 });
    return parent ? AbortSignal.any([controller.signal, parent]) : controller.signal;
  }

  end(aid: string): void {
    this.running.delete(aid);
  }

  cancel(aid: string): boolean {
    const t = this.running.get(aid);
    t?.controller.abort();
    return t !== undefined;
  }

  stopAll(): void {
    for (const t of this.running.values()) t.controller.abort();
    this.running.clear();
  }

  /** A progress callback for one attachment's transfer (throttled). */
  reporter(a: StoredAttachment, direction: 'upload' | 'download'): (done: number, total: number) => void {
    return (done, total) => {
      const t = this.running.get(a.aid);
      if (!t || total <= 0) return;
      const progress = Math.min(1, done / total);
      const now = this.now();
      if (progress < 1 && now - t.lastAt < EVERY_MS) return;
      t.lastAt = now;
      this.events.emit('attachments.progress', {
        conversationId: a.conversationId,
        messageId: a.messageId,
        attachmentId: a.aid,
        direction,
        progress,
      });
    };
  }

  /** The message's view changed (an attachment's state): one `messages.changed` update. */
  changed(a: Pick<StoredAttachment, 'conversationId' | 'messageId'>): void {
    this.events.emit('messages.changed', {
      conversationId: a.conversationId,
      added: [],
      updated: [a.messageId],
      removed: [],
    });
  }
}
