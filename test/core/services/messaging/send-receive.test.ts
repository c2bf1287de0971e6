/**
 * Two accounts on a localnet: a message goes sending → sent (both stores) and arrives in the
 * other's store; the first message from a stranger is a request; accepting answers it; a sync
 * copy becomes an outgoing row on a second device; Note to Self is one copy in our own swarm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openConversation,
  acceptRequest,
} from '../../../../electron/core/services/messaging/conversation-actions';
import { sendMessage } from '../../../../electron/core/services/messaging/send-actions';
import { decodePayload } from '../../../../electron/core/services/messaging/wire';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { openDevice, untilState, type Device } from '../../../support/messaging-device';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

function arrival(d: Device, pred: (body: string) => boolean = () => true) {
  return d.next('messaging.incoming', (e) => (e.kind === 'message' || e.kind === 'synced') && pred(e.body));
}

describe('one-to-one messages on a localnet', () => {
  it('sends, is sent after both stores, and lands as a request that accepting answers', async () => {
    const [alice, bob] = await Promise.all([
      openDevice(ln, { name: 'Alice' }),
      openDevice(ln, { name: 'Bob' }),
    ]);
    try {
      await openConversation(alice.messaging.current(), bob.sessionId);
      const got = arrival(bob);
      const m = sendMessage(alice.messaging.current(), { conversationId: bob.sessionId, body: 'hello bob' });
      expect(m.state).toBe('sending');
      const job = alice.store.chat.wireOf(alice.store.read, m.id);
      expect(decodePayload(job!)?.copies.map((c) => c.role)).toEqual(['recipient', 'sync']);
      await untilState(alice, m.id, 'sent');
      const sent = alice.store.messages.get(alice.store.read, m.id)!;
      expect(sent.serverHash).toMatch(/^[A-Za-z0-9+/]{43}$/);
      expect(sent.syncHash).toMatch(/^[A-Za-z0-9+/]{43}$/);
      expect(alice.store.chat.wireOf(alice.store.read, m.id)).toBeUndefined();

      const e = await got;
      expect(e).toMatchObject({
        kind: 'message',
        from: alice.sessionId,
        body: 'hello bob',
        sentAt: m.sentAt,
        request: true,
      });
      const conv = bob.store.conversations.get(bob.store.read, alice.sessionId)!;
      expect(conv.requestState).toBe('request');
      expect(bob.store.contacts.get(bob.store.read, alice.sessionId)).toMatchObject({
        name: 'Alice',
        approvedMe: true,
        approved: false,
      });
      const [row] = bob.store.messages.page(bob.store.read, alice.sessionId);
      expect(row).toMatchObject({
        body: 'hello bob',
        sentAt: m.sentAt,
        state: 'unread',
        serverHash: sent.serverHash,
      });

      const accepted = alice.next('messaging.incoming', (x) => x.kind === 'request-accepted');
      acceptRequest(bob.messaging.current(), alice.sessionId);
      expect(bob.store.conversations.get(bob.store.read, alice.sessionId)!.requestState).toBe('accepted');
      await accepted;
      expect(alice.store.contacts.get(alice.store.read, bob.sessionId)).toMatchObject({
        approvedMe: true,
        name: 'Bob',
      });
    } finally {
      await Promise.all([alice.close(), bob.close()]);
    }
  });

  it('shows a message sent from another device as an outgoing row in the right conversation', async () => {
    const alice = await openDevice(ln, { name: 'Alice' });
    const bob = await openDevice(ln, { name: 'Bob' });
    const alice2 = await openDevice(ln, { seed: alice.seed });
    try {
      await openConversation(alice.messaging.current(), bob.sessionId);
      const synced = arrival(alice2);
      const m = sendMessage(alice.messaging.current(), {
        conversationId: bob.sessionId,
        body: 'from my laptop',
      });
      await untilState(alice, m.id, 'sent');
      const e = await synced;
      expect(e).toMatchObject({
        kind: 'synced',
        conversation: bob.sessionId,
        body: 'from my laptop',
        sentAt: m.sentAt,
      });
      const [row] = alice2.store.messages.page(alice2.store.read, bob.sessionId);
      expect(row).toMatchObject({ outgoing: true, state: 'sent', sender: alice.sessionId, sentAt: m.sentAt });
      expect(alice2.store.conversations.get(alice2.store.read, bob.sessionId)!.requestState).toBe('accepted');
    } finally {
      await Promise.all([alice.close(), bob.close(), alice2.close()]);
    }
  });

  it('stores Note to Self once, in our own swarm, and our other device shows it', async () => {
    const alice = await openDevice(ln, { name: 'Alice' });
    const alice2 = await openDevice(ln, { seed: alice.seed });
    try {
      await openConversation(alice.messaging.current(), alice.sessionId);
      const synced = arrival(alice2);
      const m = sendMessage(alice.messaging.current(), {
        conversationId: alice.sessionId,
        body: 'remember milk',
      });
      const payload = decodePayload(alice.store.chat.wireOf(alice.store.read, m.id)!);
      expect(payload?.copies.map((c) => [c.role, c.to])).toEqual([['sync', alice.sessionId]]);
      await untilState(alice, m.id, 'sent');
      expect(alice.store.messages.get(alice.store.read, m.id)).toMatchObject({ serverHash: null });
      await synced;
      expect(alice2.store.messages.page(alice2.store.read, alice.sessionId)[0]).toMatchObject({
        body: 'remember milk',
        outgoing: true,
      });
      // Our own device never sees its own sync copy as a new message.
      expect(alice.store.messages.page(alice.store.read, alice.sessionId)).toHaveLength(1);
    } finally {
      await Promise.all([alice.close(), alice2.close()]);
    }
  });
});
