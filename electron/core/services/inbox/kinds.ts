/**
 * Inbox handlers by content kind. What arrives from a swarm is opened, verified and classified
 * into a typed message first (messaging's classifier over `protocol/messages`, outside any
 * transaction); each classified message then goes to the handler of its `kind`, which applies it
 * inside the batch's single transaction — the one that also advances the poll cursor.
 *
 * A handler must be synchronous and must write only through `tx`: its changes, the batch's other
 * messages and the cursor commit together, so a crash never applies a message twice. Effects
 * outside the store (events to the UI, waking the outbox) go through `ctx.afterCommit`.
 */
import type { PolledMessage } from '../../network';
import type { WriteDb } from '../../store';
import type { AccountSession } from '../session/account-session';

/** A classified message: anything with a `kind` naming its handler. */
export interface InboxMessage {
  readonly kind: string;
}

export interface InboxContext {
  readonly session: AccountSession;
  /** The envelope as the swarm gave it (hash, namespace, server timestamps). */
  readonly source: PolledMessage;
  /** Network time when the batch arrived. */
  readonly now: number;
  afterCommit(fn: () => void): void;
}

export type InboxHandler<M extends InboxMessage> = (tx: WriteDb, message: M, ctx: InboxContext) => void;

export class InboxKinds {
  private readonly handlers = new Map<string, InboxHandler<InboxMessage>>();

  /**
   * Registers the handler of one kind; `M` is that kind's variant of the classifier's union.
   * One handler per kind: a second registration is a wiring mistake and throws.
   */
  on<M extends InboxMessage>(kind: M['kind'], handler: InboxHandler<M>): void {
    if (this.handlers.has(kind)) throw new Error(`An inbox handler for "${kind}" is registered already.`);
    // Sound as long as kinds are unique within the classifier's union: only an M reaches it.
    this.handlers.set(kind, handler as InboxHandler<InboxMessage>);
  }

  get(kind: string): InboxHandler<InboxMessage> | undefined {
    return this.handlers.get(kind);
  }
}
