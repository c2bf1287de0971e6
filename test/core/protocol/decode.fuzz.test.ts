import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toBase64 } from '../../../electron/core/crypto/bytes';
import {
  DecodeError,
  decodeContent,
  decodeEnvelope,
  encodeContent,
  identityFromSeed,
  ready,
  SessionBoxError,
  unwrapOneToOne,
  unwrapWebSocketRequest,
  wrapOneToOne,
  type Identity,
} from '../../../electron/core/protocol/index';
import { mutate, mutation } from './mutations';

/**
 * Every decoder of outside bytes must fail only with its typed error and must terminate: random
 * inputs, and valid inputs with bytes flipped, inserted, dropped or truncated.
 */

let alice: Identity;
let bob: Identity;
let validData: string;
let validBytes: Uint8Array;
let validContent: Uint8Array;

beforeAll(async () => {
  await ready();
  alice = identityFromSeed(fromHex('0123456789abcdef0123456789abcdef'));
  bob = identityFromSeed(fromHex('00112233445566778899aabbccddeeff'));
  validContent = encodeContent({
    dataMessage: {
      body: 'fuzz me',
      quote: { id: 5, author: alice.sessionId },
      attachments: [{ deprecatedId: 1, url: 'http://x/1', key: new Uint8Array(64) }],
      groupUpdateMessage: { inviteResponse: { isApproved: true } },
    },
    sigTimestamp: 1_700_000_000_000,
  });
  validData = wrapOneToOne(alice, bob.sessionId, validContent, 1_700_000_000_000);
  validBytes = new Uint8Array(Buffer.from(validData, 'base64'));
});

function typedOnly(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof DecodeError || e instanceof SessionBoxError)) throw e;
  }
}

const anyBytes = fc.uint8Array({ maxLength: 300 });

describe('decoders of outside bytes only throw typed errors', () => {
  it('Content decoding', () => {
    fc.assert(
      fc.property(anyBytes, (b) => typedOnly(() => decodeContent(b))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(mutation, (m) => typedOnly(() => decodeContent(mutate(validContent, m)))),
      { numRuns: 1500 },
    );
  });

  it('Envelope and WebSocketMessage decoding', () => {
    fc.assert(
      fc.property(anyBytes, (b) => {
        typedOnly(() => decodeEnvelope(b));
        typedOnly(() => unwrapWebSocketRequest(b));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(mutation, (m) =>
        typedOnly(() => decodeEnvelope(unwrapWebSocketRequest(mutate(validBytes, m)))),
      ),
      { numRuns: 1500 },
    );
  });

  it('base64 data unwrapping (random text, random base64, mutated valid messages)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => typedOnly(() => unwrapOneToOne(bob, s))),
      {
        numRuns: 1000,
      },
    );
    fc.assert(
      fc.property(anyBytes, (b) => typedOnly(() => unwrapOneToOne(bob, toBase64(b)))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(mutation, (m) => typedOnly(() => unwrapOneToOne(bob, toBase64(mutate(validBytes, m))))),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...'AZaz09+/=!. \n'.split('')), (pos, ch) => {
        const i = pos % validData.length;
        typedOnly(() => unwrapOneToOne(bob, validData.slice(0, i) + ch + validData.slice(i + 1)));
      }),
      { numRuns: 500 },
    );
  });

  it('the unmutated message still unwraps (the mutations above are the only failures)', () => {
    expect(unwrapOneToOne(bob, validData).message.dataMessage?.body).toBe('fuzz me');
  });
});
