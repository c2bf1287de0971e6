/**
 * Restore's last step (issue 12): the name is optional, the configs' fetch shows its progress
 * from `sync.progress` until `onboarding.complete` answers, and a failure goes back to the name.
 */
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Onboarding } from '../../src/features/onboarding/Onboarding';
import { deferred, err, fakeBridge, ok, PHRASE, READY, SESSION_ID } from './fake-bridge';
import { renderWith } from './render';

afterEach(cleanup);

function restoring() {
  const answer = deferred<ReturnType<typeof ok<typeof READY>>>();
  const bridge = fakeBridge({
    'onboarding.validatePhrase': ok({ valid: true, form: 'session', sessionId: SESSION_ID }),
    'onboarding.complete': () => answer.promise,
  });
  return { bridge, answer, ...renderWith(bridge, <Onboarding />) };
}

describe('restoring an account', () => {
  it('sends no name when none was typed and shows the fetch until the account is ready', async () => {
    const { bridge, answer, stores } = restoring();
    const o = () => stores.onboarding.getState();
    act(() => o().startRestore());
    await act(() => o().setRestoreText(PHRASE));
    await act(() => o().continueRestore());
    expect(screen.getByRole('heading', { name: 'Choose a display name' })).toBeTruthy();
    expect(screen.getByText(/comes back from the network/)).toBeTruthy();
    let finished!: Promise<void>;
    act(() => void (finished = o().finish('')));
    expect(bridge.callsOf('onboarding.complete')).toEqual([{ mode: 'restore', phrase: PHRASE }]);
    expect(screen.getByRole('heading', { name: 'Restoring your account' })).toBeTruthy();
    expect(screen.getByTestId('restore-progress').textContent).toBe('Connecting to the Session network…');
    act(() => bridge.emit('sync.progress', { phase: 'applying', merged: 3, contacts: 12, conversations: 9 }));
    expect(screen.getByTestId('restore-progress').textContent).toBe(
      'Restoring… 12 contacts, 9 chats so far.',
    );
    answer.resolve(ok(READY));
    await act(() => finished);
    expect(stores.account.getState().account).toEqual(READY);
    expect(o()).toMatchObject({ step: 'welcome', syncProgress: undefined, restoreText: '' });
  });

  it('goes back to the name step with the error when completing fails', async () => {
    const { bridge, stores } = restoring();
    bridge.answer('onboarding.complete', err('db-busy'));
    const o = () => stores.onboarding.getState();
    act(() => o().startRestore());
    await act(() => o().setRestoreText(PHRASE));
    await act(() => o().continueRestore());
    await act(() => o().finish('Bo'));
    expect(bridge.callsOf('onboarding.complete')).toEqual([
      { mode: 'restore', phrase: PHRASE, displayName: 'Bo' },
    ]);
    expect(o()).toMatchObject({ step: 'name', busy: false, error: { code: 'db-busy' } });
  });
});
