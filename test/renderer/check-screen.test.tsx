import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckScreen } from '../../src/features/onboarding/CheckScreen';
import { fakeBridge, ok, PHRASE, SESSION_ID } from './fake-bridge';
import { renderWith } from './render';

afterEach(cleanup);

describe('the phrase check', () => {
  it('asks for an empty word instead of calling it wrong, and puts the caret there', async () => {
    const bridge = fakeBridge({ 'onboarding.generate': ok({ sessionId: SESSION_ID, phrase: PHRASE }) });
    const { stores } = renderWith(bridge, <CheckScreen />);
    await act(() => stores.onboarding.getState().startCreate());
    act(() => stores.onboarding.getState().toCheck());
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check words' }));
    const [a] = stores.onboarding.getState().checkPositions;
    expect(screen.getByRole('alert').textContent).toBe(`Enter word ${a} of your recovery phrase.`);
    expect(document.activeElement).toBe(screen.getByLabelText(`Word ${a}`));
  });
});
