/** App settings kept in the account's encrypted store (defaults until an account exists). */
import { z } from 'zod';

export const Theme = z.enum(['light', 'dark', 'system']);

export const Settings = z.object({
  theme: Theme,
  /** Lock after this many minutes without input; 0 = never. Only meaningful with a password. */
  autoLockMinutes: z.number().int().min(0).max(1440),
});

export const settingsMethods = {
  'settings.get': { params: z.strictObject({}), result: Settings },
  'settings.set': {
    params: z.strictObject({
      theme: Theme.optional(),
      autoLockMinutes: z.number().int().min(0).max(1440).optional(),
    }),
    result: Settings,
  },
} as const;

export const settingsEvents = {
  'settings.changed': Settings,
} as const;
