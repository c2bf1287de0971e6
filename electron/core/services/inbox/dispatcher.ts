/**
 * Turns a poll batch into store changes, in one transaction. The CPU work — opening, verifying,
 * decoding, classifying each envelope (`prepare`, given by the pipeline's owner, e.g. messaging) —
 * happens before the transaction; inside it each message goes to the handler of its kind, in its
 * own savepoint (one message that throws is undone alone), and the batch's cursor is committed
 * last. Whatever is dropped is counted by reason and logged without content; nothing ends the loop.
 */
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import type { PollBatch, PolledMessage } from '../../network';
import type { WriteDb } from '../../store';
import type { AccountSession } from '../session/account-session';
import type { InboxContext, InboxKinds, InboxMessage } from './kinds';

/** What preparing one envelope gave: a message for a handler, or why it was dropped. */
export type Prepared<M extends InboxMessage> =
  { readonly ok: true; readonly message: M } | { readonly ok: false; readonly reason: string };

export interface InboxDispatcherOptions<M extends InboxMessage> {
  readonly session: AccountSession;
  readonly kinds: InboxKinds;
  /** Opens, verifies and classifies one envelope; a throw counts as a drop by its error code. */
  readonly prepare: (raw: PolledMessage) => Prepared<M> | Promise<Prepared<M>>;
  /**
   * Inside the batch's transaction, just before a message's handler: a reason to drop it, or
   * undefined. It sees what earlier namespaces of the same round wrote (config sync drops messages
   * older than a removal its configs record, §10).
   */
  readonly admit?: (tx: WriteDb, message: M, ctx: InboxContext) => string | undefined;
  readonly logger: Logger;
}

/** A batch after its CPU step: each envelope with what preparing it gave. */
export interface PreparedBatch<M extends InboxMessage> {
  readonly items: readonly { readonly raw: PolledMessage; readonly p: Prepared<M> }[];
}

/** What applying a batch did, recorded by `committed` once its transaction is in. */
export interface BatchOutcome {
  readonly after: readonly (() => void)[];
  readonly applied: number;
  readonly drops: Readonly<Record<string, number>>;
}

export interface InboxStats {
  /** Messages handed to a handler that returned. */
  readonly applied: number;
  /** Dropped messages by reason: a prepare reason, `unhandled:<kind>` or `failed:<kind>:<code>`. */
  readonly dropped: Readonly<Record<string, number>>;
  readonly batches: number;
}

export class InboxDispatcher<M extends InboxMessage> {
  private applied = 0;
  private batches = 0;
  private readonly dropped: Record<string, number> = {};
  private readonly log: Logger;

  constructor(private readonly opts: InboxDispatcherOptions<M>) {
    this.log = opts.logger.child('inbox');
  }

  /** The poller's consumer: the whole batch and its cursor in one transaction. */
  readonly consume = async (batch: PollBatch<WriteDb>): Promise<void> => {
    const prepared = await this.prepareAll(batch.messages);
    const outcome = this.opts.session.store.write((tx) => {
      const applied = this.applyPrepared(tx, prepared);
      batch.commit(tx);
      return applied;
    });
    this.committed(outcome);
  };

  /**
   * The CPU part of a batch, outside any transaction. With `applyPrepared` and `committed` it lets
   * a caller that commits several namespaces' messages in one transaction (a SwarmInbox) use the
   * same rules as `consume`.
   */
  async prepareAll(messages: readonly PolledMessage[]): Promise<PreparedBatch<M>> {
    const items: PreparedBatch<M>['items'][number][] = [];
    for (const raw of messages) items.push({ raw, p: await this.prepare(raw) });
    return { items };
  }

  /** Inside the batch's transaction: each message to its handler, in its own savepoint. */
  applyPrepared(tx: WriteDb, prepared: PreparedBatch<M>): BatchOutcome {
    const after: (() => void)[] = [];
    const now = this.opts.session.now();
    const drops: Record<string, number> = {};
    let applied = 0;
    const drop = (reason: string): void => void (drops[reason] = (drops[reason] ?? 0) + 1);
    for (const { raw, p } of prepared.items) {
      if (!p.ok) {
        drop(p.reason);
        continue;
      }
      const handler = this.opts.kinds.get(p.message.kind);
      if (!handler) {
        drop(`unhandled:${p.message.kind}`);
        continue;
      }
      const mine: (() => void)[] = [];
      const ctx: InboxContext = {
        session: this.opts.session,
        source: raw,
        now,
        afterCommit: (fn) => void mine.push(fn),
      };
      const refused = this.opts.admit?.(tx, p.message, ctx);
      if (refused !== undefined) {
        drop(refused);
        continue;
      }
      try {
        tx.savepoint(() => handler(tx, p.message, ctx));
        after.push(...mine);
        applied++;
      } catch (e) {
        drop(`failed:${p.message.kind}:${errorCode(e)}`);
      }
    }
    return { after, applied, drops };
  }

  /** After the transaction committed: counters, the drop log, the handlers' after-commit steps. */
  committed(outcome: BatchOutcome): void {
    // Counted only once committed: a rolled-back batch comes again and is counted then.
    const { after, applied, drops } = outcome;
    this.applied += applied;
    this.batches++;
    for (const [reason, n] of Object.entries(drops)) this.dropped[reason] = (this.dropped[reason] ?? 0) + n;
    if (Object.keys(drops).length > 0) this.log.warn('inbox messages dropped', { ...drops });
    for (const fn of after) {
      try {
        fn();
      } catch (e) {
        this.log.warn('inbox after-commit step failed', { code: errorCode(e) });
      }
    }
  }

  stats(): InboxStats {
    return { applied: this.applied, dropped: { ...this.dropped }, batches: this.batches };
  }

  private async prepare(raw: PolledMessage): Promise<Prepared<M>> {
    try {
      return await this.opts.prepare(raw);
    } catch (e) {
      return { ok: false, reason: errorCode(e) };
    }
  }
}
