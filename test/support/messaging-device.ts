/**
 * Accounts for messaging tests: a real encrypted store, the real session host with the settings
 * and messaging modules, and the real network over a localnet (short timeouts, fast polls).
 */
import { randomBytes } from 'node:crypto';
import { identityFromSeed } from '../../electron/core/crypto/identity';
import { ready } from '../../electron/core/crypto/sodium';
import type { SessionId } from '../../electron/core/crypto/ids';
import { silentLogger } from '../../electron/core/log';
import type { NetworkProfile, OpenNetworkOptions } from '../../electron/core/network';
import { DomainEventBus, type DomainEventName, type DomainEvents } from '../../electron/core/services/events';
import { InboxKinds } from '../../electron/core/services/inbox/kinds';
import {
  messagingModule,
  type MessagingService,
} from '../../electron/core/services/messaging/messaging-service';
import { NetworkService } from '../../electron/core/services/network/network-service';
import { OutboxKinds } from '../../electron/core/services/outbox/kinds';
import { ModuleRegistry, type ModuleDefinition } from '../../electron/core/services/session/module';
import { SessionHost } from '../../electron/core/services/session/session-host';
import { realTimers } from '../../electron/core/services/session/timers';
import { settingsModule, type SettingsService } from '../../electron/core/services/settings/settings-service';
import { openStore, type MessageRecord, type Store } from '../../electron/core/store';
import { FAST } from '../core/network/fixture';
import { tempDir } from '../core/store/helpers';

export interface Device {
  readonly sessionId: SessionId;
  readonly store: Store;
  readonly messaging: MessagingService;
  readonly settings: SettingsService;
  readonly events: DomainEventBus;
  readonly host: SessionHost;
  readonly modules: ModuleRegistry;
  readonly dir: string;
  readonly key: Uint8Array;
  readonly seed: Uint8Array;
  /** Resolves with the first event `name` whose payload satisfies `pred`. */
  next<E extends DomainEventName>(name: E, pred?: (p: DomainEvents[E]) => boolean): Promise<DomainEvents[E]>;
  close(): Promise<void>;
}

export interface DeviceOptions {
  readonly seed?: Uint8Array;
  readonly name?: string;
  readonly dir?: string;
  readonly key?: Uint8Array;
  readonly network?: Partial<Omit<OpenNetworkOptions, 'profile' | 'state' | 'logger' | 'signal'>>;
  readonly pollMs?: number;
  /** Modules after settings and messaging (config sync's tests add theirs). */
  readonly modules?: readonly ModuleDefinition[];
}

/** A device on `ln`, or offline (no network ever) when `ln` is undefined. */
export async function openDevice(
  ln: { readonly profile: NetworkProfile } | undefined,
  opts: DeviceOptions = {},
): Promise<Device> {
  await ready();
  const seed = opts.seed ?? new Uint8Array(randomBytes(16));
  const { sessionId } = identityFromSeed(seed);
  const made = opts.dir ? undefined : tempDir('shallot-msg-');
  const dir = opts.dir ?? made!.dir;
  const key = opts.key ?? new Uint8Array(randomBytes(32));
  const store = openStore({ dataDir: dir, key });
  if (!store.accounts.get(store.read)) {
    store.write((tx) =>
      store.accounts.create(tx, {
        sessionId,
        seed: new Uint8Array(seed),
        displayName: opts.name ?? 'Tester',
        createdAt: Date.now(),
      }),
    );
  }
  const events = new DomainEventBus();
  const outboxKinds = new OutboxKinds();
  const modules = new ModuleRegistry(
    [settingsModule, messagingModule, ...(opts.modules ?? [])],
    { logger: silentLogger, events, timers: realTimers, outbox: outboxKinds, inbox: new InboxKinds() },
    silentLogger,
  );
  const network = new NetworkService({
    profile: ln?.profile,
    logger: silentLogger,
    events,
    tuning: { ...FAST, ...opts.network },
  });
  const host = new SessionHost({
    modules,
    network,
    events,
    outboxKinds,
    logger: silentLogger,
    outbox: { backoff: { baseMs: 50, maxMs: 400 } },
  });
  const messaging = modules.get(messagingModule);
  messaging.pollIntervalMs = opts.pollMs ?? 100;
  await host.open(store);
  return {
    sessionId,
    store,
    messaging,
    settings: modules.get(settingsModule),
    events,
    host,
    modules,
    dir,
    key,
    seed,
    next: (name, pred) =>
      new Promise((resolve) => {
        const off = events.on(name, (p) => {
          if (!pred || pred(p)) {
            off();
            resolve(p);
          }
        });
      }),
    async close() {
      await host.close();
      await network.close();
      store.close();
      made?.cleanup();
    },
  };
}

/** Resolves once `pred` holds, checked now and after each change of `d`'s messages. */
export async function until(d: Device, pred: () => boolean): Promise<void> {
  if (pred()) return;
  await d.next('messages.changed', pred);
}

/** Resolves once message `id` of `d` is in `state`. */
export async function untilState(d: Device, id: number, state: string): Promise<void> {
  const now = () => d.store.messages.get(d.store.read, id)?.state;
  if (now() === state) return;
  await d.next('messages.changed', () => now() === state);
}

/** Every message of a conversation, newest first (pages of 500 walked with their cursors). */
export function allMessages(store: Store, conversationId: SessionId): MessageRecord[] {
  const out: MessageRecord[] = [];
  for (;;) {
    const last = out[out.length - 1];
    const page = store.messages.page(store.read, conversationId, {
      limit: 500,
      ...(last ? { before: { sentAt: last.sentAt, id: last.id } } : {}),
    });
    out.push(...page);
    if (page.length < 500) return out;
  }
}
