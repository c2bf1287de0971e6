import { expect, it } from 'vitest';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import { ready } from '../../../../electron/core/crypto/sodium';
import { Contacts } from '../../../../electron/core/protocol/config/contacts';
import { USER_SEED } from './helpers';

it('refuses configs before zstd is loaded', async () => {
  await ready();
  expect(() => new Contacts(identityFromSeed(USER_SEED))).toThrow(
    expect.objectContaining({ code: 'not-ready' }),
  );
});
