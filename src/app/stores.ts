/**
 * The composition root of the renderer's state: every store is made here from the one bridge it
 * is given (the host's `window.shallot` in the app, a fake in tests), and the few links between
 * stores are made here too, so no store reads a global or imports another store.
 */
import type { ShallotBridge } from '../bridge/bridge';
import { createAccountStore } from '../stores/account-store';
import { createAppStore } from '../stores/app-store';
import { createClipboardStore, type WriteText } from '../stores/clipboard-store';
import { createLockStore } from '../stores/lock-store';
import { createNavStore } from '../stores/nav-store';
import { createOnboardingStore } from '../stores/onboarding-store';
import { createProfileStore } from '../stores/profile-store';
import { createSecurityStore } from '../stores/security-store';
import { createSettingsStore, type ThemeSink } from '../stores/settings-store';

export type StoreOptions = { theme?: ThemeSink; writeText?: WriteText };

export function createStores(bridge: ShallotBridge, options: StoreOptions = {}) {
  const settings = createSettingsStore(bridge, options.theme);
  // Settings live in the account's store: read them again whenever it opens.
  const account = createAccountStore(bridge, { onOpened: () => void settings.getState().load() });
  return {
    app: createAppStore(bridge),
    settings,
    account,
    lock: createLockStore(bridge, account),
    onboarding: createOnboardingStore(bridge, account),
    profile: createProfileStore(bridge, account),
    security: createSecurityStore(bridge, account),
    nav: createNavStore(),
    clipboard: createClipboardStore(options.writeText),
  };
}

export type Stores = ReturnType<typeof createStores>;
