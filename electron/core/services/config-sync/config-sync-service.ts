/**
 * Config sync (issue 12), a module of the account session after messaging. It owns the four user
 * configs (UserProfile 2, Contacts 3, ConvoInfoVolatile 4, UserGroups 5), kept in the store as the
 * engine's dumps (migration 0005), and:
 *  - polls them with namespace 0 in the own swarm's one batch (request order [0, 2, 3, 5, 4],
 *    applied configs first), keeping their hashes alive in the same batch;
 *  - merges what arrives and projects it into the store in the round's transaction;
 *  - follows messaging's local changes into the configs (sync hooks) and pushes them, debounced,
 *    through the outbox (`config-push`), with a full re-push at least every 2 days;
 *  - drops one-to-one messages older than a removal the configs record;
 *  - fetches the configs before the main screen on restore.
 *
 * The seam for the other floors (groups, attachments), through `ctx.require(configSyncModule)`:
 *   configs()            the open UserProfile, Contacts, ConvoInfoVolatile, UserGroups
 *   edit(tx, ns, fn)     change a config inside the caller's transaction (dump saved there, push
 *                        scheduled for after the commit)
 *   onMerged(ns, fn)     a projection hook run inside the merge's transaction, after a merge
 */
import type { SessionId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import type { SessionNetwork } from '../../network';
import { configReady, type UserConfigNamespace, type UserConfigs } from '../../protocol/config';
import type { WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import { messagingModule, type MessagingService } from '../messaging/messaging-service';
import type { ConnectionView } from '../network/network-service';
import { done, retryAt, retryLater, type OutboxHandler } from '../outbox/kinds';
import type { AccountSession } from '../session/account-session';
import type { Module, ModuleContext, ModuleDefinition } from '../session/module';
import type { TimerHandle, Timers } from '../session/timers';
import { ConfigBook, type ConfigOf } from './config-book';
import { ConfigSyncError } from './config-sync-error';
import { dropOlderThanRemoval } from './drop-rule';
import type { SyncPhase } from './events';
import { mergeConsumer, type MergeHook, type MergeOutcome } from './merge-consumer';
import { CONFIG_TTL_MS, pushConfigs, type PushResult } from './push';
import { fetchForRestore, RESTORE_TIMEOUT_MS } from './restore';
import type { SyncContext } from './sync-context';
import { importStore, trackConversations, trackProfile, trackRead } from './tracking';

export const CONFIG_PUSH_JOB = 'config-push';
const PUSH_KEY = 'config-push';
const FULL_PUSH_KEY = 'config-push-full';
/** §10: a full push at least every 2 days; looked at hourly. */
export const FULL_PUSH_EVERY_MS = 2 * 24 * 3600 * 1000;
const FULL_PUSH_CHECK_MS = 3600 * 1000;
/** Long enough for a path build on mainnet right after start, short of the method's 60 s. */
const NETWORK_WAIT_MS = 30_000;
/** Applied in this order within a round, all before namespace 0 (priority 0). */
const APPLY_PRIORITY: Record<UserConfigNamespace, number> = { 2: 4, 3: 3, 5: 2, 4: 1 };
/** Registered (so requested) in desktop's order after namespace 0. */
const REQUEST_ORDER: readonly UserConfigNamespace[] = [2, 3, 5, 4];

export class ConfigSyncService implements Module {
  readonly name = 'config-sync';
  /** Local changes wait this long before they are pushed, so a burst goes as one push. */
  pushDelayMs = 2_000;
  restoreTimeoutMs = RESTORE_TIMEOUT_MS;
  /** How long `sync.now` waits for the network to open (paths built) before it gives up. */
  networkWaitMs = NETWORK_WAIT_MS;
  private active: SyncContext | undefined;
  private restoring = false;
  /** Config messages merged since the restore began (its progress shows them). */
  private restoreMerged = 0;
  private pushChain: Promise<unknown> = Promise.resolve();
  private fullPushTimer: TimerHandle | undefined;
  private readonly hooks = new Map<UserConfigNamespace, MergeHook[]>();
  private readonly events: DomainEventBus;
  private readonly timers: Timers;
  private readonly messaging: MessagingService;
  /** The network's state as last announced: `sync.now` gives up at once while it is unreachable. */
  private connection: ConnectionView = 'off';

  constructor(ctx: ModuleContext) {
    this.events = ctx.events;
    this.events.on('network.changed', (v) => (this.connection = v.connection));
    this.timers = ctx.timers;
    this.messaging = ctx.require(messagingModule);
    this.messaging.useSyncHooks({
      changed: (tx, ids) => this.ifActive((a) => trackConversations(a, tx, ids)),
      read: (tx, id, upTo) => this.ifActive((a) => trackRead(a, tx, id, upTo)),
      admit: (tx, m) => (this.active ? dropOlderThanRemoval(this.active, tx, m) : undefined),
    });
    ctx.outbox.register(this.pushHandler());
  }

  async start(session: AccountSession): Promise<void> {
    await configReady();
    const book = new ConfigBook(session.identity.keys, session.store, () => session.now());
    const ownSwarm = this.messaging.ownSwarm();
    const ctx: SyncContext = {
      session,
      book,
      self: session.identity.sessionId,
      ownSwarm,
      edit: (tx, ns, fn) => this.editWith(ctx, tx, ns, fn),
    };
    session.store.write((tx) => {
      importStore(ctx, tx, book.fresh);
      for (const ns of book.fresh) book.save(tx, ns);
      if (book.pending(tx).length > 0) this.schedule(ctx, tx);
    });
    this.active = ctx;
    for (const ns of REQUEST_ORDER) {
      ownSwarm.registerNamespace(ns, mergeConsumer(ns, this.mergeDeps()), { priority: APPLY_PRIORITY[ns] });
    }
    ownSwarm.keepAlive(() => this.keepAlive());
    this.armFullPush(0);
  }

  stop(): void {
    this.active = undefined;
    this.restoring = false;
    this.timers.clearTimeout(this.fullPushTimer);
    this.fullPushTimer = undefined;
  }

  // —— the seam ——

  /** The open account's four user configs (a stable view: its properties are always current). */
  configs(): UserConfigs {
    return this.current().book.view;
  }

  /**
   * Changes config `ns` inside the caller's transaction `tx`: `fn` mutates it, its dump is saved
   * in `tx`, and a push is scheduled for after the commit (debounced).
   */
  edit<N extends UserConfigNamespace>(tx: WriteDb, ns: N, fn: (config: ConfigOf[N]) => void): void {
    const a = this.current();
    a.edit(tx, ns, fn);
  }

  /** Runs `fn` inside every merge transaction of `ns`, after the merge; returns its removal. */
  onMerged<N extends UserConfigNamespace>(ns: N, fn: MergeHook<N>): () => void {
    const list = this.hooks.get(ns) ?? [];
    list.push(fn as MergeHook);
    this.hooks.set(ns, list);
    return () => {
      const i = list.indexOf(fn as MergeHook);
      if (i >= 0) list.splice(i, 1);
    };
  }

  // —— actions ——

  /** Our display name (or avatar) changed in `tx`: UserProfile follows. */
  profileChanged(tx: WriteDb): void {
    this.ifActive((a) => trackProfile(a, tx));
  }

  /** These conversations or contacts changed in `tx` by another way than messaging's actions. */
  contactsChanged(tx: WriteDb, ids: readonly SessionId[]): void {
    this.ifActive((a) => trackConversations(a, tx, ids));
  }

  /** A restore's first fetch: waits (with progress) until the configs are in, or the timeout. */
  async restore(signal?: AbortSignal): Promise<SyncPhase> {
    const a = this.current();
    this.restoring = true;
    this.restoreMerged = 0;
    try {
      return await fetchForRestore(
        a,
        (phase) => this.progress(phase),
        signal ?? a.session.signal,
        this.restoreTimeoutMs,
      );
    } finally {
      this.restoring = false;
    }
  }

  /** Polls the own swarm once (merging what came), then pushes what is pending. */
  async syncNow(signal: AbortSignal): Promise<PushResult> {
    const a = this.current();
    await this.network(a, signal);
    try {
      await a.ownSwarm.pollOnce(signal);
    } catch (cause) {
      throw new ConfigSyncError('sync-failed', 'The own swarm could not be polled.', { cause });
    }
    return this.pushNow(signal);
  }

  /** Pushes what is pending now (`full`: every config with content), waiting for the network. */
  async pushNow(signal: AbortSignal, full = false): Promise<PushResult> {
    const a = this.current();
    return this.serialPush(a, await this.network(a, signal), full);
  }

  isRestoring(): boolean {
    return this.restoring;
  }

  /** The open account's sync state; `no-account` while there is none. */
  current(): SyncContext {
    if (!this.active) throw new ConfigSyncError('no-account', 'No account is open.');
    return this.active;
  }

  // —— inside ——

  /**
   * The open network, waited for while a connection attempt is under way (at most
   * `networkWaitMs`); when the last attempt failed, or this one does, it is `sync-failed` at once.
   */
  private async network(a: SyncContext, signal: AbortSignal): Promise<SessionNetwork<WriteDb>> {
    if (!a.session.network.enabled) throw new ConfigSyncError('sync-offline', 'Shallot runs offline.');
    const open = a.session.network.current();
    if (open) return open;
    const unreachable = () => new ConfigSyncError('sync-failed', 'The Session network cannot be reached.');
    if (this.connection === 'offline') throw unreachable();
    const failed = new AbortController();
    const off = this.events.on('network.changed', (v) => v.connection === 'offline' && failed.abort());
    const limit = AbortSignal.timeout(this.networkWaitMs);
    try {
      return await a.session.network.whenOpen(
        AbortSignal.any([signal, a.session.signal, failed.signal, limit]),
      );
    } catch (cause) {
      throw new ConfigSyncError('sync-failed', unreachable().message, { cause });
    } finally {
      off();
    }
  }

  private ifActive(fn: (a: SyncContext) => void): void {
    if (this.active) fn(this.active);
  }

  private editWith<N extends UserConfigNamespace>(
    a: SyncContext,
    tx: WriteDb,
    ns: N,
    fn: (config: ConfigOf[N]) => void,
  ): void {
    a.book.within(tx, ns, fn);
    if (a.book.get(tx, ns).needsPush) this.schedule(a, tx);
  }

  private schedule(a: SyncContext, tx: WriteDb, full = false): void {
    a.session.outbox.enqueue(tx, {
      kind: CONFIG_PUSH_JOB,
      key: full ? FULL_PUSH_KEY : PUSH_KEY,
      notBefore: this.timers.now() + (full ? 0 : this.pushDelayMs),
    });
  }

  /** One push at a time, whoever asks (the outbox job, `sync.now`, a CLI command). */
  private serialPush(a: SyncContext, net: SessionNetwork<WriteDb>, full: boolean): Promise<PushResult> {
    const run = this.pushChain.then(() => pushConfigs(a, net, full));
    this.pushChain = run.catch(() => undefined);
    return run;
  }

  private pushHandler(): OutboxHandler {
    return {
      kind: CONFIG_PUSH_JOB,
      // Backoff tops out at 5 minutes: this keeps trying for hours; the next change queues anew.
      maxAttempts: 100,
      run: async (job, ctx) => {
        const a = this.active;
        if (!a) return retryLater('no-account');
        try {
          await this.serialPush(a, await ctx.network(), job.key === FULL_PUSH_KEY);
        } catch (e) {
          return retryLater(errorCode(e));
        }
        // Changed again while this push was on its way: go again (the key kept it one job).
        const more = a.book.pending(a.session.store.read).length > 0;
        return more ? retryAt(this.timers.now() + this.pushDelayMs, 'more-changes') : done();
      },
    };
  }

  private mergeDeps() {
    return {
      context: () => this.current(),
      hooks: (ns: UserConfigNamespace) => this.hooks.get(ns) ?? [],
      restoring: () => this.restoring,
      schedule: (tx: WriteDb) => this.schedule(this.current(), tx),
      committed: (outcome: MergeOutcome) => this.committed(outcome),
    };
  }

  private committed(outcome: MergeOutcome): void {
    outcome.projection.changes.emit(this.events);
    for (const fn of outcome.after) {
      try {
        fn();
      } catch (e) {
        this.active?.session.logger.warn('config merge after-commit failed', { code: errorCode(e) });
      }
    }
    const a = this.active;
    if (!a) return;
    this.restoreMerged += outcome.merged;
    if (this.restoring) this.progress('applying');
    // While restoring the account is not shown yet: onboarding's answer carries the name.
    else if (outcome.projection.profileChanged) {
      this.events.emit('profile.changed', {
        displayName: a.session.store.accounts.profile(a.session.store.read)?.displayName ?? null,
      });
    }
  }

  private progress(phase: SyncPhase): void {
    const a = this.active;
    if (!a) return;
    const { store } = a.session;
    this.events.emit('sync.progress', {
      phase,
      merged: this.restoreMerged,
      contacts: a.book.get(store.read, 3).size,
      conversations: store.configs.conversationCount(store.read),
    });
  }

  private keepAlive(): { hashes: string[]; expiryMs: number } | undefined {
    const a = this.active;
    if (!a) return undefined;
    const read = a.session.store.read;
    const hashes = REQUEST_ORDER.flatMap((ns) => a.book.get(read, ns).activeHashes());
    // A minute short of the longest expiry a node accepts, so clock drift never gets it refused.
    return hashes.length > 0 ? { hashes, expiryMs: a.session.now() + CONFIG_TTL_MS - 60_000 } : undefined;
  }

  /** Queues a full push when the last one is 2 days old; looks again every hour. */
  private armFullPush(delayMs: number): void {
    this.fullPushTimer = this.timers.setTimeout(() => {
      const a = this.active;
      if (!a) return;
      try {
        const { store } = a.session;
        const now = this.timers.now();
        const due = REQUEST_ORDER.some(
          (ns) =>
            a.book.get(store.read, ns).seqno > 0n &&
            now - (store.configs.get(store.read, ns)?.fullPushAt ?? 0) >= FULL_PUSH_EVERY_MS,
        );
        if (due) store.write((tx) => this.schedule(a, tx, true));
      } catch (e) {
        a.session.logger.warn('full config push check failed', { code: errorCode(e) });
      }
      this.armFullPush(FULL_PUSH_CHECK_MS);
    }, delayMs);
  }
}

export const configSyncModule: ModuleDefinition<ConfigSyncService> = {
  name: 'config-sync',
  create: (ctx) => new ConfigSyncService(ctx),
};
