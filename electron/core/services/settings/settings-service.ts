/**
 * App settings, kept in the account's encrypted store. Before an account exists they live in
 * memory and are written into the store when it first opens (a theme picked during onboarding is
 * kept); while locked they cannot be read at all. A module: the store is attached when the
 * account session starts and let go when it stops.
 */
import { defineSetting, isBoolean, isOneOf, type Store } from '../../store';
import type { DomainEventBus } from '../events';
import type { AccountSession } from '../session/account-session';
import type { Module, ModuleDefinition } from '../session/module';

export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];
export type Settings = {
  theme: Theme;
  autoLockMinutes: number;
  /** Send read receipts, and apply the contacts' (§3.5); off by default like the official apps. */
  readReceipts: boolean;
  /** Send typing indicators, and show the contacts' (§3.5); off by default. */
  typingIndicators: boolean;
};
export type SettingsPatch = Partial<Settings>;

export const MAX_AUTO_LOCK_MINUTES = 1440;

const isAutoLock = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_AUTO_LOCK_MINUTES;

const THEME = defineSetting<Theme>('ui.theme', 'system', isOneOf(THEMES));
const AUTO_LOCK = defineSetting<number>('security.autoLockMinutes', 0, isAutoLock);
const READ_RECEIPTS = defineSetting<boolean>('read-receipts', false, isBoolean);
const TYPING_INDICATORS = defineSetting<boolean>('typing-indicators', false, isBoolean);

declare module '../events' {
  interface DomainEvents {
    'settings.changed': Settings;
  }
}

export class SettingsService implements Module {
  readonly name = 'settings';
  private store: Store | undefined;
  private early: SettingsPatch = {};

  constructor(private readonly events?: DomainEventBus) {}

  start(session: AccountSession): void {
    this.attach(session.store);
  }

  stop(): void {
    this.attach(undefined);
  }

  /** Follows the account's store (the session starts and stops it; tests call it directly). */
  attach(store: Store | undefined): void {
    this.store = store;
    if (store && Object.keys(this.early).length > 0) {
      this.write(store, this.early);
      this.early = {};
      this.events?.emit('settings.changed', this.get());
    }
  }

  get(): Settings {
    const s = this.store;
    if (!s) {
      return {
        theme: this.early.theme ?? THEME.fallback,
        autoLockMinutes: this.early.autoLockMinutes ?? AUTO_LOCK.fallback,
        readReceipts: this.early.readReceipts ?? READ_RECEIPTS.fallback,
        typingIndicators: this.early.typingIndicators ?? TYPING_INDICATORS.fallback,
      };
    }
    return {
      theme: s.settings.get(s.read, THEME),
      autoLockMinutes: s.settings.get(s.read, AUTO_LOCK),
      readReceipts: s.settings.get(s.read, READ_RECEIPTS),
      typingIndicators: s.settings.get(s.read, TYPING_INDICATORS),
    };
  }

  set(patch: SettingsPatch): Settings {
    if (this.store) this.write(this.store, patch);
    else this.early = { ...this.early, ...patch };
    const now = this.get();
    this.events?.emit('settings.changed', now);
    return now;
  }

  private write(store: Store, patch: SettingsPatch): void {
    store.write((tx) => {
      if (patch.theme !== undefined) store.settings.set(tx, THEME, patch.theme);
      if (patch.autoLockMinutes !== undefined) store.settings.set(tx, AUTO_LOCK, patch.autoLockMinutes);
      if (patch.readReceipts !== undefined) store.settings.set(tx, READ_RECEIPTS, patch.readReceipts);
      if (patch.typingIndicators !== undefined)
        store.settings.set(tx, TYPING_INDICATORS, patch.typingIndicators);
    });
  }
}

export const settingsModule: ModuleDefinition<SettingsService> = {
  name: 'settings',
  create: (ctx) => new SettingsService(ctx.events),
};
