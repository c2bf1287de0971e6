/** App settings kept in the account's encrypted store (defaults until an account exists). */
import { z } from 'zod';
import { STORE_USE } from '../errors/store';

export const Theme = z.enum(['light', 'dark', 'system']);

/** A day; the settings service holds the same bound (a unit test keeps the two equal). */
export const MAX_AUTO_LOCK_MINUTES = 1440;
const AutoLockMinutes = z.number().int().min(0).max(MAX_AUTO_LOCK_MINUTES);

export const NotificationContent = z.enum(['name-and-message', 'name-only', 'nothing']);

/**
 * The messenger's keys (issue 16). Defaults for new and restored accounts follow Session Desktop
 * 1.17.17 (protocol reference §3.5: read receipts and typing indicators off) and its notification
 * default (name and message).
 */
export const MessengerSettings = z.object({
  /** Send read receipts in 1:1 chats and apply the contact's (default false). */
  readReceipts: z.boolean(),
  /** Send typing indicators and show the contacts' (default false). */
  typingIndicators: z.boolean(),
  /** Fetch link previews when sending (default false; the fetch goes through the onion). */
  linkPreviews: z.boolean(),
  /** Raise desktop notifications for new messages (default true). */
  notifications: z.boolean(),
  /** What a notification shows (default name and message). */
  notificationContent: NotificationContent,
  /** Download attachments from approved contacts without asking (default false). */
  autoDownload: z.boolean(),
});

/** Only the Electron shell acts on these (default false); the web host keeps but ignores them. */
export const DesktopSettings = z.object({
  startInTray: z.boolean(),
  openAtLogin: z.boolean(),
});

export const Settings = z
  .object({
    theme: Theme,
    /** Lock after this many minutes without input; 0 = never. Only meaningful with a password. */
    autoLockMinutes: AutoLockMinutes,
  })
  .extend(MessengerSettings.shape)
  .extend(DesktopSettings.shape);

export const settingsMethods = {
  'settings.get': { params: z.strictObject({}), result: Settings, errors: STORE_USE },
  'settings.set': {
    params: z.strictObject(Settings.partial().shape),
    result: Settings,
    errors: STORE_USE,
  },
} as const;

export const settingsEvents = {
  'settings.changed': Settings,
} as const;

export type MessengerSettings = z.output<typeof MessengerSettings>;
export type DesktopSettings = z.output<typeof DesktopSettings>;
export type NotificationContent = z.output<typeof NotificationContent>;
