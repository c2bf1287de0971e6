/**
 * Auto-lock: after N minutes without keyboard, pointer or wheel input in this window, ask the core
 * to lock. Only armed while the account is ready, a password is set and N > 0.
 */
import { useAccountStore } from './account-store';
import { useSettingsStore } from './settings-store';

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function startAutoLock(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const arm = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const account = useAccountStore.getState().account;
    const minutes = useSettingsStore.getState().settings?.autoLockMinutes ?? 0;
    if (account?.state !== 'ready' || account.vault !== 'password' || minutes <= 0) return;
    timer = setTimeout(() => void useAccountStore.getState().lockNow(), minutes * 60_000);
  };

  for (const e of INPUT_EVENTS) window.addEventListener(e, arm, { passive: true, capture: true });
  const offAccount = useAccountStore.subscribe(arm);
  const offSettings = useSettingsStore.subscribe(arm);
  arm();
  return () => {
    clearTimeout(timer);
    for (const e of INPUT_EVENTS) window.removeEventListener(e, arm, { capture: true });
    offAccount();
    offSettings();
  };
}
