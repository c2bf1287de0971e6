/**
 * Restore with configs (issue 12, "Restore"): an account with a name, contacts (nickname, pinned,
 * blocked, hidden, a request), read positions, Note to Self pinned and a group membership is
 * restored from its phrase by a whole core in an empty data folder over a localnet. The answer of
 * `onboarding.complete` — given no name — already carries the name; contacts, chats, read state
 * and the group list are there when it returns.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, Params, Result } from '../../../../electron/bridge/contract';
import { startCore, type Core } from '../../../../electron/core/api/core';
import { silentLogger } from '../../../../electron/core/log';
import { phraseFromSeed } from '../../../../electron/core/protocol';
import { configSyncModule } from '../../../../electron/core/services/config-sync/config-sync-service';
import {
  deleteConversation,
  openConversation,
  patchConversation,
  setBlocked,
  setNickname,
} from '../../../../electron/core/services/messaging/conversation-actions';
import { markRead } from '../../../../electron/core/services/messaging/read-delete';
import { sendMessage } from '../../../../electron/core/services/messaging/send-actions';
import type { Localnet } from '../../../../localnet/index';
import { localnet } from '../../network/fixture';
import { tempDir } from '../../store/helpers';
import { openDevice, untilState, type Device } from '../../../support/messaging-device';
import { openSyncDevice, untilSynced, type SyncDevice } from './harness';

let ln: Localnet;
beforeAll(async () => {
  ln = await localnet(8);
});
afterAll(async () => {
  await ln.close();
});

const GROUP = `03${'5a'.repeat(32)}`;

async function call<M extends MethodName>(core: Core, method: M, params: Params<M>): Promise<Result<M>> {
  const r = await core.dispatch(method, params);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}`);
  return r.value as Result<M>;
}

/** `from` writes to `to` and waits until `to` has it. */
async function write(from: Device, to: SyncDevice, body: string): Promise<void> {
  await openConversation(from.messaging.current(), to.sessionId);
  const m = sendMessage(from.messaging.current(), { conversationId: to.sessionId, body });
  await untilState(from, m.id, 'sent');
  await untilSynced(
    to,
    () => to.store.chat.byIdentity(to.store.read, from.sessionId, m.sentAt) !== undefined,
  );
}

/** Alice's first device: everything a restore must bring back. */
async function furnish(alice: SyncDevice, bob: Device, carol: Device, dave: Device, erin: Device) {
  const a = () => alice.messaging.current();
  await openConversation(a(), bob.sessionId);
  setNickname(a(), bob.sessionId, 'Bobby');
  patchConversation(a(), bob.sessionId, { pinned: true });
  await write(bob, alice, 'one');
  await write(bob, alice, 'two');
  markRead(a(), bob.sessionId);
  await write(bob, alice, 'three (unread)');
  await openConversation(a(), carol.sessionId);
  setBlocked(a(), carol.sessionId, true);
  await openConversation(a(), dave.sessionId);
  deleteConversation(a(), dave.sessionId);
  await write(erin, alice, 'a request');
  await openConversation(a(), alice.sessionId);
  patchConversation(a(), alice.sessionId, { pinned: true });
  alice.store.write((tx) =>
    alice.sync.edit(tx, 5, (g) => g.setGroup(GROUP, { name: 'Book club', joinedAtSeconds: 1_700_000_000 })),
  );
  await alice.sync.pushNow(AbortSignal.timeout(20_000));
  expect(alice.sync.current().book.pending(alice.store.read)).toEqual([]);
}

describe('restoring an account into an empty data folder', () => {
  it('brings back the name, contacts, chats, read positions and groups before it answers', async () => {
    const seed = new Uint8Array(randomBytes(16));
    const [alice, bob, carol, dave, erin] = await Promise.all([
      openSyncDevice(ln, { seed, name: 'Alice' }),
      openDevice(ln, { name: 'Bob' }),
      openDevice(ln, { name: 'Carol' }),
      openDevice(ln, { name: 'Dave' }),
      openDevice(ln, { name: 'Erin' }),
    ]);
    const dir = tempDir('shallot-restore-');
    let core: Core | undefined;
    try {
      await furnish(alice, bob, carol, dave, erin);
      core = await startCore({
        dataDir: dir.dir,
        host: 'test',
        network: ln.profilePath,
        logger: silentLogger,
        heartbeatMs: 0,
      });
      const progress: string[] = [];
      core.subscribe((event, payload) => {
        if (event === 'sync.progress') progress.push((payload as { phase: string }).phase);
      });
      const state = await call(core, 'onboarding.complete', {
        mode: 'restore',
        phrase: phraseFromSeed(seed),
      });
      expect(state).toMatchObject({ state: 'ready', sessionId: alice.sessionId, displayName: 'Alice' });
      expect(progress[0]).toBe('connecting');
      expect(progress).toContain('applying');
      expect(progress.at(-1)).toBe('done');

      const contacts = await call(core, 'contacts.list', {});
      const byId = new Map(contacts.map((c) => [c.sessionId, c]));
      expect(byId.get(bob.sessionId)).toMatchObject({
        nickname: 'Bobby',
        approved: true,
        pinned: true,
        hidden: false,
      });
      expect(byId.get(carol.sessionId)).toMatchObject({ blocked: true });
      expect(byId.get(dave.sessionId)).toMatchObject({ hidden: true });
      expect(byId.get(erin.sessionId)).toMatchObject({ approved: false, approvedMe: true });

      const list = await call(core, 'conversations.list', { limit: 50 });
      const shown = list.items.map((c) => c.id);
      expect(shown).toEqual(expect.arrayContaining([bob.sessionId, carol.sessionId, alice.sessionId]));
      expect(shown).not.toContain(dave.sessionId);
      const bobView = list.items.find((c) => c.id === bob.sessionId)!;
      expect(bobView).toMatchObject({ pinned: true, nickname: 'Bobby', unreadCount: 1 });
      expect(list.items.find((c) => c.id === alice.sessionId)).toMatchObject({ pinned: true });
      const requests = await call(core, 'requests.list', { limit: 50 });
      expect(requests.items.map((c) => c.id)).toEqual([erin.sessionId]);

      const sync = core.modules.get(configSyncModule);
      expect(sync.configs().groups.group(GROUP)).toMatchObject({
        name: 'Book club',
        joinedAtSeconds: 1_700_000_000,
      });
    } finally {
      await core?.close();
      dir.cleanup();
      await Promise.all([alice.close(), bob.close(), carol.close(), dave.close(), erin.close()]);
    }
  }, 90_000);
});
