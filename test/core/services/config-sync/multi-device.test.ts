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
import { markRead } from '../../../../electron/core/services/messaging/read-delete';
import { sendMessage } from '../../../../electron/core/services/messaging/send-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { openDevice, untilState } from '../../../support/messaging-device';
import { openSyncDevice, untilSynced, type SyncDevice } from './harness';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

function rename(d: SyncDevice, name: string): void {
  d.store.write((tx) => {
    d.store.accounts.setDisplayName(tx, name);
    d.sync.profileChanged(tx);
  });
}

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
});
