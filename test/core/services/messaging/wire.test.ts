/**
 * The copies a send stores (§3.1 steps 1–8, §3.5, §11.3): the recipient's Content without
 * syncTarget, our sync copy with syncTarget = the contact, both stamped T; Note to Self only the
 * sync copy; receipts and typing only the recipient's; TTLs by kind and timer, never under 10 s.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from '../../../../electron/core/crypto/bytes';
import { identityFromSeed, type Identity } from '../../../../electron/core/crypto/identity';
import { ready } from '../../../../electron/core/crypto/sodium';
import { unwrapOneToOne, type OutgoingMessage } from '../../../../electron/core/protocol';
import {
  buildCopies,
  copyBytes,
  decodePayload,
  encodePayload,
  MIN_STORE_TTL_MS,
} from '../../../../electron/core/services/messaging/wire';

let alice: Identity;
let bob: Identity;
beforeAll(async () => {
  await ready();
  alice = identityFromSeed(new Uint8Array(randomBytes(16)));
  bob = identityFromSeed(new Uint8Array(randomBytes(16)));
});

const T = 1_800_000_000_000;
const DAY14 = 14 * 86_400_000;

function open(to: Identity, data: string | undefined) {
  return unwrapOneToOne(
    to,
    toBase64(copyBytes({ role: 'sync', to: to.sessionId, ttlMs: 0, data: data ?? '' })!),
  );
}

describe('the copies of a send', () => {
  it('seals the Content for the recipient and, with syncTarget, for ourselves', () => {
    const m: OutgoingMessage = { kind: 'visible', sentAtMs: T, body: 'hi' };
    const p = buildCopies(alice, bob.sessionId, m);
    expect(p.copies.map((c) => [c.role, c.to, c.ttlMs])).toEqual([
      ['recipient', bob.sessionId, DAY14],
      ['sync', alice.sessionId, DAY14],
    ]);
    const theirs = open(bob, p.copies[0]!.data);
    expect(theirs).toMatchObject({ senderSessionId: alice.sessionId, timestampMs: T });
    expect(theirs.message.dataMessage?.body).toBe('hi');
    expect(theirs.message.dataMessage?.syncTarget ?? '').toBe('');
    expect(Number(theirs.message.sigTimestamp)).toBe(T);
    const ours = open(alice, p.copies[1]!.data);
    expect(ours.message.dataMessage?.syncTarget).toBe(bob.sessionId);
    expect(decodePayload(encodePayload(p))).toEqual(p);
  });

  it('stores Note to Self once, in our own swarm', () => {
    const p = buildCopies(alice, alice.sessionId, { kind: 'visible', sentAtMs: T, body: 'me' });
    expect(p.copies.map((c) => [c.role, c.to])).toEqual([['sync', alice.sessionId]]);
    expect(open(alice, p.copies[0]!.data).message.dataMessage?.syncTarget).toBe(alice.sessionId);
  });

  it('sends receipts and typing to the recipient only, typing for 20 s', () => {
    const receipt = buildCopies(alice, bob.sessionId, {
      kind: 'read-receipt',
      sentAtMs: T,
      timestamps: [T - 1],
    });
    expect(receipt.copies.map((c) => [c.role, c.ttlMs])).toEqual([['recipient', DAY14]]);
    const typing = buildCopies(alice, bob.sessionId, { kind: 'typing', sentAtMs: T, action: 'started' });
    expect(typing.copies.map((c) => [c.role, c.ttlMs])).toEqual([['recipient', 20_000]]);
  });

  it('stores after-send messages for their timer (at least 10 s), after-read ones 14 days to the recipient', () => {
    const send = (seconds: number, mode: 'after-send' | 'after-read') =>
      buildCopies(alice, bob.sessionId, {
        kind: 'visible',
        sentAtMs: T,
        body: 'x',
        expiration: { mode, seconds },
      }).copies.map((c) => c.ttlMs);
    expect(send(300, 'after-send')).toEqual([300_000, 300_000]);
    expect(send(5, 'after-send')).toEqual([MIN_STORE_TTL_MS, MIN_STORE_TTL_MS]);
    expect(send(3_600, 'after-read')).toEqual([DAY14, 3_600_000]);
  });

  it('refuses a payload it did not write', () => {
    expect(decodePayload(new TextEncoder().encode('{"v":2}'))).toBeUndefined();
    expect(decodePayload(new Uint8Array([0xff]))).toBeUndefined();
    expect(decodePayload(null)).toBeUndefined();
  });
});
