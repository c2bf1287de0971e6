/**
 * Auto-lock: after N minutes without keyboard, pointer or wheel input in this window, ask the core
 * to lock. Only armed while the account is ready, a password is set and N > 0. The same input is
 * reported to the core (throttled), whose idle lock covers every window at once.
 */
import type { AccountStore } from './account-store';
import type { SettingsStore } from './settings-store';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function startAutoLock(
  stores: { account: AccountStore; settings: SettingsStore },
  input: EventTarget = window,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const arm = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const account = stores.account.getState().account;
    const minutes = stores.settings.getState().settings?.autoLockMinutes ?? 0;
    if (account?.state !== 'ready' || account.vault !== 'password' || minutes <= 0) return;
    timer = setTimeout(() => void stores.account.getState().lockNow(), minutes * 60_000);
  };

  const used = (): void => {
    stores.account.getState().activity();
    arm();
  };
  for (const e of INPUT_EVENTS) input.addEventListener(e, used, { passive: true, capture: true });
  const offAccount = stores.account.subscribe(arm);
  const offSettings = stores.settings.subscribe(arm);
  arm();
  return () => {
    clearTimeout(timer);
    for (const e of INPUT_EVENTS) input.removeEventListener(e, used, { capture: true });
    offAccount();
    offSettings();
  };
}
