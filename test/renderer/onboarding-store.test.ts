import { describe, expect, it } from 'vitest';
import { createAccountStore } from '../../src/stores/account-store';
import { createOnboardingStore } from '../../src/stores/onboarding-store';
import { deferred, err, fakeBridge, ok, PHRASE, READY, SESSION_ID } from './fake-bridge';

function setUp() {
  const bridge = fakeBridge({
    'onboarding.generate': ok({ sessionId: SESSION_ID, phrase: PHRASE }),
    'onboarding.complete': ok(READY),
  });
  const account = createAccountStore(bridge);
  const onboarding = createOnboardingStore(bridge, account);
  return { bridge, account, onboarding };
}

describe('onboarding store', () => {
  it('creates an account: phrase, word check, name, and forgets the phrase at the end', async () => {
    const { bridge, account, onboarding } = setUp();
    await onboarding.getState().startCreate();
    expect(onboarding.getState()).toMatchObject({ step: 'create', sessionId: SESSION_ID, phrase: PHRASE });
    onboarding.getState().toCheck();
    const [a, b] = onboarding.getState().checkPositions;
    const words = PHRASE.split(' ');
    onboarding.getState().submitCheck(words[a - 1]!, 'wrong');
    expect(onboarding.getState().checkWrong).toBe(b);
    onboarding.getState().submitCheck(` ${words[a - 1]!.toUpperCase()} `, words[b - 1]!);
    expect(onboarding.getState().step).toBe('name');
    await onboarding.getState().finish('  ');
    expect(onboarding.getState().nameMissing).toBe(true);
    await onboarding.getState().finish(' Ada ');
    expect(bridge.callsOf('onboarding.complete')).toEqual([
      { mode: 'create', sessionId: SESSION_ID, displayName: 'Ada' },
    ]);
    expect(account.getState().account).toEqual(READY);
    expect(onboarding.getState()).toMatchObject({ step: 'welcome', phrase: undefined, sessionId: undefined });
  });

  it('keeps the flow and shows the error when completing fails', async () => {
    const { bridge, onboarding } = setUp();
    bridge.answer('onboarding.complete', err('db-busy'));
    await onboarding.getState().startCreate();
    onboarding.setState({ step: 'name' });
    await onboarding.getState().finish('Ada');
    expect(onboarding.getState()).toMatchObject({
      step: 'name',
      busy: false,
      phrase: PHRASE,
      error: { code: 'db-busy' },
    });
  });

  it('counts only the newest validation of the restore text', async () => {
    const { bridge, onboarding } = setUp();
    const slow = deferred<ReturnType<typeof ok<{ valid: false; code: 'word-count'; count: number }>>>();
    bridge.answer('onboarding.validatePhrase', ({ phrase }) =>
      phrase === 'one' ? slow.promise : ok({ valid: true, form: 'session', sessionId: SESSION_ID }),
    );
    onboarding.getState().startRestore();
    const first = onboarding.getState().setRestoreText('one');
    await onboarding.getState().setRestoreText(PHRASE);
    slow.resolve(ok({ valid: false, code: 'word-count', count: 1 }));
    await first;
    expect(onboarding.getState().restoreCheck).toEqual({
      valid: true,
      form: 'session',
      sessionId: SESSION_ID,
    });
    await onboarding.getState().continueRestore();
    expect(onboarding.getState().step).toBe('name');
    await onboarding.getState().finish('Bo');
    expect(bridge.callsOf('onboarding.complete')).toEqual([
      { mode: 'restore', phrase: PHRASE, displayName: 'Bo' },
    ]);
  });

  it('refuses to continue with an empty or invalid phrase', async () => {
    const { bridge, onboarding } = setUp();
    bridge.answer('onboarding.validatePhrase', ok({ valid: false, code: 'checksum', count: 13 }));
    onboarding.getState().startRestore();
    await onboarding.getState().continueRestore();
    expect(onboarding.getState()).toMatchObject({
      restoreAttempted: true,
      restoreCheck: undefined,
      step: 'restore',
    });
    await onboarding.getState().setRestoreText('thirteen wrong words');
    await onboarding.getState().continueRestore();
    expect(onboarding.getState()).toMatchObject({ restoreAttempted: true, step: 'restore' });
  });

  it('ends the flow when the account becomes ready another way (another tab)', async () => {
    const { bridge, account, onboarding } = setUp();
    account.getState().start();
    await onboarding.getState().startCreate();
    bridge.emit('account.changed', READY);
    expect(onboarding.getState()).toMatchObject({ step: 'welcome', phrase: undefined });
  });
});
