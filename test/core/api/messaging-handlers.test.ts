/**
 * The conversations and messages handlers over two accounts on a localnet, each answer checked
 * against the contract's result schema: pages around a message, requests accept/decline/block,
 * and a retry after a send failed (the recipient's whole swarm down) that stores the same bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods, type MethodName, type Params } from '../../../electron/bridge/contract';
import { conversationHandlers } from '../../../electron/core/api/handlers/conversations';
import { messageHandlers } from '../../../electron/core/api/handlers/messages';
import type { Handlers } from '../../../electron/core/api/dispatcher';
import type { Localnet } from '../../../localnet/index';
import { localnet } from '../network/fixture';
import { openDevice, until, untilState, type Device } from '../../support/messaging-device';

let ln: Localnet;
let alice: Device;
let bob: Device;

beforeAll(async () => {
  ln = await localnet(8);
  [alice, bob] = await Promise.all([openDevice(ln, { name: 'Alice' }), openDevice(ln, { name: 'Bob' })]);
});
afterAll(async () => {
  await Promise.all([alice.close(), bob.close()]);
  await ln.close();
});

function api(d: Device) {
  const handlers = {
    ...conversationHandlers(() => d.messaging),
    ...messageHandlers(() => d.messaging),
  } as Partial<Handlers>;
  return async <M extends MethodName>(method: M, params: Params<M>) => {
    const parsed = methods[method].params.parse(params);
    const handler = handlers[method] as (p: unknown, c: { signal: AbortSignal }) => unknown;
    const value = await handler(parsed, { signal: new AbortController().signal });
    // Every answer is one the contract accepts.
    return methods[method].result.parse(value) as ReturnType<(typeof methods)[M]['result']['parse']>;
  };
}

describe('messaging handlers', () => {
  it('pages newest first with cursors both ways, and around a message', async () => {
    const call = api(alice);
    await call('conversations.open', { to: bob.sessionId });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push((await call('messages.send', { conversationId: bob.sessionId, body: `n${i}` })).id);
    const first = await call('messages.page', {
      conversationId: bob.sessionId,
      anchor: { at: 'newest' },
      limit: 3,
    });
    expect(first.items.map((m) => m.body)).toEqual(['n6', 'n5', 'n4']);
    expect(first.newer).toBeNull();
    const older = await call('messages.page', {
      conversationId: bob.sessionId,
      anchor: { at: 'before', cursor: first.older! },
      limit: 3,
    });
    expect(older.items.map((m) => m.body)).toEqual(['n3', 'n2', 'n1']);
    const newer = await call('messages.page', {
      conversationId: bob.sessionId,
      anchor: { at: 'after', cursor: older.newer! },
      limit: 2,
    });
    expect(newer.items.map((m) => m.body)).toEqual(['n5', 'n4']);
    const around = await call('messages.page', {
      conversationId: bob.sessionId,
      anchor: { at: 'around', messageId: ids[3]! },
      limit: 4,
    });
    expect(around.items.map((m) => m.body)).toEqual(['n5', 'n4', 'n3', 'n2']);
    await expect(
      call('messages.page', {
        conversationId: bob.sessionId,
        anchor: { at: 'before', cursor: 'bm90IGEgY3Vyc29y' },
        limit: 3,
      }),
    ).rejects.toMatchObject({ code: 'invalid-cursor' });
    for (const id of ids) await untilState(alice, Number(id), 'sent');
  });

  it('lists a stranger as a request, accepts, declines and blocks', async () => {
    const call = api(bob);
    await until(bob, () => bob.store.conversations.get(bob.store.read, alice.sessionId) !== undefined);
    const requests = await call('requests.list', { limit: 10 });
    expect(requests.items.map((c) => [c.id, c.request])).toEqual([[alice.sessionId, 'incoming']]);
    expect((await call('conversations.list', { limit: 10 })).requestCount).toBe(1);
    const accepted = await call('requests.accept', { conversationId: alice.sessionId });
    expect(accepted).toMatchObject({ request: 'none', displayName: 'Alice' });
    await expect(call('requests.decline', { conversationId: alice.sessionId })).rejects.toMatchObject({
      code: 'not-a-request',
    });
    await call('conversations.setBlocked', { conversationId: alice.sessionId, blocked: true });
    expect((await call('conversations.get', { conversationId: alice.sessionId })).sendability).toEqual({
      canSend: false,
      reason: 'blocked',
    });
    await expect(call('messages.send', { conversationId: alice.sessionId, body: 'x' })).rejects.toMatchObject(
      { code: 'contact-blocked' },
    );
    await call('conversations.setBlocked', { conversationId: alice.sessionId, blocked: false });
  });

  it('retries a failed send with the bytes it was built with', async () => {
    const call = api(alice);
    const m = await call('messages.send', { conversationId: bob.sessionId, body: 'second try' });
    // Damage the queued job before the worker claims it (it does so on a later turn): the attempt
    // fails for good, as a refused store would, and the row keeps its own copy of the bytes.
    alice.store.write((tx) => tx.run("UPDATE outbox SET payload = x'00' WHERE message_id = ?", Number(m.id)));
    await untilState(alice, Number(m.id), 'failed');
    expect(await call('messages.get', { messageId: m.id })).toMatchObject({
      status: 'failed',
      failure: { code: 'payload-damaged' },
    });
    const wire = alice.store.chat.wireOf(alice.store.read, Number(m.id));
    expect(wire).toBeDefined();
    expect(await call('messages.retry', { messageId: m.id })).toMatchObject({
      status: 'sending',
      sentAt: m.sentAt,
    });
    await untilState(alice, Number(m.id), 'sent');
    await until(
      bob,
      () => bob.store.chat.byIdentity(bob.store.read, alice.sessionId, m.sentAt) !== undefined,
    );
    await expect(call('messages.retry', { messageId: m.id })).rejects.toMatchObject({ code: 'not-failed' });
  });
});
