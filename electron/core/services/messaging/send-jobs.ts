/**
 * Outbox job kinds of one-to-one messaging:
 *
 * - `one-to-one`: stores the prepared copies (wire.ts) — the recipient's, then our sync copy — and
 *   marks the message `sent` only when every copy was accepted. Each accepted copy's hash is kept
 *   as progress, so an attempt after a crash skips what already landed; the bytes never change,
 *   so a repeated store lands under the same hash (the swarm keeps one copy). Control messages
 *   (receipts, unsend requests, request responses, data-extraction notices) are the same kind
 *   without a message row.
 * - `typing`: a typing indicator; one attempt, no retries (§3.5), TTL 20 s.
 * - `swarm-expire`: shortens the expiry of messages in our own swarm (after-read timers, §11.3).
 */
import { errorCode } from '../../errors';
import { isNetworkError } from '../../network';
import type { OutboxJob, Store, WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import {
  done,
  fail,
  retryLater,
  type JobContext,
  type JobOutcome,
  type OutboxHandler,
} from '../outbox/kinds';
import { Changes } from './changes';
import { copyBytes, decodePayload, type CopyRole, type SendPayload } from './wire';

export const ONE_TO_ONE_JOB = 'one-to-one';
export const TYPING_JOB = 'typing';
export const SWARM_EXPIRE_JOB = 'swarm-expire';

/** Attempts before a message is `failed` (the user can retry; the bytes are kept on the row). */
export const SEND_MAX_ATTEMPTS = 8;

type Progress = Partial<Record<CopyRole, string>>;

function readProgress(bytes: Uint8Array | null): Progress {
  if (!bytes) return {};
  try {
    const v: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof v === 'object' && v !== null ? v : {};
  } catch {
    return {};
  }
}

/** A network failure another attempt cannot fix (a refused signature, a too-large message). */
function finalFailure(e: unknown): boolean {
  return isNetworkError(e) && e.retryable === false && e.code !== 'closed';
}

type Stored =
  { readonly ok: true; readonly hashes: Progress } | { readonly ok: false; readonly outcome: JobOutcome };

/**
 * Stores every copy not yet accepted, at once (the recipient's and our own swarm are independent);
 * after a partial failure the accepted hashes are checkpointed, so the next attempt stores only
 * what is still missing.
 */
async function storeCopies(payload: SendPayload, job: OutboxJob, ctx: JobContext): Promise<Stored> {
  const progress = readProgress(job.progress);
  const net = await ctx.network();
  const pending = payload.copies.filter((c) => !progress[c.role]);
  const results = await Promise.all(
    pending.map(async (copy) => {
      const data = copyBytes(copy);
      if (!data) return { ok: false as const, outcome: fail('payload-damaged') };
      try {
        const { hash } = await net.store({ pubkey: copy.to, namespace: 0, data, ttlMs: copy.ttlMs });
        progress[copy.role] = hash;
        return { ok: true as const };
      } catch (e) {
        const code = `network-${errorCode(e)}`;
        return { ok: false as const, outcome: finalFailure(e) ? fail(code) : retryLater(code) };
      }
    }),
  );
  // A checkpoint only when something is left for a later attempt: on the happy path `done` follows at
  // once, and a crash in between only stores the same bytes again (same hash, one copy in the swarm).
  if (results.some((r) => !r.ok)) ctx.saveProgress(new TextEncoder().encode(JSON.stringify(progress)));
  if (ctx.signal.aborted) throw new Error('The outbox stopped.');
  const failed = results.find((r) => !r.ok);
  return failed && !failed.ok ? { ok: false, outcome: failed.outcome } : { ok: true, hashes: progress };
}

export interface SendJobDeps {
  readonly store: () => Store;
  readonly events: DomainEventBus;
  /** Inside the job's done-transaction: the message's row becomes `sent` (messaging-service). */
  readonly onSent: (
    tx: WriteDb,
    job: OutboxJob,
    payload: SendPayload,
    hashes: Progress,
    changes: Changes,
  ) => void;
  readonly onFailed: (tx: WriteDb, job: OutboxJob, reason: string, changes: Changes) => void;
  /** The copies of a message whose payload was deferred for its attachments (deferred-send.ts). */
  readonly build: (job: OutboxJob) => SendPayload | undefined;
}

export function oneToOneHandler(deps: SendJobDeps): OutboxHandler {
  return {
    kind: ONE_TO_ONE_JOB,
    maxAttempts: SEND_MAX_ATTEMPTS,
    async run(job, ctx) {
      const decoded = decodePayload(job.payload);
      const payload = decoded?.deferred ? deps.build(job) : decoded;
      if (!payload) return fail(decoded?.deferred ? 'attachment-not-found' : 'payload-damaged');
      const stored = await storeCopies(payload, job, ctx);
      if (!stored.ok) return stored.outcome;
      const changes = new Changes();
      ctx.afterCommit(() => changes.emit(deps.events));
      return done((tx) => deps.onSent(tx, job, payload, stored.hashes, changes));
    },
    failed(tx, job, reason) {
      const changes = new Changes();
      deps.onFailed(tx, job, reason, changes);
      // The worker has no after-commit for failures: a deferred turn runs after this commit.
      setImmediate(() => changes.emit(deps.events));
    },
  };
}

export function typingHandler(): OutboxHandler {
  return {
    kind: TYPING_JOB,
    maxAttempts: 1,
    async run(job, ctx) {
      const payload = decodePayload(job.payload);
      if (!payload) return fail('payload-damaged');
      const stored = await storeCopies(payload, job, ctx);
      return stored.ok ? done() : stored.outcome;
    },
  };
}

export interface ExpirePayload {
  readonly hashes: readonly string[];
  readonly expiryMs: number;
}

export function swarmExpireHandler(): OutboxHandler {
  return {
    kind: SWARM_EXPIRE_JOB,
    maxAttempts: 5,
    async run(job, ctx) {
      let p: ExpirePayload;
      try {
        p = JSON.parse(new TextDecoder().decode(job.payload ?? new Uint8Array())) as ExpirePayload;
      } catch {
        return fail('payload-damaged');
      }
      if (!Array.isArray(p.hashes) || typeof p.expiryMs !== 'number') return fail('payload-damaged');
      const net = await ctx.network();
      try {
        await net.expireMessages(ctx.session.identity.swarmAuth, p.hashes, p.expiryMs, 'shorten');
      } catch (e) {
        if (ctx.signal.aborted) throw e;
        const code = `network-${errorCode(e)}`;
        return finalFailure(e) ? fail(code) : retryLater(code);
      }
      return done();
    },
  };
}
