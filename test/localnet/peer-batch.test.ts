import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PeerBatcher, parseBatchReply } from '../../localnet/peer-batch';
import type { PeerReply } from '../../localnet/rpc/context';

interface Sent {
  peer: string;
  json: string;
  count: number;
}

function fakeBatcher(batchText?: (count: number) => string) {
  const sent: Sent[] = [];
  const batcher = new PeerBatcher(
    (peer, json) => {
      sent.push({ peer, json, count: 1 });
      return Promise.resolve({ ok: true, status: 200, body: `one:${json}` });
    },
    (peer, json, count) => {
      sent.push({ peer, json, count });
      const parsed = JSON.parse(json) as { batch: unknown[] };
      const text =
        batchText?.(count) ??
        JSON.stringify({ replies: parsed.batch.map((r) => ({ status: 200, body: JSON.stringify(r) })) });
      return Promise.resolve(parseBatchReply(text, count));
    },
  );
  return { batcher, sent };
}

describe('PeerBatcher', () => {
  it('sends a lone request as the plain storage_cc body', async () => {
    const { batcher, sent } = fakeBatcher();
    const r = await batcher.forward('p1', { method: 'store', params: { a: 1 } });
    expect(sent).toEqual([{ peer: 'p1', json: '{"method":"store","params":{"a":1}}', count: 1 }]);
    expect(r).toEqual({ ok: true, status: 200, body: 'one:{"method":"store","params":{"a":1}}' });
  });

  it('coalesces one turn of requests per peer and answers each with its own reply, in order', async () => {
    const { batcher, sent } = fakeBatcher();
    const replies = await Promise.all([
      batcher.forward('p1', { method: 'store', params: { n: 1 } }),
      batcher.forward('p2', { method: 'store', params: { n: 2 } }),
      batcher.forward('p1', { method: 'delete', params: { n: 3 } }),
    ]);
    expect(sent.map((s) => [s.peer, s.count])).toEqual([
      ['p1', 2],
      ['p2', 1],
    ]);
    expect(sent[0]!.json).toBe(
      '{"batch":[{"method":"store","params":{"n":1}},{"method":"delete","params":{"n":3}}]}',
    );
    expect(replies).toEqual<PeerReply[]>([
      { ok: true, status: 200, body: '{"method":"store","params":{"n":1}}' },
      { ok: true, status: 200, body: 'one:{"method":"store","params":{"n":2}}' },
      { ok: true, status: 200, body: '{"method":"delete","params":{"n":3}}' },
    ]);
  });

  it('requests of a later turn go in a new request', async () => {
    const { batcher, sent } = fakeBatcher();
    await batcher.forward('p1', { method: 'store', params: {} });
    await batcher.forward('p1', { method: 'store', params: {} });
    expect(sent.map((s) => s.count)).toEqual([1, 1]);
  });

  it('splits at 32 requests per batch', async () => {
    const { batcher, sent } = fakeBatcher();
    await Promise.all(
      Array.from({ length: 70 }, (_, i) => batcher.forward('p', { method: 'store', params: { i } })),
    );
    expect(sent.map((s) => s.count)).toEqual([32, 32, 6]);
  });

  it('a malformed batch reply fails every request in it, and nothing else', async () => {
    const { batcher } = fakeBatcher(() => '{"replies":[{"status":200}]}');
    const replies = await Promise.all([
      batcher.forward('p', { method: 'store', params: { n: 1 } }),
      batcher.forward('p', { method: 'store', params: { n: 2 } }),
    ]);
    expect(replies).toEqual([{ ok: false }, { ok: false }]);
  });
});

describe('parseBatchReply', () => {
  it('reads per-request status and body; a bad entry fails only itself', () => {
    expect(parseBatchReply('{"replies":[{"status":200,"body":"{}"},{"status":"x","body":""}]}', 2)).toEqual([
      { ok: true, status: 200, body: '{}' },
      { ok: false },
    ]);
    expect(parseBatchReply('{"replies":[]}', 1)).toEqual([{ ok: false }]);
    expect(parseBatchReply('null', 2)).toEqual([{ ok: false }, { ok: false }]);
  });

  it('never throws and always answers `expected` entries', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.integer({ min: 1, max: 40 }), (text, n) => {
        expect(parseBatchReply(text, n)).toHaveLength(n);
      }),
      { numRuns: 3000 },
    );
  });
});
