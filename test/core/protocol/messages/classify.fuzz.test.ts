import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyContent,
  DROP_REASONS,
  encodeMessage,
  type EnvelopeFacts,
  type IncomingContent,
} from '../../../../electron/core/protocol/messages';
import { groupId, outgoing, sessionId, time } from './arbitraries';

/**
 * classifyContent is a parser of network bytes: whatever arrives, it answers with a typed result
 * (never a throw), and what it answers is plain data — no protobufjs object, no Long, no view
 * into the decode buffer.
 */

const KINDS = new Set<IncomingContent['kind']>([
  'visible',
  'reaction',
  'expiration-timer-update',
  'group-update',
  'read-receipt',
  'typing',
  'data-extraction',
  'unsend',
  'call',
  'message-request-response',
  'dropped',
]);

const facts: fc.Arbitrary<EnvelopeFacts> = fc.record(
  { sentAtMs: fc.oneof(time, fc.constant(0)), sender: sessionId, fromSelf: fc.boolean(), group: groupId },
  { requiredKeys: ['sentAtMs', 'sender', 'fromSelf'] },
);

function assertPlain(value: unknown, path = 'result'): void {
  if (value === null || typeof value !== 'object') {
    expect(typeof value === 'number' ? Number.isFinite(value) : true, path).toBe(true);
    return;
  }
  if (value instanceof Uint8Array) {
    expect(value.constructor, path).toBe(Uint8Array);
    expect(value.byteOffset === 0 && value.buffer.byteLength === value.length, `${path} is a copy`).toBe(
      true,
    );
    return;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  expect(proto === Object.prototype || proto === Array.prototype, `${path} is plain`).toBe(true);
  for (const [key, inner] of Object.entries(value)) assertPlain(inner, `${path}.${key}`);
}

function check(bytes: Uint8Array, f: EnvelopeFacts): void {
  const result = classifyContent(bytes, f);
  expect(KINDS.has(result.kind)).toBe(true);
  if (result.kind === 'dropped') expect(DROP_REASONS).toContain(result.reason);
  assertPlain(result);
}

const mutation = fc.record({
  kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate'),
  pos: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
});

function mutate(bytes: Uint8Array, m: { kind: string; pos: number; byte: number }): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.pos % bytes.length;
  const b = Array.from(bytes);
  if (m.kind === 'flip') b[at] = (b[at] ?? 0) ^ (m.byte || 1);
  else if (m.kind === 'insert') b.splice(at, 0, m.byte);
  else if (m.kind === 'delete') b.splice(at, 1);
  else b.length = at;
  return Uint8Array.from(b);
}

describe('classifyContent on hostile bytes', () => {
  it('answers arbitrary bytes with a typed result', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), facts, (bytes, f) => check(bytes, f)),
      { numRuns: 3_000 },
    );
  });

  it('answers mutated valid contents with a typed result', () => {
    fc.assert(
      fc.property(outgoing, fc.array(mutation, { minLength: 1, maxLength: 4 }), facts, (m, edits, f) => {
        const bytes = edits.reduce(mutate, encodeMessage(m));
        check(bytes, f);
      }),
      { numRuns: 2_000 },
    );
  });

  it('answers valid contents in every envelope context with plain data', () => {
    fc.assert(
      fc.property(outgoing, facts, (m, f) => check(encodeMessage(m), f)),
      { numRuns: 1_000 },
    );
  });
});
