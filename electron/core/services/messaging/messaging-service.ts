/**
 * One-to-one messaging (issue 17), a module of the account session. Created once per core, it
 * registers its outbox kinds (`one-to-one`, `typing`, `swarm-expire`) and inbox handlers (every
 * one-to-one content kind); started with the session, it polls the own swarm (namespace 0 of a
 * SwarmInbox other floors add their namespaces to), runs the expiry timer and answers the api's
 * actions (send-actions, read-delete, conversation-actions) with the session it holds.
 */
import type { Store, WriteDb, OutboxJob } from '../../store';
import type { DomainEventBus } from '../events';
import { InboxDispatcher, type InboxStats } from '../inbox/dispatcher';
import { SwarmInbox } from '../inbox/swarm-inbox';
import type { AccountSession } from '../session/account-session';
import type { Module, ModuleContext, ModuleDefinition } from '../session/module';
import { settingsModule, type SettingsService } from '../settings/settings-service';
import type { Active } from './active';
import type { Changes } from './changes';
import type { AttachmentHooks } from './attachment-hooks';
import { buildDeferred } from './deferred-send';
import { ExpiryScheduler } from './expiry';
import { registerInboxHandlers } from './inbox-handlers';
import { MessagingError } from './messaging-error';
import { openEnvelope, type InboxItem } from './open-envelope';
import { Outgoing } from './outgoing';
import { People } from './people';
import { oneToOneHandler, swarmExpireHandler, typingHandler } from './send-jobs';
import { TypingState } from './typing-state';
import { NO_SYNC, type SyncHooks } from './sync-hooks';
import type { SendPayload } from './wire';
import type { IncomingEvent } from './events';

/** Desktop polls its own swarm every 5 s (§11.7). */
export const OWN_SWARM_POLL_MS = 5_000;

export class MessagingService implements Module {
  readonly name = 'messaging';
  private active: Active | undefined;
  private dispatcher: InboxDispatcher<InboxItem> | undefined;
  private readonly typingState: TypingState;
  private readonly expiry: ExpiryScheduler;
  private readonly events: DomainEventBus;
  private readonly settings: SettingsService;
  private readonly inboxKinds: ModuleContext['inbox'];
  private attachments: AttachmentHooks | undefined;
  /** Own-swarm cadence, read before each wait (tests, benches and bots may shorten it). */
  pollIntervalMs = OWN_SWARM_POLL_MS;
  private syncHooks: SyncHooks = NO_SYNC;

  constructor(ctx: ModuleContext) {
    this.events = ctx.events;
    this.settings = ctx.require(settingsModule);
    this.typingState = new TypingState(ctx.timers, ctx.events);
    this.expiry = new ExpiryScheduler(ctx.timers, ctx.events);
    const store = (): Store => this.session().store;
    ctx.outbox.register(
      oneToOneHandler({
        store,
        events: ctx.events,
        onSent: (tx, job, payload, hashes, changes) => this.onSent(tx, job, payload, hashes, changes),
        onFailed: (tx, job, reason, changes) => this.onFailed(tx, job, reason, changes),
        build: (job) => buildDeferred(this.current(), this.attachments, job),
      }),
    );
    ctx.outbox.register(typingHandler());
    ctx.outbox.register(swarmExpireHandler());
    registerInboxHandlers(ctx.inbox, {
      store,
      self: () => this.session().identity.sessionId,
      people: () => this.current().people,
      typing: () => this.typingState,
      events: ctx.events,
      sync: () => this.syncHooks,
      readReceiptsOn: () => this.settings.get().readReceipts,
      typingOn: () => this.settings.get().typingIndicators,
      attachments: () => this.attachments,
    });
    this.inboxKinds = ctx.inbox;
  }

  start(session: AccountSession): void {
    const self = session.identity.sessionId;
    const ownSwarm = new SwarmInbox(session, {
      pubkey: self,
      auth: session.identity.swarmAuth,
      intervalMs: () => this.pollIntervalMs,
    });
    const people = new People(session.store, self);
    this.active = {
      session,
      self,
      people,
      outgoing: new Outgoing(session, () => this.attachments),
      expiry: this.expiry,
      typing: this.typingState,
      ownSwarm,
      settings: () => this.settings.get(),
      events: this.events,
      sync: this.syncHooks,
      reactionTimes: [],
      typingSentAt: new Map(),
    };
    const dispatcher = new InboxDispatcher<InboxItem>({
      session,
      kinds: this.inboxKinds,
      logger: session.logger.child('messaging'),
      prepare: (raw) => this.prepare(raw),
      admit: (tx, m) => {
        // Groups keep their own rules; a 1:1 kind without a conversation field is the sender's.
        const ref = 'conversation' in m ? m.conversation : undefined;
        if (ref && ref.kind !== 'direct') return undefined;
        const conversation = ref ? ref.id : m.sender;
        return this.syncHooks.admit(tx, { conversation, sentAtMs: m.sentAtMs, fromSelf: m.fromSelf });
      },
    });
    this.dispatcher = dispatcher;
    ownSwarm.registerNamespace(0, {
      prepare: (messages) => dispatcher.prepareAll(messages),
      apply: (tx, prepared) => dispatcher.applyPrepared(tx, prepared),
      committed: (outcome) => {
        dispatcher.committed(outcome);
        if (Object.keys(outcome.drops).length > 0) this.events.emit('messaging.dropped', outcome.drops);
        // Arrivals may carry deadlines (after send): the timer follows the earliest.
        this.expiry.reschedule();
      },
    });
    ownSwarm.start();
    this.expiry.start(session);
    this.expiry.sweep();
  }

  async stop(): Promise<void> {
    const a = this.active;
    this.active = undefined;
    this.expiry.stop();
    this.typingState.clearAll();
    await a?.ownSwarm.stop();
  }

  /** The open session's state for the actions; `no-account` while there is none. */
  current(): Active {
    if (!this.active) throw new MessagingError('no-account', 'No account is open.');
    return this.active;
  }

  /** The attachments module hands over its hooks once, when it is created. */
  useAttachments(hooks: AttachmentHooks): void {
    this.attachments = hooks;
  }

  /** Every applied incoming message, as it commits (the CLI's `listen`, notifications). */
  onIncoming(fn: (e: IncomingEvent) => void): () => void {
    return this.events.on('messaging.incoming', fn);
  }

  isTyping(conversationId: string): boolean {
    return this.typingState.isTyping(conversationId);
  }

  /** Config sync registers here (once, when it is created) to follow what messaging changes. */
  useSyncHooks(hooks: SyncHooks): void {
    this.syncHooks = hooks;
  }

  /** The own swarm's inbox: config sync and others register their namespaces on it. */
  ownSwarm(): SwarmInbox {
    return this.current().ownSwarm;
  }

  /** Polls the own swarm now (after a send; the window gained focus). */
  pollNow(): void {
    this.active?.ownSwarm.pollNow();
  }

  /** What the inbox applied and dropped, by reason, since the session opened. */
  stats(): InboxStats {
    return this.dispatcher?.stats() ?? { applied: 0, dropped: {}, batches: 0 };
  }

  private session(): AccountSession {
    return this.current().session;
  }

  private prepare(raw: Parameters<typeof openEnvelope>[1]) {
    const a = this.current();
    const p = openEnvelope(a.session.identity.keys, raw, a.session.now());
    if (!p.ok) return p;
    const m = p.message;
    // Block drops everything further from that ID (§11.4); our own copies dedupe by identity too.
    if (!m.fromSelf && a.people.isBlocked(m.sender)) return { ok: false as const, reason: 'blocked' };
    if (m.kind !== 'typing' && a.session.store.chat.byIdentity(a.session.store.read, m.sender, m.sentAtMs)) {
      return { ok: false as const, reason: 'duplicate' };
    }
    return p;
  }

  private onSent(
    tx: WriteDb,
    job: OutboxJob,
    payload: SendPayload,
    hashes: Partial<Record<'recipient' | 'sync', string>>,
    changes: Changes,
  ): void {
    const s = this.session();
    const now = s.now();
    if (hashes.sync) {
      // Our own sync copy comes back in our swarm: it is ours already, never an incoming message.
      const ttl = payload.copies.find((c) => c.role === 'sync')?.ttlMs ?? 0;
      s.store.network.markSeen(tx, [{ hash: hashes.sync, expiresMs: now + ttl }]);
    }
    if (job.messageId === null) return;
    const m = s.store.messages.get(tx, job.messageId);
    if (!m || m.state !== 'sending') return;
    s.store.messages.setState(tx, m.id, 'sent', {
      ...(hashes.recipient ? { serverHash: hashes.recipient } : {}),
      now,
    });
    const timer = m.expireTimerS * 1000;
    // §11.3: after send runs from the message's time; an outgoing after-read from the send.
    const startedAt = m.expireMode === 'after-send' ? m.sentAt : now;
    s.store.chat.recordSent(tx, m.id, {
      ...(hashes.sync ? { syncHash: hashes.sync } : {}),
      ...(m.expireMode !== 'off' && timer > 0
        ? { expireStartedAt: startedAt, expiresAt: startedAt + timer }
        : {}),
    });
    changes.updated(m.conversationId, m.id);
    const ownSwarm = this.active?.ownSwarm;
    changes.then(() => {
      this.expiry.reschedule();
      ownSwarm?.pollNow();
    });
  }

  private onFailed(tx: WriteDb, job: OutboxJob, reason: string, changes: Changes): void {
    if (job.messageId === null) return;
    const s = this.session();
    const m = s.store.messages.get(tx, job.messageId);
    if (!m || m.state !== 'sending') return;
    s.store.messages.setState(tx, m.id, 'failed', { failureReason: reason, now: s.now() });
    changes.updated(m.conversationId, m.id);
  }
}

export const messagingModule: ModuleDefinition<MessagingService> = {
  name: 'messaging',
  create: (ctx) => new MessagingService(ctx),
};
