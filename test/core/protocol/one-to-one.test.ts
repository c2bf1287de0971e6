import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, toBase64, utf8 } from '../../../electron/core/crypto/bytes';
import { WebSocketProtos } from '../../../electron/core/protocol/gen/session-protos';
import {
  DecodeError,
  decodeEnvelope,
  encodeContent,
  encodeEnvelope,
  encryptForRecipient,
  EnvelopeType,
  identityFromSeed,
  padMessage,
  padMessageLegacy,
  ready,
  SessionBoxError,
  unwrapOneToOne,
  unwrapWebSocketRequest,
  wrapOneToOne,
  wrapWebSocketRequest,
  type Identity,
} from '../../../electron/core/protocol/index';
import { ed25519Verify } from '../../../electron/core/crypto/ed25519';

let alice: Identity;
let bob: Identity;
const T = 1_700_000_123_456;

beforeAll(async () => {
  await ready();
  alice = identityFromSeed(fromHex('0123456789abcdef0123456789abcdef'));
  bob = identityFromSeed(fromHex('00112233445566778899aabbccddeeff'));
});

function hello(ts: number | undefined = T): Uint8Array {
  return encodeContent({ dataMessage: { body: 'hello' }, ...(ts === undefined ? {} : { sigTimestamp: ts }) });
}

/** Builds `data` by hand so tests can vary what wrapOneToOne always gets right. */
function craft(opts: {
  content?: Uint8Array;
  padded?: Uint8Array;
  timestamp?: number;
  type?: number;
  omitContent?: boolean;
  verb?: string;
  path?: string;
}): string {
  const padded = opts.padded ?? padMessage(opts.content ?? hello());
  const env = encodeEnvelope({
    type: opts.type ?? EnvelopeType.SESSION_MESSAGE,
    timestamp: opts.timestamp ?? T,
    ...(opts.omitContent ? {} : { content: encryptForRecipient(alice, bob.sessionId, padded) }),
  });
  const wsm = WebSocketProtos.WebSocketMessage.encode({
    type: 1,
    request: { verb: opts.verb ?? '', path: opts.path ?? '', body: env, id: 0 },
  }).finish();
  return toBase64(wsm);
}

function failure(f: () => unknown): DecodeError | SessionBoxError {
  try {
    f();
  } catch (e) {
    if (e instanceof DecodeError || e instanceof SessionBoxError) return e;
    throw e;
  }
  throw new Error('expected a typed failure');
}

describe('wrapOneToOne / unwrapOneToOne', () => {
  it('round-trips with sender recovery and a decoy proSig by default', () => {
    const data = wrapOneToOne(alice, bob.sessionId, hello(), T);
    const out = unwrapOneToOne(bob, data);
    expect(out.senderSessionId).toBe(alice.sessionId);
    expect(out.senderEd25519PublicKey).toEqual(alice.ed25519.publicKey);
    expect(out.timestampMs).toBe(T);
    expect(out.content).toEqual(hello());
    expect(out.message.dataMessage?.body).toBe('hello');

    const env = decodeEnvelope(unwrapWebSocketRequest(fromBase64(data)));
    expect(env.sourceDevice).toBe(1);
    expect(Object.hasOwn(env, 'source')).toBe(false);
    expect(env.proSig).toHaveLength(64);
    // A decoy: it verifies under neither the sender's key nor anything derivable from the message.
    expect(ed25519Verify(env.proSig, env.content, alice.ed25519.publicKey)).toBe(false);
    const omitted = decodeEnvelope(
      unwrapWebSocketRequest(fromBase64(wrapOneToOne(alice, bob.sessionId, hello(), T, { proSig: 'omit' }))),
    );
    expect(Object.hasOwn(omitted, 'proSig')).toBe(false);
  });

  it('deterministic wrapping is repeatable; random wrapping is not', () => {
    const a = wrapOneToOne(alice, bob.sessionId, hello(), T, { deterministic: true, proSig: 'omit' });
    const b = wrapOneToOne(alice, bob.sessionId, hello(), T, { deterministic: true, proSig: 'omit' });
    expect(a).toBe(b);
    expect(wrapOneToOne(alice, bob.sessionId, hello(), T)).not.toBe(
      wrapOneToOne(alice, bob.sessionId, hello(), T),
    );
  });

  it('accepts legacy desktop wrapping: PUT /api/v1/message and legacy padding', () => {
    const out = unwrapOneToOne(
      bob,
      craft({ verb: 'PUT', path: '/api/v1/message', padded: padMessageLegacy(hello()) }),
    );
    expect(out.message.dataMessage?.body).toBe('hello');
  });

  it('tolerates a missing sigTimestamp (legacy senders)', () => {
    const out = unwrapOneToOne(bob, craft({ content: hello(undefined) }));
    expect(out.message.dataMessage?.body).toBe('hello');
  });

  it('drops a message whose sigTimestamp differs from the envelope', () => {
    expect(failure(() => unwrapOneToOne(bob, craft({ timestamp: T + 1 }))).code).toBe('timestamp-mismatch');
  });

  it('rejects other envelope types, a missing content and bad base64', () => {
    expect(failure(() => unwrapOneToOne(bob, craft({ type: 7 }))).code).toBe('unexpected-type');
    expect(failure(() => unwrapOneToOne(bob, craft({ omitContent: true }))).code).toBe('missing-field');
    expect(failure(() => unwrapOneToOne(bob, 'not base64!')).code).toBe('base64');
    expect(failure(() => unwrapOneToOne(bob, toBase64(wrapWebSocketRequest(Uint8Array.of(1))))).code).toBe(
      'protobuf',
    );
  });

  it('only the recipient can unwrap', () => {
    const data = wrapOneToOne(alice, bob.sessionId, hello(), T);
    expect(failure(() => unwrapOneToOne(alice, data)).code).toBe('decrypt');
  });

  it('sync copies to oneself name oneself as sender', () => {
    const content = encodeContent({
      dataMessage: { body: 'to bob', syncTarget: bob.sessionId },
      sigTimestamp: T,
    });
    const out = unwrapOneToOne(alice, wrapOneToOne(alice, alice.sessionId, content, T));
    expect(out.senderSessionId).toBe(alice.sessionId);
    expect(out.message.dataMessage?.syncTarget).toBe(bob.sessionId);
  });

  it('refuses nonsense timestamps from the caller with SessionBoxError("input")', () => {
    for (const ts of [-1, 1.5, NaN, Infinity, 1_700_000_000_000n, '1700000000000']) {
      const code = failure(() => wrapOneToOne(alice, bob.sessionId, hello(), ts as unknown as number)).code;
      expect(code, String(ts)).toBe('input');
    }
  });

  // session-desktop's receiver treats a zero (falsy) sigTimestamp or envelope timestamp as a
  // legacy message and skips the comparison; only two non-zero values that differ are refused.
  it('accepts sigTimestamp 0 or envelope timestamp 0 as legacy, refuses two differing non-zero', () => {
    // Content{dataMessage{body:"hi"}, sigTimestamp: 0} — the reviewer's bytes, 0 present on the wire.
    const zeroSig = fromHex('0a040a0268697800');
    const a = unwrapOneToOne(bob, craft({ content: zeroSig, timestamp: T }));
    expect(a.senderSessionId).toBe(alice.sessionId);
    expect(a.timestampMs).toBe(T);
    const b = unwrapOneToOne(bob, craft({ content: hello(5), timestamp: 0 }));
    expect(b.message.sigTimestamp).toBe(5);
    expect(b.timestampMs).toBe(0);
    expect(failure(() => unwrapOneToOne(bob, craft({ content: hello(5), timestamp: 6 }))).code).toBe(
      'timestamp-mismatch',
    );
  });

  it('refuses non-byte content and a non-Identity sender with typed errors', () => {
    expect(failure(() => wrapOneToOne(alice, bob.sessionId, 'hi' as unknown as Uint8Array, T)).code).toBe(
      'input',
    );
    const notIdentity = alice.ed25519.secretKey as unknown as Identity;
    expect(failure(() => wrapOneToOne(notIdentity, bob.sessionId, hello(), T)).code).toBe('input');
    expect(failure(() => unwrapOneToOne(bob, fromHex('00') as unknown as string)).code).toBe('base64');
  });

  it('takes the recipient as 33 raw bytes or the bare 32-byte key, as libsession does', () => {
    for (const recipient of [fromHex(bob.sessionId), bob.x25519.publicKey]) {
      const out = unwrapOneToOne(bob, wrapOneToOne(alice, recipient, hello(), T));
      expect(out.senderSessionId).toBe(alice.sessionId);
    }
  });

  it('carries arbitrary bytes too (unpadded content is returned as a view)', () => {
    const out = unwrapOneToOne(bob, craft({ content: utf8('') }));
    expect(out.content).toHaveLength(0);
  });
});

function fromBase64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}
