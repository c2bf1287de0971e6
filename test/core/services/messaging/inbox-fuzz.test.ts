/**
 * Bad input over the WHOLE inbox path (bytes → open → verify → classify → handlers → a real
 * encrypted store): wrong signatures, a sender claim that is not the signing key, oversized data,
 * a timestamp beyond the tolerance, truncated and random bytes are dropped with a counted reason;
 * nothing is stored and nothing throws. Property-tested with fast-check.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, tryFromBase64 } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { ed25519Sign } from '../../../../electron/core/crypto/ed25519';
import { backend, ready } from '../../../../electron/core/crypto/sodium';
import type { PolledMessage } from '../../../../electron/core/network';
import {
  EnvelopeType,
  encodeEnvelope,
  encodeMessage,
  padMessage,
  wrapOneToOne,
  wrapWebSocketRequest,
} from '../../../../electron/core/protocol';
import {
  ENVELOPE_DROP_REASONS,
  FUTURE_TOLERANCE_MS,
  MAX_STORED_BYTES,
} from '../../../../electron/core/services/messaging/open-envelope';
import { openDevice, type Device } from '../../../support/messaging-device';

let device: Device;
let sender: Identity;
let n = 0;

beforeAll(async () => {
  await ready();
  device = await openDevice(undefined);
  sender = identityFromSeed(new Uint8Array(randomBytes(16)));
});
afterAll(async () => {
  await device.close();
});

function rows(): number {
  return device.store.read.get<{ n: number }>('SELECT count(*) AS n FROM messages')?.n ?? 0;
}

async function deliver(data: Uint8Array, timestampMs = Date.now()): Promise<Record<string, number>> {
  const before = device.messaging.stats().dropped;
  const m: PolledMessage = {
    hash: `fuzz-${n++}-${Math.random()}`,
    data,
    timestampMs,
    expiresMs: timestampMs + 60_000,
    pubkey: device.sessionId,
    namespace: 0,
  };
  await device.messaging.ownSwarm().deliver({ messages: [m], commit: () => undefined });
  const after = device.messaging.stats().dropped;
  const delta: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) if (v !== (before[k] ?? 0)) delta[k] = v - (before[k] ?? 0);
  return delta;
}

function valid(body: string, sentAtMs = Date.now()): Uint8Array {
  const content = encodeMessage({ kind: 'visible', sentAtMs, body });
  return tryFromBase64(wrapOneToOne(sender, device.sessionId, content, sentAtMs, { proSig: 'omit' }))!;
}

/** A sealed box whose inner layout is right but whose signature is not `signer`'s over it. */
function sealedWith(inner: Uint8Array, timestamp: number, source?: string): Uint8Array {
  const sealed = backend().boxSeal(inner, recipientX());
  const env = encodeEnvelope({
    type: EnvelopeType.SESSION_MESSAGE,
    timestamp,
    content: sealed,
    ...(source !== undefined ? { source } : {}),
  });
  return wrapWebSocketRequest(env);
}

function recipientX(): Uint8Array {
  return Uint8Array.from(Buffer.from(device.sessionId.slice(2), 'hex'));
}

const ALLOWED = new Set<string>([...ENVELOPE_DROP_REASONS, 'duplicate', 'blocked']);
const isAllowed = (reason: string) => ALLOWED.has(reason) || reason.startsWith('content:');

describe('the inbox path under bad input', () => {
  it('stores a well-formed message (the baseline the drops are measured against)', async () => {
    const before = rows();
    expect(await deliver(valid('baseline'))).toEqual({});
    expect(rows()).toBe(before + 1);
  });

  it('drops a wrong signature, a false sender claim, oversized data and a far-future time', async () => {
    const before = rows();
    const t = Date.now();
    const m = padMessage(encodeMessage({ kind: 'visible', sentAtMs: t, body: 'forged' }));
    const badSig = new Uint8Array(64).fill(7);
    expect(await deliver(sealedWith(concatBytes(m, sender.ed25519.publicKey, badSig), t))).toEqual({
      'bad-signature': 1,
    });
    const other = identityFromSeed(new Uint8Array(randomBytes(16)));
    const signedByOther = ed25519Sign(
      other.ed25519.secretKey,
      concatBytes(m, other.ed25519.publicKey, recipientX()),
    );
    // Signed by `other`, but naming `sender`'s key: the signature does not verify under it.
    expect(await deliver(sealedWith(concatBytes(m, sender.ed25519.publicKey, signedByOther), t))).toEqual({
      'bad-signature': 1,
    });
    // A correct signature, but the envelope claims someone else sent it.
    const sig = ed25519Sign(sender.ed25519.secretKey, concatBytes(m, sender.ed25519.publicKey, recipientX()));
    expect(
      await deliver(sealedWith(concatBytes(m, sender.ed25519.publicKey, sig), t, other.sessionId)),
    ).toEqual({
      'sender-mismatch': 1,
    });
    expect(await deliver(new Uint8Array(MAX_STORED_BYTES + 1))).toEqual({ oversized: 1 });
    expect(await deliver(valid('from the future', t + FUTURE_TOLERANCE_MS + 60_000))).toEqual({
      'future-timestamp': 1,
    });
    expect(rows()).toBe(before);
  });

  it('drops any truncation of a message, with a counted reason, storing nothing', async () => {
    const whole = valid('cut me anywhere');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: whole.length - 1 }), async (cut) => {
        const before = rows();
        const delta = await deliver(whole.slice(0, cut));
        const reasons = Object.keys(delta);
        expect(reasons).toHaveLength(1);
        expect(isAllowed(reasons[0]!)).toBe(true);
        expect(rows()).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('drops random bytes and flipped ciphertext bytes without a crash', async () => {
    const whole = valid('flip me');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          // Inside the sealed box (the WebSocketMessage ends with its 2-byte `id` field, which, like
          // the envelope's type and sourceDevice, nobody authenticates or reads).
          fc.integer({ min: whole.length - 200, max: whole.length - 3 }).map((i) => {
            const copy = whole.slice();
            copy[i] = copy[i]! ^ 0x41;
            return copy;
          }),
        ),
        async (bytes) => {
          const before = rows();
          const delta = await deliver(bytes);
          expect(Object.keys(delta)).toHaveLength(1);
          expect(isAllowed(Object.keys(delta)[0]!)).toBe(true);
          expect(rows()).toBe(before);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('counts a message delivered twice under two hashes once (sender + time)', async () => {
    const bytes = valid('twice', Date.now() - 5);
    const before = rows();
    expect(await deliver(bytes)).toEqual({});
    expect(await deliver(bytes)).toEqual({ duplicate: 1 });
    expect(rows()).toBe(before + 1);
  });
});
