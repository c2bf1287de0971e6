/** App settings kept in the account's encrypted store (defaults until an account exists). */
import { z } from 'zod';
import { STORE_USE } from '../errors/store';

export const Theme = z.enum(['light', 'dark', 'system']);

/** A day; the settings service holds the same bound (a unit test keeps the two equal). */
export const MAX_AUTO_LOCK_MINUTES = 1440;
const AutoLockMinutes = z.number().int().min(0).max(MAX_AUTO_LOCK_MINUTES);

export const Settings = z.object({
  theme: Theme,
  /** Lock after this many minutes without input; 0 = never. Only meaningful with a password. */
  autoLockMinutes: AutoLockMinutes,
  /** Send read receipts and apply the contacts' (off by default, like the official apps). */
  readReceipts: z.boolean(),
  /** Send typing indicators and show the contacts' (off by default). */
  typingIndicators: z.boolean(),
});

export const settingsMethods = {
  'settings.get': { params: z.strictObject({}), result: Settings, errors: STORE_USE },
  'settings.set': {
    params: z.strictObject({
      theme: Theme.optional(),
      autoLockMinutes: AutoLockMinutes.optional(),
      readReceipts: z.boolean().optional(),
      typingIndicators: z.boolean().optional(),
    }),
    result: Settings,
    errors: STORE_USE,
  },
} as const;

export const settingsEvents = {
  'settings.changed': Settings,
} as const;
