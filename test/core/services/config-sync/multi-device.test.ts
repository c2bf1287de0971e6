/**
 * Two Shallot instances of one account on a localnet stay in step (issue 12, "Multi-device"):
 * a name change, a new contact, a block, a pin and a chat read on one show on the other within a
 * poll cycle, through the four user configs in the account's swarm.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openConversation,
  patchConversation,
  setBlocked,
} from '../../../../electron/core/services/messaging/conversation-actions';
import { identityFromSeed } from '../../../../electron/core/crypto/identity';
import {
  setContactBlocked,
  setContactNickname,
} from '../../../../electron/core/services/config-sync/contact-actions';
import { markRead } from '../../../../electron/core/services/messaging/read-delete';
import { sendMessage } from '../../../../electron/core/services/messaging/send-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { openDevice, untilState } from '../../../support/messaging-device';
import { openSyncDevice, rename, untilSynced, type SyncDevice } from './harness';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

describe('two devices of one account', () => {
  it('follow each other: name, new contact, block, pin, read', async () => {
    const seed = new Uint8Array(randomBytes(16));
    // The second device is a restore (no name of its own): had both started with local content,
    // their first pushes would be concurrent edits at one seqno, which libsession resolves by
    // hash order — a rename made then may lose (the conflict tests cover that merge).
    const [a, b, carol] = await Promise.all([
      openSyncDevice(ln, { seed, name: 'Alice' }),
      openSyncDevice(ln, { seed, name: null }),
      openDevice(ln, { name: 'Carol' }),
    ]);
    try {
      await untilSynced(b, () => b.store.accounts.profile(b.store.read)?.displayName === 'Alice');
      rename(a, 'Alice Liddell');
      await untilSynced(b, () => b.store.accounts.profile(b.store.read)?.displayName === 'Alice Liddell');

      await openConversation(a.messaging.current(), carol.sessionId);
      await untilSynced(b, () => b.store.contacts.get(b.store.read, carol.sessionId)?.approved === true);
      expect(b.store.conversations.get(b.store.read, carol.sessionId)).toMatchObject({
        requestState: 'accepted',
        priority: 0,
      });

      patchConversation(a.messaging.current(), carol.sessionId, { pinned: true });
      await untilSynced(
        b,
        () => (b.store.conversations.get(b.store.read, carol.sessionId)?.priority ?? 0) > 0,
      );

      // Carol writes; both devices get it unread; reading it on one reads it on the other.
      await openConversation(carol.messaging.current(), a.sessionId);
      const m = sendMessage(carol.messaging.current(), { conversationId: a.sessionId, body: 'hi both' });
      await untilState(carol, m.id, 'sent');
      const unreadOn = (d: SyncDevice) =>
        d.store.conversations.get(d.store.read, carol.sessionId)?.unreadCount;
      await Promise.all([untilSynced(a, () => unreadOn(a) === 1), untilSynced(b, () => unreadOn(b) === 1)]);
      markRead(a.messaging.current(), carol.sessionId);
      await untilSynced(b, () => unreadOn(b) === 0);

      setBlocked(a.messaging.current(), carol.sessionId, true);
      await untilSynced(b, () => b.store.contacts.get(b.store.read, carol.sessionId)?.blocked === true);
    } finally {
      await Promise.all([a.close(), b.close(), carol.close()]);
    }
  }, 60_000);

  it('merge the edits both made while apart the way libsession does, and end alike', async () => {
    const seed = new Uint8Array(randomBytes(16));
    const a = await openSyncDevice(ln, { seed, name: 'Alice' });
    const b = await openSyncDevice(ln, { seed, name: null });
    const contact = (n: number) => identityFromSeed(new Uint8Array(16).fill(n)).sessionId;
    const [x, y, z] = [contact(1), contact(2), contact(3)];
    try {
      await untilSynced(b, () => b.store.accounts.profile(b.store.read)?.displayName === 'Alice');
      // Apart: neither pushes by itself; then both push before either has seen the other's.
      a.sync.pushDelayMs = b.sync.pushDelayMs = 600_000;
      // A nickname goes into Contacts for a contact with a conversation (desktop's rule).
      for (const id of [x, z]) await openConversation(a.messaging.current(), id);
      await openConversation(b.messaging.current(), z);
      setContactNickname(a.sync.current(), a.events, x, 'Xavier');
      setContactNickname(a.sync.current(), a.events, z, 'Zed from A');
      setContactBlocked(b.sync.current(), b.events, y, true);
      setContactNickname(b.sync.current(), b.events, z, 'Zed from B');
      const signal = AbortSignal.timeout(30_000);
      await Promise.all([a.sync.pushNow(signal), b.sync.pushNow(signal)]);
      await a.sync.syncNow(signal);
      await b.sync.syncNow(signal);
      await a.sync.syncNow(signal);

      const contacts = (d: SyncDevice) => d.sync.current().book.get(d.store.read, 3);
      for (const d of [a, b]) {
        expect(contacts(d).get(x)?.nickname).toBe('Xavier');
        expect(contacts(d).get(y)?.blocked).toBe(true);
        expect(d.store.contacts.get(d.store.read, y)?.blocked).toBe(true);
      }
      // The same key edited on both: one value wins, the same on both (libsession's order).
      expect(['Zed from A', 'Zed from B']).toContain(contacts(a).get(z)?.nickname);
      expect(contacts(b).get(z)?.nickname).toBe(contacts(a).get(z)?.nickname);
      expect(contacts(b).seqno).toBe(contacts(a).seqno);
      expect(contacts(b).activeHashes()).toEqual(contacts(a).activeHashes());
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);
});
