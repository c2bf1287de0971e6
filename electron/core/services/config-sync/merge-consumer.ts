/**
 * The own-swarm consumer of one config namespace (2–5). Inside the poll round's transaction — the
 * one that also advances the cursor and, after the configs, applies namespace 0's messages — it
 * merges what arrived, saves the dump, projects the change into the store and runs the hooks
 * other floors registered (`onMerged`). A crash anywhere before the commit loses nothing: the
 * same messages come again and merge the same way.
 */
import { errorCode } from '../../errors';
import type { PolledMessage } from '../../network';
import type { UserConfigNamespace } from '../../protocol/config';
import type { WriteDb } from '../../store';
import type { NamespaceConsumer } from '../inbox/swarm-inbox';
import type { AccountSession } from '../session/account-session';
import type { ConfigOf } from './config-book';
import { newProjection, project, snapshot, type Projection } from './projection';
import type { SyncContext } from './sync-context';

export interface MergeHookContext {
  readonly session: AccountSession;
  /** The first fetch of a restore is running (the UI waits for it before the main screen). */
  readonly restoring: boolean;
  /** Runs `fn` once the merge's transaction committed (events, waking other work). */
  afterCommit(fn: () => void): void;
}

/** A projection hook: inside the merge's transaction, after messages of `ns` were merged. */
export type MergeHook<N extends UserConfigNamespace = UserConfigNamespace> = (
  tx: WriteDb,
  config: ConfigOf[N],
  ctx: MergeHookContext,
) => void;

export interface MergeOutcome {
  readonly namespace: UserConfigNamespace;
  readonly projection: Projection;
  readonly after: readonly (() => void)[];
  /** Messages the engine accepted (valid config messages or parts of one). */
  readonly merged: number;
}

export interface MergeDeps {
  readonly context: () => SyncContext;
  readonly hooks: (ns: UserConfigNamespace) => readonly MergeHook[];
  readonly restoring: () => boolean;
  /** Queues a push (inside `tx`), for a merge that left something to push. */
  readonly schedule: (tx: WriteDb) => void;
  readonly committed: (outcome: MergeOutcome) => void;
}

function runHooks(deps: MergeDeps, tx: WriteDb, ns: UserConfigNamespace, after: (() => void)[]): void {
  const ctx = deps.context();
  for (const hook of deps.hooks(ns)) {
    const mine: (() => void)[] = [];
    const hookCtx: MergeHookContext = {
      session: ctx.session,
      restoring: deps.restoring(),
      afterCommit: (fn) => void mine.push(fn),
    };
    try {
      // A broken hook is undone alone; sync goes on (its config is reloaded from the dump).
      tx.savepoint(() => hook(tx, ctx.book.get(tx, ns), hookCtx));
      after.push(...mine);
    } catch (e) {
      ctx.session.logger.warn('config merge hook failed', { namespace: ns, code: errorCode(e) });
    }
  }
}

export function mergeConsumer(
  ns: UserConfigNamespace,
  deps: MergeDeps,
): NamespaceConsumer<readonly PolledMessage[], MergeOutcome> {
  return {
    prepare: (messages) => messages,
    apply(tx, messages) {
      const ctx = deps.context();
      const { store } = ctx.session;
      const projection = newProjection();
      const after: (() => void)[] = [];
      const merged = ctx.book.within(tx, ns, (config) => {
        const before = snapshot(ns, config);
        const accepted = new Set(config.merge(messages.map((m) => ({ hash: m.hash, data: m.data }))));
        // Our own pushes coming back say nothing about what other devices did.
        const theirs = messages.filter((m) => accepted.has(m.hash) && !store.configs.isPushed(tx, m.hash));
        if (theirs.length > 0) {
          store.configs.recordMerged(tx, ns, Math.max(...theirs.map((m) => m.timestampMs)));
        }
        project(ctx, tx, ns, before, config, projection);
        return accepted.size;
      });
      runHooks(deps, tx, ns, after);
      if (ctx.book.get(tx, ns).needsPush) deps.schedule(tx);
      return { namespace: ns, projection, after, merged };
    },
    committed: (outcome) => deps.committed(outcome),
  };
}
