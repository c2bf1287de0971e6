/**
 * Message requests and the kinds Shallot only receives (§3.5, §11.4): a reply to a request sends
 * MessageRequestResponse first, decline deletes, block drops everything further; a call offer is
 * a missed call; a data-extraction notice shows in a known 1:1; a conversation opens by ONS name;
 * a profile in a message is applied only when newer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tryFromBase64 } from '../../../../electron/core/crypto/bytes';
import type { Identity } from '../../../../electron/core/crypto/identity';
import { encodeContent, SessionProtos, wrapOneToOne } from '../../../../electron/core/protocol';
import {
  acceptRequest,
  declineRequest,
  openConversation,
} from '../../../../electron/core/services/messaging/conversation-actions';
import { mediaSaved, sendMessage } from '../../../../electron/core/services/messaging/send-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { openDevice, until, untilState, type Device } from '../../../support/messaging-device';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

async function first(from: Device, to: Device, body: string): Promise<number> {
  await openConversation(from.messaging.current(), to.sessionId);
  const m = sendMessage(from.messaging.current(), { conversationId: to.sessionId, body });
  await untilState(from, m.id, 'sent');
  await until(to, () => to.store.chat.byIdentity(to.store.read, from.sessionId, m.sentAt) !== undefined);
  return m.sentAt;
}

/** Stores raw Content from `sender` in `to`'s swarm (kinds Shallot never sends itself). */
async function storeRaw(
  via: Device,
  sender: Identity,
  to: Device,
  content: SessionProtos.IContent,
  t: number,
) {
  const data = wrapOneToOne(sender, to.sessionId, encodeContent({ ...content, sigTimestamp: t }), t);
  const net = via.host.current()!.network.current()!;
  await net.store({ pubkey: to.sessionId, namespace: 0, data: tryFromBase64(data)!, ttlMs: 60_000 });
}

describe('message requests', () => {
  it('answers a request with MessageRequestResponse when replying to it', async () => {
    const [alice, bob] = await Promise.all([
      openDevice(ln, { name: 'Alice' }),
      openDevice(ln, { name: 'Bob' }),
    ]);
    try {
      await first(alice, bob, 'hi stranger');
      expect(bob.store.conversations.get(bob.store.read, alice.sessionId)!.requestState).toBe('request');
      const accepted = alice.next('messaging.incoming', (e) => e.kind === 'request-accepted');
      const reply = sendMessage(bob.messaging.current(), { conversationId: alice.sessionId, body: 'hello' });
      expect(bob.store.conversations.get(bob.store.read, alice.sessionId)!.requestState).toBe('accepted');
      expect(await accepted).toMatchObject({ sentAt: reply.sentAt - 100 });
      expect(alice.store.contacts.get(alice.store.read, bob.sessionId)).toMatchObject({
        approvedMe: true,
        name: 'Bob',
      });
    } finally {
      await Promise.all([alice.close(), bob.close()]);
    }
  });

  it('declines (deleting the request) and blocks (dropping what comes next)', async () => {
    const [alice, bob] = await Promise.all([openDevice(ln, { name: 'Alice' }), openDevice(ln)]);
    try {
      await first(alice, bob, 'spam 1');
      declineRequest(bob.messaging.current(), alice.sessionId, false);
      expect(bob.store.conversations.get(bob.store.read, alice.sessionId)).toBeUndefined();
      await first(alice, bob, 'spam 2');
      declineRequest(bob.messaging.current(), alice.sessionId, true);
      expect(bob.store.contacts.get(bob.store.read, alice.sessionId)!.blocked).toBe(true);
      const dropped = bob.next('messaging.dropped', (d) => (d['blocked'] ?? 0) > 0);
      const m = sendMessage(alice.messaging.current(), { conversationId: bob.sessionId, body: 'spam 3' });
      await untilState(alice, m.id, 'sent');
      await dropped;
      expect(bob.store.conversations.get(bob.store.read, alice.sessionId)).toBeUndefined();
      expect(bob.store.chat.byIdentity(bob.store.read, alice.sessionId, m.sentAt)).toBeUndefined();
    } finally {
      await Promise.all([alice.close(), bob.close()]);
    }
  });

  it('shows a call offer as a missed call and a media-saved notice in a known 1:1', async () => {
    const [alice, bob] = await Promise.all([
      openDevice(ln, { name: 'Alice' }),
      openDevice(ln, { name: 'Bob' }),
    ]);
    try {
      await first(alice, bob, 'friends');
      acceptRequest(bob.messaging.current(), alice.sessionId);
      const aliceKeys = alice.host.current()!.identity.keys;
      const call = bob.next('messaging.incoming', (e) => e.kind === 'call');
      const t = Date.now();
      await storeRaw(
        alice,
        aliceKeys,
        bob,
        { callMessage: { type: SessionProtos.CallMessage.Type.OFFER, uuid: 'c1', sdps: ['v=0'] } },
        t,
      );
      expect(await call).toMatchObject({ from: alice.sessionId, sentAt: t });
      const row = bob.store.chat.byIdentity(bob.store.read, alice.sessionId, t)!;
      expect(row).toMatchObject({ kind: 'call', state: 'unread' });

      const saved = alice.next('messaging.incoming', (e) => e.kind === 'media-saved');
      const theirs = bob.store.messages.page(bob.store.read, alice.sessionId).find((m) => m.kind === 'text')!;
      expect(mediaSaved(bob.messaging.current(), theirs.id)).toBe(true);
      expect(await saved).toMatchObject({ from: bob.sessionId });
    } finally {
      await Promise.all([alice.close(), bob.close()]);
    }
  });

  it('opens a conversation by ONS name, resolved through the network', async () => {
    const [alice, bob] = await Promise.all([openDevice(ln), openDevice(ln)]);
    try {
      ln.registerOns('bobby', bob.sessionId);
      const { conversation, created } = await openConversation(alice.messaging.current(), 'Bobby');
      expect(conversation.id).toBe(bob.sessionId);
      expect(created).toBe(true);
      await expect(openConversation(alice.messaging.current(), 'nobody-here')).rejects.toMatchObject({
        code: 'ons-not-found',
      });
      await expect(openConversation(alice.messaging.current(), '15' + 'a'.repeat(64))).rejects.toMatchObject({
        code: 'unsupported-recipient',
      });
    } finally {
      await Promise.all([alice.close(), bob.close()]);
    }
  });

  it('applies a profile only when it is newer than the one applied', async () => {
    const [alice, bob] = await Promise.all([openDevice(ln, { name: 'Alice' }), openDevice(ln)]);
    try {
      await first(alice, bob, 'hi');
      const keys = alice.host.current()!.identity.keys;
      const stamp = bob.store.chat.profileUpdatedSeconds(bob.store.read, alice.sessionId);
      expect(stamp).toBeGreaterThan(0);
      const old = Date.now();
      const dm = (name: string, seconds: number) => ({
        dataMessage: { body: name, profile: { displayName: name, lastProfileUpdateSeconds: seconds } },
      });
      await storeRaw(alice, keys, bob, dm('Stale', stamp - 10), old);
      await until(bob, () => bob.store.chat.byIdentity(bob.store.read, alice.sessionId, old) !== undefined);
      expect(bob.store.contacts.get(bob.store.read, alice.sessionId)!.name).toBe('Alice');
      await storeRaw(alice, keys, bob, dm('Fresh', stamp + 10), old + 1);
      await until(
        bob,
        () => bob.store.chat.byIdentity(bob.store.read, alice.sessionId, old + 1) !== undefined,
      );
      expect(bob.store.contacts.get(bob.store.read, alice.sessionId)!.name).toBe('Fresh');
    } finally {
      await Promise.all([alice.close(), bob.close()]);
    }
  });
});
