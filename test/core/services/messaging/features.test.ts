/**
 * The message features between two accounts on a localnet, each as §3.5 describes it: quotes,
 * reactions (toggle, sync copy), unsend (own swarm copy deleted first, placeholder at the
 * recipient), read receipts and typing gated by the settings, disappearing after send (the
 * core's timer deletes) and after read (the swarm copy shortened), blocking, declining,
 * replying to a request, missed calls and data-extraction notices, ONS names, the profile rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConversation } from '../../../../electron/core/services/messaging/conversation-actions';
import { deleteMessages, markRead } from '../../../../electron/core/services/messaging/read-delete';
import {
  reactTo,
  sendMessage,
  setDisappearing,
  typingChanged,
} from '../../../../electron/core/services/messaging/send-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { openDevice, until, untilState, type Device } from '../../../support/messaging-device';
import type { IncomingEvent } from '../../../../electron/core/services/messaging/events';

let ln: Localnet;
let alice: Device;
let bob: Device;

beforeAll(async () => {
  ln = await localnet(8);
  [alice, bob] = await Promise.all([openDevice(ln, { name: 'Alice' }), openDevice(ln, { name: 'Bob' })]);
  // Friends: both sides approved, so nothing below is a request unless a test makes one.
  await openConversation(alice.messaging.current(), bob.sessionId);
  await openConversation(bob.messaging.current(), alice.sessionId);
});
afterAll(async () => {
  await Promise.all([alice.close(), bob.close()]);
  await ln.close();
});

function incoming<K extends IncomingEvent['kind']>(
  d: Device,
  kind: K,
): Promise<Extract<IncomingEvent, { kind: K }>> {
  return d.next('messaging.incoming', (e) => e.kind === kind) as Promise<Extract<IncomingEvent, { kind: K }>>;
}

async function say(from: Device, to: Device, body: string, quoteId?: number) {
  const got = incoming(to, 'message');
  const m = sendMessage(from.messaging.current(), {
    conversationId: to.sessionId,
    body,
    ...(quoteId ? { quoteId } : {}),
  });
  await untilState(from, m.id, 'sent');
  await got;
  const theirs = to.store.chat.byIdentity(to.store.read, from.sessionId, m.sentAt)!;
  return { mine: m.id, theirs: theirs.id, sentAt: m.sentAt };
}

describe('message features', () => {
  it('carries a quote as (author, time) and finds the original', async () => {
    const first = await say(alice, bob, 'original');
    const reply = await say(bob, alice, 'replying', first.theirs);
    const row = alice.store.messages.get(alice.store.read, reply.theirs)!;
    expect(row.quote).toEqual({ author: alice.sessionId, sentAt: first.sentAt, body: 'original' });
  });

  it('reacts, toggles off, and syncs the reaction to our other device', async () => {
    const msg = await say(bob, alice, 'react to me');
    const alice2 = await openDevice(ln, { seed: alice.seed });
    try {
      const gotBob = incoming(bob, 'reaction');
      reactTo(alice.messaging.current(), msg.theirs, '👍', 'react');
      expect(await gotBob).toMatchObject({
        emoji: '👍',
        action: 'react',
        target: { author: bob.sessionId, sentAtMs: msg.sentAt },
      });
      expect(bob.store.messages.get(bob.store.read, msg.mine)!.reactions).toMatchObject([
        { author: alice.sessionId, emoji: '👍' },
      ]);
      // The sync copy: our other device shows our reaction on Bob's message too.
      const on2 = () => {
        const t = alice2.store.chat.byIdentity(alice2.store.read, bob.sessionId, msg.sentAt);
        return (
          t !== undefined && alice2.store.chat.hasReaction(alice2.store.read, t.id, alice.sessionId, '👍')
        );
      };
      await until(alice2, on2);
      const removed = incoming(bob, 'reaction');
      reactTo(alice.messaging.current(), msg.theirs, '👍', 'react');
      expect(await removed).toMatchObject({ action: 'remove' });
      expect(bob.store.messages.get(bob.store.read, msg.mine)!.reactions).toEqual([]);
    } finally {
      await alice2.close();
    }
  });

  it('unsends: our swarm copy goes, the recipient keeps a placeholder', async () => {
    const msg = await say(alice, bob, 'oops');
    const syncHash = alice.store.messages.get(alice.store.read, msg.mine)!.syncHash!;
    const gone = incoming(bob, 'unsend');
    await deleteMessages(alice.messaging.current(), bob.sessionId, [msg.mine], 'everyone');
    expect(alice.store.messages.get(alice.store.read, msg.mine)).toMatchObject({
      kind: 'deleted',
      body: null,
    });
    await gone;
    expect(bob.store.messages.get(bob.store.read, msg.theirs)).toMatchObject({ kind: 'deleted', body: null });
    const net = alice.host.current()!.network.current()!;
    const left = await net.getExpiries(alice.host.current()!.identity.swarmAuth, [syncHash]);
    expect(left[syncHash]).toBeUndefined();
  });

  it('sends read receipts only with the setting on, and applies them only with it on', async () => {
    const quiet = await say(alice, bob, 'read me quietly');
    markRead(bob.messaging.current(), alice.sessionId);
    expect(bob.store.messages.get(bob.store.read, quiet.theirs)!.state).toBe('read');
    alice.settings.set({ readReceipts: true });
    bob.settings.set({ readReceipts: true });
    try {
      const loud = await say(alice, bob, 'read me');
      const receipt = incoming(alice, 'receipt');
      markRead(bob.messaging.current(), alice.sessionId);
      expect((await receipt).timestamps).toEqual([loud.sentAt]);
      expect(alice.store.messages.get(alice.store.read, loud.mine)!.state).toBe('read');
      expect(alice.store.messages.get(alice.store.read, quiet.mine)!.state).toBe('sent');
    } finally {
      alice.settings.set({ readReceipts: false });
      bob.settings.set({ readReceipts: false });
    }
  });

  it('shows typing with both settings on, and a message clears it', async () => {
    alice.settings.set({ typingIndicators: true });
    bob.settings.set({ typingIndicators: true });
    try {
      const on = bob.next('typing.changed', (t) => t.conversationId === alice.sessionId && t.typing);
      typingChanged(alice.messaging.current(), bob.sessionId, 'started');
      await on;
      expect(bob.messaging.isTyping(alice.sessionId)).toBe(true);
      await say(alice, bob, 'done typing');
      expect(bob.messaging.isTyping(alice.sessionId)).toBe(false);
    } finally {
      alice.settings.set({ typingIndicators: false });
      bob.settings.set({ typingIndicators: false });
    }
  });

  it('deletes after send on both sides when the timer runs out, in the core', async () => {
    const update = incoming(bob, 'disappearing-changed');
    setDisappearing(alice.messaging.current(), bob.sessionId, { mode: 'after-send', seconds: 5 });
    expect(await update).toMatchObject({ setting: { mode: 'after-send', seconds: 5 } });
    // The contact's change is informational in a 1:1 (§11.3): Bob's own setting stays off.
    expect(bob.store.conversations.get(bob.store.read, alice.sessionId)!.expireMode).toBe('off');
    const msg = await say(alice, bob, 'self-destruct');
    const theirs = bob.store.messages.get(bob.store.read, msg.theirs)!;
    expect(theirs.expiresAt).toBe(msg.sentAt + 5_000);
    const expired = bob.next('messages.expired', (e) => e.ids.includes(msg.theirs));
    const mineExpired = alice.next('messages.expired', (e) => e.ids.includes(msg.mine));
    await Promise.all([expired, mineExpired]);
    expect(bob.store.messages.get(bob.store.read, msg.theirs)).toBeUndefined();
    setDisappearing(alice.messaging.current(), bob.sessionId, { mode: 'off' });
  }, 20_000);

  it('starts an after-read timer on read and shortens the swarm copy', async () => {
    setDisappearing(alice.messaging.current(), bob.sessionId, { mode: 'after-read', seconds: 60 });
    const msg = await say(alice, bob, 'read then vanish');
    const before = bob.store.messages.get(bob.store.read, msg.theirs)!;
    expect(before.expiresAt).toBeNull();
    markRead(bob.messaging.current(), alice.sessionId);
    const after = bob.store.messages.get(bob.store.read, msg.theirs)!;
    expect(after.expiresAt).toBeGreaterThan(Date.now() + 50_000);
    const s = bob.host.current()!;
    const net = s.network.current()!;
    let expiry: number | undefined;
    for (let i = 0; i < 200 && (expiry === undefined || expiry > after.expiresAt! + 1_000); i++) {
      expiry = (await net.getExpiries(s.identity.swarmAuth, [before.serverHash!]))[before.serverHash!];
    }
    expect(expiry).toBeLessThanOrEqual(after.expiresAt! + 1_000);
    setDisappearing(alice.messaging.current(), bob.sessionId, { mode: 'off' });
  }, 20_000);
});
