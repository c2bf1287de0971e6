/**
 * Closed groups v2 (issue 13), a module of the account session after messaging and config sync.
 * Created once per core, it registers its outbox kinds (`group-store`, `group-config-push`,
 * `group-invite`, `group-removal`), the one-to-one half of `group-update` (invites, promotions)
 * on the shared inbox kinds, and its own kinds for what groups post (messages, reactions, control
 * messages). Started with the session, it opens every group of the store and polls each one we are
 * in; its actions (admin-actions, member-actions, life-cycle) run on the state it holds.
 */
import type { GroupId } from '../../crypto/ids';
import type { OutboxJob, WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import { InboxDispatcher, type InboxStats } from '../inbox/dispatcher';
import { InboxKinds } from '../inbox/kinds';
import { messagingModule, type MessagingService } from '../messaging/messaging-service';
import type { InboxItem } from '../messaging/open-envelope';
import type { AccountSession } from '../session/account-session';
import type { Module, ModuleContext, ModuleDefinition } from '../session/module';
import type { GroupIncomingEvent } from './events';
import { GroupChanges } from './group-changes';
import { GroupInboxes } from './group-inbox';
import { registerGroupMessageHandlers } from './group-message-handlers';
import { GroupOutgoing } from './group-outgoing';
import { GroupReceiver } from './group-receive';
import { GroupRegistry } from './group-registry';
import { registerGroupUpdateHandler } from './group-update-handlers';
import type { GroupsActive } from './groups-active';
import { groupCryptoReady } from '../../protocol/groups';
import { GroupsError } from './groups-error';
import { inviteJobHandler } from './invite-job';
import { registerInviteHandler } from './invites';
import { openGroupMessage } from './open-group-message';
import { pushJobHandler } from './push-job';
import { removalJobHandler } from './removals';
import { storeJobHandler } from './store-job';
import { NO_USER_GROUPS, type UserGroupsLink } from './user-groups-link';
import { userGroupsMerged } from './user-groups-merge';
import { configSyncModule, type ConfigSyncService } from '../config-sync/config-sync-service';

export class GroupsService implements Module {
  readonly name = 'groups';
  private active: GroupsActive | undefined;
  private dispatcher: InboxDispatcher<InboxItem> | undefined;
  private receiver: GroupReceiver | undefined;
  private readonly events: DomainEventBus;
  private readonly messaging: MessagingService;
  private readonly groupKinds = new InboxKinds();
  private readonly storedKeys = new Map<GroupId, Set<string>>();
  private userGroups: UserGroupsLink = NO_USER_GROUPS;
  /** A fixed poll cadence for every group (tests, the CLI's `listen`); desktop's when undefined. */
  pollIntervalMs: number | undefined;

  constructor(ctx: ModuleContext) {
    this.events = ctx.events;
    this.messaging = ctx.require(messagingModule);
    const active = (): GroupsActive => this.current();
    const deps = { active };
    registerInviteHandler(ctx.inbox, deps);
    registerGroupMessageHandlers(this.groupKinds, deps);
    registerGroupUpdateHandler(this.groupKinds, deps);
    ctx.outbox.register(
      storeJobHandler({
        auth: (id) => this.active?.registry.get(id)?.auth(),
        onStored: (tx, job, groupId, hashes) => this.onStored(tx, job, groupId, hashes),
        onFailed: (tx, job, reason) => this.onFailed(tx, job, reason),
      }),
    );
    ctx.outbox.register(
      pushJobHandler({
        registry: () => this.current().registry,
        now: () => this.current().session.now(),
        storedKeys: (id) => this.keysStored(id),
        pushed: (_tx, groupId) => {
          const changes = new GroupChanges().group(groupId);
          setImmediate(() => changes.emit(this.events));
        },
      }),
    );
    ctx.outbox.register(inviteJobHandler(active));
    ctx.outbox.register(removalJobHandler(active));
    this.linkConfigSync(ctx);
  }

  /**
   * Our UserGroups entries through config sync (when the core runs it: a core of tests may not):
   * changes go in with ours; what other devices wrote comes back after each merge of namespace 5.
   */
  private linkConfigSync(ctx: ModuleContext): void {
    let sync: ConfigSyncService;
    try {
      sync = ctx.require(configSyncModule);
    } catch {
      return;
    }
    this.userGroups = { edit: (tx, fn) => sync.edit(tx, 5, fn) };
    sync.onMerged(5, (tx, config, hook) => {
      if (this.active) userGroupsMerged(this.active, tx, config, (fn) => hook.afterCommit(fn));
    });
  }

  private keysStored(id: GroupId): Set<string> {
    let s = this.storedKeys.get(id);
    if (!s) this.storedKeys.set(id, (s = new Set()));
    return s;
  }

  async start(session: AccountSession): Promise<void> {
    // zstd (group messages, Info, Members) loads its wasm once per process.
    await groupCryptoReady();
    const identity = session.identity.keys;
    const registry = new GroupRegistry(
      session.store,
      { identity, clock: () => session.now() },
      session.logger.child('groups'),
    );
    const receiver = new GroupReceiver(
      () => this.current(),
      () => this.dispatcher!,
    );
    const inboxes = new GroupInboxes({
      session,
      registry,
      consume: (groupId, batch) => receiver.consume(groupId, batch),
      fixedIntervalMs: () => this.pollIntervalMs,
    });
    const messaging = () => this.messaging.current();
    this.dispatcher = new InboxDispatcher<InboxItem>({
      session,
      kinds: this.groupKinds,
      logger: session.logger.child('groups'),
      prepare: (raw) => openGroupMessage(registry.get(raw.pubkey), identity.sessionId, raw, session.now()),
    });
    this.receiver = receiver;
    this.active = {
      session,
      self: identity.sessionId,
      registry,
      outgoing: new GroupOutgoing(session, (n) => messaging().outgoing.stamp(n)),
      inboxes,
      messaging,
      events: this.events,
      userGroups: { edit: (tx, fn) => this.userGroups.edit(tx, fn) },
      storedKeys: (id) => this.keysStored(id),
    };
    for (const g of registry.loadAll()) inboxes.start(g.id);
  }

  async stop(): Promise<void> {
    const a = this.active;
    this.active = undefined;
    this.storedKeys.clear();
    await a?.inboxes.stopAll();
  }

  /** The open session's state for the actions; `no-account` while there is none. */
  current(): GroupsActive {
    if (!this.active) throw new GroupsError('no-account', 'No account is open.');
    return this.active;
  }

  /** Invites, removals and deletions as they commit (the CLI's `listen`, notifications). */
  onIncoming(fn: (e: GroupIncomingEvent) => void): () => void {
    return this.events.on('groups.incoming', fn);
  }

  /** Polls every group (or one) now. */
  pollNow(groupId?: GroupId): void {
    this.active?.inboxes.pollNow(groupId);
  }

  /** What the group inboxes applied and dropped since the session opened, by reason. */
  stats(): InboxStats {
    const s = this.dispatcher?.stats() ?? { applied: 0, dropped: {}, batches: 0 };
    return { ...s, dropped: { ...s.dropped, ...(this.receiver?.dropped ?? {}) } };
  }

  private onStored(tx: WriteDb, job: OutboxJob, groupId: GroupId, hashes: readonly string[]): void {
    const a = this.current();
    const { store } = a.session;
    const now = a.session.now();
    // Our own stores come back when we poll: they are ours already.
    store.network.markSeen(
      tx,
      hashes.filter(Boolean).map((hash) => ({ hash, expiresMs: now + 14 * 24 * 3_600_000 })),
    );
    const changes = new GroupChanges();
    setImmediate(() => changes.emit(this.events));
    if (job.messageId === null) return;
    const m = store.messages.get(tx, job.messageId);
    if (!m || m.state !== 'sending') return;
    store.messages.setState(tx, m.id, 'sent', { ...(hashes[0] ? { serverHash: hashes[0] } : {}), now });
    const timer = m.expireTimerS * 1000;
    store.chat.recordSent(
      tx,
      m.id,
      m.expireMode === 'after-send' && timer > 0
        ? { expireStartedAt: m.sentAt, expiresAt: m.sentAt + timer }
        : {},
    );
    changes.updated(groupId, m.id).then(() => a.messaging().expiry.reschedule());
  }

  private onFailed(tx: WriteDb, job: OutboxJob, reason: string): void {
    if (job.messageId === null) return;
    const a = this.current();
    const m = a.session.store.messages.get(tx, job.messageId);
    if (!m || m.state !== 'sending') return;
    a.session.store.messages.setState(tx, m.id, 'failed', { failureReason: reason, now: a.session.now() });
    const changes = new GroupChanges().updated(m.conversationId, m.id);
    setImmediate(() => changes.emit(this.events));
  }
}

export const groupsModule: ModuleDefinition<GroupsService> = {
  name: 'groups',
  create: (ctx) => new GroupsService(ctx),
};
