import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ready } from '../../../electron/core/crypto/sodium';
import { NetworkError } from '../../../electron/core/network/errors';
import {
  classifyGuardReply,
  decodeServerReply,
  decodeSnodeReply,
} from '../../../electron/core/network/onion-request';
import { parseBatchResults, parseRetrieveBody } from '../../../electron/core/network/rpc-results';
import { parseServiceNodeStates, parseSwarmSnodes } from '../../../electron/core/network/snode';

beforeAll(() => ready());

/** Runs `fn` and accepts only success or a NetworkError. */
function onlyNetworkError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(NetworkError);
  }
}

const nodeLike = fc.record(
  {
    public_ip: fc.oneof(fc.ipV4(), fc.string(), fc.constant('0.0.0.0')),
    storage_port: fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.string()),
    pubkey_ed25519: fc.oneof(
      fc.string(),
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
    ),
    pubkey_x25519: fc.oneof(
      fc.string(),
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
    ),
  },
  { requiredKeys: [] },
);

describe('decoders of outside bytes', () => {
  it('service node lists: valid entries kept, junk skipped, only NetworkError thrown', () => {
    const ed = 'ab'.repeat(32);
    const x = 'cd'.repeat(32);
    const list = parseServiceNodeStates({
      result: {
        service_node_states: [
          { public_ip: '1.2.3.4', storage_port: 22021, pubkey_ed25519: ed, pubkey_x25519: x },
          { public_ip: '0.0.0.0', storage_port: 22021, pubkey_ed25519: ed, pubkey_x25519: x },
          { public_ip: '1.2.3.5', storage_port: 22021, pubkey_ed25519: ed, pubkey_x25519: x },
          { public_ip: '1.2.3.6', storage_port: 0, pubkey_ed25519: 'cc'.repeat(32), pubkey_x25519: x },
        ],
      },
    });
    expect(list).toEqual([{ ip: '1.2.3.4', port: 22021, ed25519: ed, x25519: x }]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ result: fc.record({ service_node_states: fc.array(nodeLike) }) }),
        ),
        (v) => onlyNetworkError(() => parseServiceNodeStates(v)),
      ),
      { numRuns: 2000 },
    );
  });

  it('swarm lists accept port_https or a string port', () => {
    const ed = 'ab'.repeat(32);
    const x = 'cd'.repeat(32);
    expect(
      parseSwarmSnodes({
        snodes: [{ ip: '9.9.9.9', port: '22100', pubkey_ed25519: ed, pubkey_x25519: x }],
      })[0]!.port,
    ).toBe(22100);
    expect(
      parseSwarmSnodes({
        snodes: [{ ip: '9.9.9.9', port: '1', port_https: 443, pubkey_ed25519: ed, pubkey_x25519: x }],
      })[0]!.port,
    ).toBe(443);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => onlyNetworkError(() => parseSwarmSnodes(v))),
      { numRuns: 2000 },
    );
  });

  it('refuses node lists too long to be real', () => {
    expect(() => parseSwarmSnodes({ snodes: new Array(20_001).fill(0) })).toThrow(NetworkError);
  });

  it('batch results and retrieve bodies throw only NetworkError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 20 }), (v, n) => {
        onlyNetworkError(() => parseBatchResults({ status: 200, body: v, text: '' }, n));
        onlyNetworkError(() => parseRetrieveBody(v));
      }),
      { numRuns: 3000 },
    );
    const r = parseRetrieveBody({
      messages: [{ hash: 'h1', data: 'AQID', timestamp: 5, expiration: 9 }],
      more: true,
    });
    expect(r.more).toBe(true);
    expect([...r.messages[0]!.data]).toEqual([1, 2, 3]);
  });

  it('onion replies: random bytes decode to NetworkError, never a library error', () => {
    const key = new Uint8Array(32).fill(1);
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('aes-gcm' as const, 'xchacha20' as const),
        (bytes, cipher) => {
          const reply = { status: 200, contentType: '', body: bytes };
          onlyNetworkError(() => decodeSnodeReply(reply, { body: bytes, key, cipher }));
          onlyNetworkError(() => decodeServerReply(reply, { body: bytes, key, cipher }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('recognises "Next node not found" only on a 502 with a key', () => {
    const ed = 'ef'.repeat(32);
    const body = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(
      classifyGuardReply({ status: 502, contentType: '', body: body(`Next node not found: ${ed}`) }),
    ).toEqual({
      kind: 'node-not-found',
      ed25519: ed,
    });
    expect(
      classifyGuardReply({ status: 504, contentType: '', body: body('Request time out') }),
    ).toMatchObject({
      kind: 'path',
      status: 504,
    });
    expect(classifyGuardReply({ status: 200, contentType: '', body: body('') })).toBeUndefined();
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), fc.uint8Array({ maxLength: 1000 }), (status, b) => {
        classifyGuardReply({ status, contentType: '', body: b });
      }),
      { numRuns: 1000 },
    );
  });
});
