/** The smaller things of issue 16: status that tells the truth, messenger settings, confirmations that go. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BridgeResult, Result } from '../../src/bridge/bridge';
import type { TransportSource, TransportState } from '../../src/bridge/transport';
import { createAccountStore } from '../../src/stores/account-store';
import { createAppStore } from '../../src/stores/app-store';
import { confirms, createClearDataStore } from '../../src/stores/clear-data-store';
import { createOnboardingStore } from '../../src/stores/onboarding-store';
import { createProfileStore, SAVED_SHOWN_MS } from '../../src/stores/profile-store';
import { createSecurityStore, DONE_SHOWN_MS } from '../../src/stores/security-store';
import { createSettingsStore } from '../../src/stores/settings-store';
import { deferred, err, fakeBridge, INFO, LOCKED, NO_ACCOUNT, ok, READY } from './fake-bridge';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function transport(initial: TransportState) {
  let state = initial;
  const watchers = new Set<() => void>();
  const source: TransportSource = {
    state: () => state,
    watch: (w) => (watchers.add(w), () => watchers.delete(w)),
  };
  return { source, set: (s: TransportState) => ((state = s), watchers.forEach((w) => w())) };
}

describe('core reachability', () => {
  it('says at once that the host went away, instead of after 15 s of silence', async () => {
    const link = transport('open');
    const bridge = fakeBridge({ 'app.info': ok(INFO) });
    const app = createAppStore(bridge, link.source);
    app.getState().start();
    await vi.waitFor(() => expect(app.getState().connection).toBe('connected'));
    link.set('closed');
    expect(app.getState()).toMatchObject({ connection: 'disconnected', unreachable: 'closed' });
    link.set('connecting');
    expect(app.getState().unreachable).toBe('closed');
    bridge.emit('app.status', { uptimeMs: 1, network: 'mainnet', connection: 'online', paths: 2 });
    expect(app.getState()).toMatchObject({ connection: 'connected', unreachable: undefined });
  });

  it('says a page without its token has no way in, rather than starting for ever', () => {
    const bridge = fakeBridge({ 'app.info': err('disconnected') });
    const app = createAppStore(bridge, transport('no-token').source);
    app.getState().start();
    expect(app.getState()).toMatchObject({ connection: 'disconnected', unreachable: 'no-token' });
  });
});

describe('messenger settings', () => {
  it('changes a key this core keeps, and counts the change until it is answered', async () => {
    const answer = deferred<ReturnType<typeof ok>>();
    const bridge = fakeBridge({
      // An older core: it keeps read receipts but not the other messenger keys.
      'settings.get': ok({ theme: 'light', autoLockMinutes: 0, readReceipts: false } as never),
      'settings.set': () => answer.promise as never,
    });
    const settings = createSettingsStore(bridge, () => undefined);
    await settings.getState().load();
    const saving = settings.getState().setMessenger('readReceipts', true);
    expect(settings.getState()).toMatchObject({ pending: 1, settings: { readReceipts: true } });
    answer.resolve(ok({ theme: 'light', autoLockMinutes: 0, readReceipts: true } as never));
    await saving;
    expect(settings.getState().pending).toBe(0);
    expect(bridge.callsOf('settings.set')).toEqual([{ readReceipts: true }]);
  });

  it('does not send a key this core does not report', async () => {
    // An older core that reports none of the messenger keys.
    const bridge = fakeBridge({ 'settings.get': ok({ theme: 'light', autoLockMinutes: 0 } as never) });
    const settings = createSettingsStore(bridge, () => undefined);
    await settings.getState().load();
    expect(settings.getState().supports('typingIndicators')).toBe(false);
    await settings.getState().setMessenger('typingIndicators', true);
    expect(bridge.callsOf('settings.set')).toEqual([]);
  });
});

describe('password dialogs', () => {
  function security(answer: BridgeResult<Result<'security.setPassword'>>) {
    const bridge = fakeBridge({ 'security.setPassword': answer, 'security.changePassword': answer });
    const account = createAccountStore(bridge);
    return { bridge, store: createSecurityStore(bridge, account) };
  }

  it('asks for a new password when it is empty, pointing at the field', async () => {
    const { bridge, store } = security(ok(READY));
    await store.getState().setPassword('', '');
    expect(store.getState().problem).toEqual({ action: 'set', field: 'next', local: 'empty' });
    await store.getState().changePassword('old', '', '');
    expect(store.getState().problem).toEqual({ action: 'change', field: 'next', local: 'empty' });
    expect(bridge.calls).toEqual([]);
  });

  it('words the vault’s refusal as too short or too long, from what was typed', async () => {
    const { store } = security(err('weak-password'));
    await store.getState().setPassword('abc', 'abc');
    expect(store.getState().problem).toEqual({ action: 'set', field: 'next', local: 'short' });
    const long = 'x'.repeat(1_100);
    await store.getState().setPassword(long, long);
    expect(store.getState().problem).toMatchObject({ local: 'long' });
  });

  it('points a wrong current password at its field', async () => {
    const { store } = security(err('wrong-password'));
    await store.getState().changePassword('nope', 'new one!', 'new one!');
    expect(store.getState().problem).toMatchObject({ field: 'current', error: { code: 'wrong-password' } });
  });

  it('lets "App password set." go after a while', async () => {
    const { store } = security(ok({ ...READY, vault: 'password' }));
    await store.getState().setPassword('a good one', 'a good one');
    expect(store.getState().done).toBe('set');
    vi.advanceTimersByTime(DONE_SHOWN_MS);
    expect(store.getState().done).toBeUndefined();
  });

  it('lets "Display name saved." go after a while', async () => {
    const bridge = fakeBridge({ 'profile.setDisplayName': ok(READY) });
    const profile = createProfileStore(bridge, createAccountStore(bridge));
    await profile.getState().saveName('Ada');
    expect(profile.getState().saved).toBe(true);
    vi.advanceTimersByTime(SAVED_SHOWN_MS);
    expect(profile.getState().saved).toBe(false);
  });
});

describe('clearing this device’s data', () => {
  function setUp() {
    const bridge = fakeBridge({ 'account.clearData': ok(NO_ACCOUNT) });
    const account = createAccountStore(bridge);
    account.getState().accept(LOCKED);
    const onboarding = createOnboardingStore(bridge, account);
    return { bridge, account, onboarding, clear: createClearDataStore(bridge, account, onboarding) };
  }

  it('does nothing until the confirmation word is typed', async () => {
    const { bridge, clear } = setUp();
    expect(await clear.getState().clear('yes', true)).toBe(false);
    expect(clear.getState().mismatch).toBe(true);
    expect(bridge.calls).toEqual([]);
    expect(confirms('  DELETE ')).toBe(true);
  });

  it('sends the contract’s fixed confirmation and goes on to restoring from the phrase', async () => {
    const { bridge, account, onboarding, clear } = setUp();
    expect(await clear.getState().clear('delete', true)).toBe(true);
    expect(bridge.callsOf('account.clearData')).toEqual([{ confirm: 'clear-this-device' }]);
    expect(account.getState().account?.state).toBe('no-account');
    expect(onboarding.getState().step).toBe('restore');
  });

  it('shows the core’s reason when it cannot', async () => {
    const { bridge, clear } = setUp();
    bridge.answer('account.clearData', err('clear-incomplete'));
    expect(await clear.getState().clear('delete', false)).toBe(false);
    expect(clear.getState().error?.code).toBe('clear-incomplete');
  });
});
