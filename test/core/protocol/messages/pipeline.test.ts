import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex } from '../../../../electron/core/crypto/bytes';
import * as protocol from '../../../../electron/core/protocol/index';
import { BOB, T } from './fixtures';

/**
 * The way services use the kinds: encodeMessage → wrapOneToOne → (swarm) → unwrapOneToOne →
 * classifyContent, through the protocol facade only; and the storage TTL of each kind (§11.8).
 */

let alice: protocol.Identity;
let bob: protocol.Identity;
beforeAll(async () => {
  await protocol.ready();
  alice = protocol.identityFromSeed(fromHex('0123456789abcdef0123456789abcdef'));
  bob = protocol.identityFromSeed(fromHex('00112233445566778899aabbccddeeff'));
});

describe('messages through the 1:1 stack', () => {
  it('a message to Bob and its sync copy to ourselves', () => {
    const message: protocol.OutgoingMessage = { kind: 'visible', sentAtMs: T, body: 'hi Bob' };
    const data = protocol.wrapOneToOne(alice, bob.sessionId, protocol.encodeMessage(message), T);
    const opened = protocol.unwrapOneToOne(bob, data);
    const received = protocol.classifyContent(opened.content, {
      sentAtMs: opened.timestampMs,
      sender: opened.senderSessionId,
      fromSelf: opened.senderSessionId === bob.sessionId,
    });
    expect(received).toMatchObject({ kind: 'visible', body: 'hi Bob', sender: alice.sessionId });

    const sync = protocol.encodeMessage({ ...message, syncTarget: bob.sessionId });
    const own = protocol.unwrapOneToOne(alice, protocol.wrapOneToOne(alice, alice.sessionId, sync, T));
    const copy = protocol.classifyContent(own.content, {
      sentAtMs: own.timestampMs,
      sender: own.senderSessionId,
      fromSelf: own.senderSessionId === alice.sessionId,
    });
    expect(copy).toMatchObject({ kind: 'visible', conversation: { kind: 'direct', id: bob.sessionId } });
  });
});

describe('storageTtlMs', () => {
  const day14 = 14 * 24 * 3_600_000;
  it('follows the kind and the disappearing mode', () => {
    const text = (expiration: protocol.Expiration): protocol.OutgoingMessage => ({
      kind: 'visible',
      sentAtMs: T,
      body: 'x',
      expiration,
    });
    expect(protocol.storageTtlMs({ kind: 'typing', sentAtMs: T, action: 'started' }, 'recipient')).toBe(
      20_000,
    );
    expect(protocol.storageTtlMs(text({ mode: 'off' }), 'recipient')).toBe(day14);
    expect(protocol.storageTtlMs(text({ mode: 'after-send', seconds: 60 }), 'recipient')).toBe(60_000);
    expect(protocol.storageTtlMs(text({ mode: 'after-send', seconds: 60 }), 'own-swarm')).toBe(60_000);
    expect(protocol.storageTtlMs(text({ mode: 'after-read', seconds: 300 }), 'recipient')).toBe(day14);
    expect(protocol.storageTtlMs(text({ mode: 'after-read', seconds: 300 }), 'own-swarm')).toBe(300_000);
    expect(
      protocol.storageTtlMs(
        { kind: 'unsend', sentAtMs: T, target: { author: BOB, sentAtMs: 1 } },
        'recipient',
      ),
    ).toBe(day14);
  });
});
