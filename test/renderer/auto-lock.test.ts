import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_EVERY_MS, createAccountStore } from '../../src/stores/account-store';
import { startAutoLock } from '../../src/stores/auto-lock';
import { createSettingsStore } from '../../src/stores/settings-store';
import { fakeBridge, LOCKED, ok, READY, SETTINGS } from './fake-bridge';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setUp(minutes: number) {
  const bridge = fakeBridge({
    'settings.get': ok({ ...SETTINGS, autoLockMinutes: minutes }),
    'app.activity': ok({}),
    'account.lock': ok(LOCKED),
  });
  const account = createAccountStore(bridge);
  const settings = createSettingsStore(bridge, () => undefined);
  const input = new EventTarget();
  return { bridge, account, settings, input };
}

const key = (target: EventTarget): boolean => target.dispatchEvent(new Event('keydown'));

describe('auto-lock and the core’s idle clock', () => {
  it('tells the core about use at most every 15 s, and only while the account is open', async () => {
    const { bridge, account, settings, input } = setUp(0);
    await settings.getState().load();
    const stop = startAutoLock({ account, settings }, input);
    key(input);
    expect(bridge.callsOf('app.activity')).toEqual([]);

    account.getState().accept(READY);
    key(input);
    key(input);
    vi.advanceTimersByTime(ACTIVITY_EVERY_MS - 1);
    key(input);
    expect(bridge.callsOf('app.activity')).toEqual([{}]);
    vi.advanceTimersByTime(1);
    key(input);
    expect(bridge.callsOf('app.activity')).toEqual([{}, {}]);
    stop();
    vi.advanceTimersByTime(ACTIVITY_EVERY_MS);
    key(input);
    expect(bridge.callsOf('app.activity')).toHaveLength(2);
  });

  it('locks after the chosen minutes without input, and input starts them over', async () => {
    const { bridge, account, settings, input } = setUp(1);
    await settings.getState().load();
    account.getState().accept({ ...READY, vault: 'password' });
    const stop = startAutoLock({ account, settings }, input);
    vi.advanceTimersByTime(50_000);
    key(input);
    vi.advanceTimersByTime(50_000);
    expect(bridge.callsOf('account.lock')).toEqual([]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bridge.callsOf('account.lock')).toEqual([{}]);
    stop();
  });
});
