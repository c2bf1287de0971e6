/**
 * A module is one feature of the core (settings, messaging, config sync, groups, attachments…) with
 * a life tied to the account: `start(session)` when the account opens, `stop()` before it closes.
 * Modules are created once per core from their definitions, in the order of the registry, and each
 * start and stop in that order (stops in reverse), so a module may rely on those before it.
 *
 * A new floor adds a module by appending its definition to `CORE_MODULES` (services/modules.ts);
 * nothing else is wired by hand. Its api handlers reach it with `modules.get(definition)`.
 */
import { errorCode } from '../../errors';
import type { Logger } from '../../log';
import type { DomainEventBus } from '../events';
import type { InboxKinds } from '../inbox/kinds';
import type { OutboxKinds } from '../outbox/kinds';
import type { AccountSession } from './account-session';
import type { Timers } from './timers';

export interface Module {
  readonly name: string;
  /** The account opened: begin (read the store, start pollers, register timers). */
  start(session: AccountSession): void | Promise<void>;
  /** The account is closing: stop and let go of the session (the store closes after this returns). */
  stop(): void | Promise<void>;
}

/** What a module gets when it is created (once per core, before any account is open). */
export interface ModuleContext {
  readonly logger: Logger;
  readonly events: DomainEventBus;
  readonly timers: Timers;
  /** Outbox handlers by job kind: register the kinds this module sends. */
  readonly outbox: OutboxKinds;
  /** Inbox handlers by content kind, shared by every inbox pipeline of the session. */
  readonly inbox: InboxKinds;
  /** A module created earlier in the registry (throws for one created later or absent). */
  require<M extends Module>(definition: ModuleDefinition<M>): M;
}

export interface ModuleDefinition<M extends Module = Module> {
  readonly name: string;
  create(ctx: ModuleContext): M;
}

export class ModuleRegistry {
  private readonly instances = new Map<ModuleDefinition, Module>();
  private readonly order: Module[] = [];
  private started: Module[] = [];

  /** Creates every module of `definitions` in order. */
  constructor(
    definitions: readonly ModuleDefinition[],
    base: Omit<ModuleContext, 'require'>,
    private readonly logger: Logger,
  ) {
    const ctx: ModuleContext = { ...base, require: (d) => this.get(d) };
    for (const d of definitions) {
      if (this.instances.has(d)) throw new Error(`The module ${d.name} is registered twice.`);
      const m = d.create(ctx);
      this.instances.set(d, m);
      this.order.push(m);
    }
  }

  get<M extends Module>(definition: ModuleDefinition<M>): M {
    const m = this.instances.get(definition);
    if (!m) throw new Error(`The module ${definition.name} is not (yet) registered.`);
    return m as M;
  }

  /**
   * Starts every module in order. One that fails to start is logged and left out (it is not
   * stopped later): a broken feature must not keep the user out of the rest of the app.
   */
  async startAll(session: AccountSession): Promise<void> {
    this.started = [];
    for (const m of this.order) {
      try {
        await m.start(session);
        this.started.push(m);
      } catch (e) {
        this.logger.error('module failed to start', { module: m.name, code: errorCode(e) });
      }
    }
  }

  /** Stops the started modules in reverse order; one failing to stop does not keep the others running. */
  async stopAll(): Promise<void> {
    const started = this.started;
    this.started = [];
    for (const m of [...started].reverse()) {
      try {
        await m.stop();
      } catch (e) {
        this.logger.error('module failed to stop', { module: m.name, code: errorCode(e) });
      }
    }
  }

  names(): string[] {
    return this.order.map((m) => m.name);
  }
}
