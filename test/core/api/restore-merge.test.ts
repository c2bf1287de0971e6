/**
 * A restored account merges with what the network still holds, without duplicates: the swarm's
 * cursors stay on the old device, so the first poll after a restore brings back messages the
 * backup already holds — under their old storage hash, or another member's — and messaging's own
 * checks (hash, then sender + time) drop them, while a message sent after the backup is added.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/api/core';
import { tryFromBase64 } from '../../../electron/core/crypto/bytes';
import { identityFromSeed } from '../../../electron/core/crypto/identity';
import { parseSessionId } from '../../../electron/core/crypto/ids';
import { encodeMessage, wrapOneToOne } from '../../../electron/core/protocol';
import { messagingModule } from '../../../electron/core/services/messaging/messaging-service';
import { call, finished, folder, PASS, seeded, start } from './search-backup-helpers';

const strangerSeed = new Uint8Array(randomBytes(16));

function envelope(to: string, body: string, sentAtMs: number): Uint8Array {
  // After a core has started, libsodium is ready.
  const stranger = identityFromSeed(strangerSeed);
  const content = encodeMessage({ kind: 'visible', sentAtMs, body });
  return tryFromBase64(wrapOneToOne(stranger, to, content, sentAtMs, { proSig: 'omit' }))!;
}

async function deliver(core: Core, to: string, hash: string, data: Uint8Array, at: number): Promise<void> {
  const m = {
    hash,
    data,
    timestampMs: at,
    expiresMs: at + 86_400_000,
    pubkey: parseSessionId(to),
    namespace: 0,
  };
  await core.modules
    .get(messagingModule)
    .ownSwarm()
    .deliver({ messages: [m], commit: () => undefined });
}

function bodies(core: Core): string[] {
  const { store } = core.sessions.current()!;
  return store.read
    .all<{ body: string }>("SELECT body FROM messages WHERE body LIKE 'from the stranger%' ORDER BY sent_at")
    .map((r) => r.body);
}

describe('restore, then the network', () => {
  it('adds what is new and drops what the backup already brought', async () => {
    const { core, self, phrase } = await seeded();
    const t0 = Date.now() - 60_000;
    const first = envelope(self, 'from the stranger: one', t0);
    const second = envelope(self, 'from the stranger: two', t0 + 1_000);
    await deliver(core, self, 'hash-one', first, t0);
    await deliver(core, self, 'hash-two', second, t0 + 1_000);
    expect(bodies(core)).toEqual(['from the stranger: one', 'from the stranger: two']);

    const file = join(folder('shallot-backups-'), 'merge.shallotbackup');
    const made = finished(core, 'export');
    await call(core, 'backup.create', { path: file, passphrase: PASS });
    expect((await made).ok).toBe(true);

    const fresh = await start();
    const restored = finished(fresh, 'restore');
    await call(fresh, 'backup.restore', { file, phrase, passphrase: PASS });
    expect((await restored).ok).toBe(true);
    expect(bodies(fresh)).toEqual(['from the stranger: one', 'from the stranger: two']);

    // The swarm still holds both (one seen under another member's hash) and a newer one.
    const third = envelope(self, 'from the stranger: three', t0 + 2_000);
    await deliver(fresh, self, 'hash-one', first, t0);
    await deliver(fresh, self, 'hash-two-elsewhere', second, t0 + 1_000);
    await deliver(fresh, self, 'hash-three', third, t0 + 2_000);
    expect(bodies(fresh)).toEqual([
      'from the stranger: one',
      'from the stranger: two',
      'from the stranger: three',
    ]);
    expect(fresh.modules.get(messagingModule).stats().dropped['duplicate']).toBeGreaterThanOrEqual(2);
  });
});
