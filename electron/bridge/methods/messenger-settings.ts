/**
 * Settings the messenger UI (issue 16) needs and the core's settings service does not store yet.
 * This is their spec for house-core: when the service keeps them, `Settings` in settings.ts gains
 * `MessengerSettings.shape` and this file goes. Until then the renderer types `settings.get` /
 * `settings.set` / `settings.changed` with the tables below, where each key is optional: a core that
 * does not report a key leaves its control disabled, saying why.
 *
 * Defaults for new and restored accounts follow Session Desktop 1.17.17 (protocol reference §3.5:
 * read receipts and typing indicators off) and its notification default (name and message).
 */
import { z } from 'zod';
import { STORE_USE } from '../errors/store';
import { Settings, settingsMethods } from './settings';

export const NotificationContent = z.enum(['name-and-message', 'name-only', 'nothing']);

export const MessengerSettings = z.object({
  /** Send read receipts in 1:1 chats and show the contact's (default false). */
  readReceipts: z.boolean(),
  /** Send and show typing indicators in 1:1 chats (default false). */
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

const Partial = MessengerSettings.partial();
/** What `settings.get` answers and `settings.changed` carries once the core stores these keys. */
export const SettingsWithMessenger = Settings.extend(Partial.shape);

export const messengerSettingsMethods = {
  'settings.get': { params: z.strictObject({}), result: SettingsWithMessenger, errors: STORE_USE },
  'settings.set': {
    params: settingsMethods['settings.set'].params.extend(Partial.shape),
    result: SettingsWithMessenger,
    errors: STORE_USE,
  },
} as const;

export const messengerSettingsEvents = {
  'settings.changed': SettingsWithMessenger,
} as const;

export type MessengerSettings = z.output<typeof MessengerSettings>;
export type NotificationContent = z.output<typeof NotificationContent>;
