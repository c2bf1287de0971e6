/**
 * App settings, kept in the account's encrypted store. Before an account exists they live in
 * memory and are written into the store when it first opens (a theme picked during onboarding is
 * kept); while locked they cannot be read at all. A module: the store is attached when the
 * account session starts and let go when it stops.
 */
import { defineSetting, isBoolean, isOneOf, type SettingDef, type Store, type WriteDb } from '../../store';
import type { DomainEventBus } from '../events';
import type { AccountSession } from '../session/account-session';
import type { Module, ModuleDefinition } from '../session/module';

export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];
export const NOTIFICATION_CONTENTS = ['name-and-message', 'name-only', 'nothing'] as const;
export type NotificationContent = (typeof NOTIFICATION_CONTENTS)[number];
export type Settings = {
  theme: Theme;
  autoLockMinutes: number;
  /** Send read receipts, and apply the contacts' (§3.5); off by default like the official apps. */
  readReceipts: boolean;
  /** Send typing indicators, and show the contacts' (§3.5); off by default. */
  typingIndicators: boolean;
  /** Fetch link previews when sending (off by default: the fetch is a request to a stranger's site). */
  linkPreviews: boolean;
  /** Raise desktop notifications for new messages (on by default, as in the official apps). */
  notifications: boolean;
  /** What a notification shows. */
  notificationContent: NotificationContent;
  /** Download attachments from approved contacts without asking (off by default). */
  autoDownload: boolean;
  /** Desktop shell only: start hidden in the tray. */
  startInTray: boolean;
  /** Desktop shell only: start when the user logs in. */
  openAtLogin: boolean;
};
export type SettingsPatch = Partial<Settings>;

export const MAX_AUTO_LOCK_MINUTES = 1440;

const isAutoLock = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_AUTO_LOCK_MINUTES;

/** Each setting once: its stored key, its default and its guard. */
const DEFS: { readonly [K in keyof Settings]: SettingDef<Settings[K]> } = {
  theme: defineSetting('ui.theme', 'system', isOneOf(THEMES)),
  autoLockMinutes: defineSetting('security.autoLockMinutes', 0, isAutoLock),
  readReceipts: defineSetting('read-receipts', false, isBoolean),
  typingIndicators: defineSetting('typing-indicators', false, isBoolean),
  linkPreviews: defineSetting('link-previews', false, isBoolean),
  notifications: defineSetting('notifications.enabled', true, isBoolean),
  notificationContent: defineSetting(
    'notifications.content',
    'name-and-message',
    isOneOf(NOTIFICATION_CONTENTS),
  ),
  autoDownload: defineSetting('attachments.autoDownload', false, isBoolean),
  startInTray: defineSetting('desktop.startInTray', false, isBoolean),
  openAtLogin: defineSetting('desktop.openAtLogin', false, isBoolean),
};
const KEYS = Object.keys(DEFS) as (keyof Settings)[];

/** What a new account starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(KEYS.map((k) => [k, DEFS[k].fallback])) as Settings,
);

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
    const read = <K extends keyof Settings>(k: K): Settings[K] =>
      s ? s.settings.get(s.read, DEFS[k]) : (this.early[k] ?? DEFS[k].fallback);
    return Object.fromEntries(KEYS.map((k) => [k, read(k)])) as Settings;
  }

  set(patch: SettingsPatch): Settings {
    if (this.store) this.write(this.store, patch);
    else this.early = { ...this.early, ...patch };
    const now = this.get();
    this.events?.emit('settings.changed', now);
    return now;
  }

  private write(store: Store, patch: SettingsPatch): void {
    const one = <K extends keyof Settings>(tx: WriteDb, k: K): void => {
      const v = patch[k];
      if (v !== undefined) store.settings.set(tx, DEFS[k], v);
    };
    store.write((tx) => {
      for (const k of KEYS) one(tx, k);
    });
  }
}

export const settingsModule: ModuleDefinition<SettingsService> = {
  name: 'settings',
  create: (ctx) => new SettingsService(ctx.events),
};
