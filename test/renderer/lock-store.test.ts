import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccountStore } from '../../src/stores/account-store';
import { createLockStore } from '../../src/stores/lock-store';
import { err, fakeBridge, LOCKED, ok, READY } from './fake-bridge';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setUp() {
  const bridge = fakeBridge();
  const account = createAccountStore(bridge);
  account.getState().accept(LOCKED);
  return { bridge, account, lock: createLockStore(bridge, account) };
}

describe('lock store', () => {
  it('asks for a password before calling the core', async () => {
    const { bridge, lock } = setUp();
    await lock.getState().unlock('');
    expect(lock.getState().error?.code).toBe('password-required');
    expect(bridge.calls).toEqual([]);
  });

  it('unlocks and hands the new state to the account', async () => {
    const { bridge, account, lock } = setUp();
    bridge.answer('account.unlock', ok({ ...READY, vault: 'password' }));
    await lock.getState().unlock('right');
    expect(bridge.callsOf('account.unlock')).toEqual([{ password: 'right' }]);
    expect(lock.getState()).toMatchObject({ busy: false, error: undefined, retryAfter: 0 });
    expect(account.getState().account?.state).toBe('ready');
  });

  it('shows the error and counts down the pause the core reports', async () => {
    const { bridge, lock } = setUp();
    bridge.answer('account.unlock', err('rate-limited'));
    bridge.answer('account.state', ok({ ...LOCKED, retryAfterSeconds: 3 }));
    await lock.getState().unlock('wrong');
    expect(lock.getState()).toMatchObject({ busy: false, error: { code: 'rate-limited' }, retryAfter: 3 });
    vi.advanceTimersByTime(1_000);
    expect(lock.getState().retryAfter).toBe(2);
    vi.advanceTimersByTime(2_000);
    expect(lock.getState().retryAfter).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(lock.getState().retryAfter).toBe(0);
  });

  it('resumes a pause that was running before a reload', () => {
    const { account, lock } = setUp();
    account.getState().accept({ ...LOCKED, retryAfterSeconds: 9 });
    lock.getState().resume();
    expect(lock.getState().retryAfter).toBe(9);
  });

  it('takes one attempt at a time', async () => {
    const { bridge, lock } = setUp();
    bridge.answer('account.unlock', () => new Promise(() => undefined));
    void lock.getState().unlock('a');
    await lock.getState().unlock('b');
    expect(bridge.callsOf('account.unlock')).toEqual([{ password: 'a' }]);
  });
});
