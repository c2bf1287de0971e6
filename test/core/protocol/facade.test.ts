import { describe, expect, it } from 'vitest';
import * as protocol from '../../../electron/core/protocol/index';

describe('protocol facade', () => {
  it('exposes the documented entry points', () => {
    const names = [
      'ready',
      'seedFromPhrase',
      'phraseFromSeed',
      'bip39FromSeed',
      'decodePhrase',
      'identityFromSeed',
      'encryptForRecipient',
      'encryptForRecipientDeterministic',
      'decryptFromSender',
      'wrapOneToOne',
      'unwrapOneToOne',
      'encodeContent',
      'decodeContent',
      'padMessage',
      'unpadMessage',
      // written beside this facade (onion, storage, swarm, ONS)
      'sealOnionLayer',
      'openOnionLayer',
      'storageHash',
      'swarmSpace',
      'closestSwarm',
      'decryptOnsValue',
      'encodeBt',
      'decodeBt',
      'encryptAttachment',
      'decryptAttachment',
    ] as const;
    for (const name of names) expect(typeof protocol[name], name).toBe('function');
    for (const cls of [
      protocol.PhraseError,
      protocol.DecodeError,
      protocol.SessionBoxError,
      protocol.IdError,
    ]) {
      expect(typeof cls).toBe('function');
    }
  });
});
