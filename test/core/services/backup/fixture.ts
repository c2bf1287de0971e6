/**
 * A store worth backing up, built with the store's own repositories: an account, contacts,
 * conversations in several scripts, messages (text, NULL bodies, quotes, every state), reactions,
 * attachment rows and their encrypted files under `attachments/`, settings, counters, network state
 * (which must not travel) and a pending outbox job.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SessionId } from '../../../../electron/core/crypto/ids';
import { identityFromSeed } from '../../../../electron/core/protocol';
import { defineSetting, isString, type Store } from '../../../../electron/core/store';
import type { BackupKeys } from '../../../../electron/core/services/backup/format/prelude';
import { newBackupKeys } from '../../../../electron/core/services/backup/format/prelude';
import { convId, groupId } from '../../store/helpers';

/** Argon2id at libsodium's minimum: tests measure the format, not the KDF. */
export const CHEAP_COST = { opslimit: 1, memlimit: 8192 };
export const PASSPHRASE = 'correct horse battery staple';

export function cheapKeys(passphrase = PASSPHRASE): Promise<BackupKeys> {
  return newBackupKeys(passphrase, CHEAP_COST);
}

/** A fixed 16-byte seed per test account. */
export function seedOf(n: number): Uint8Array {
  return new Uint8Array(16).fill(n);
}

const BODIES = [
  'Hello there, general Kenobi',
  'Привет! 我喜欢喝咖啡 🎉👍🏽',
  'مرحبا بالعالم',
  null,
  'a quote of the first one',
  'x'.repeat(5000),
];

export interface Seeded {
  readonly sessionId: SessionId;
  readonly messages: number;
  readonly files: number;
}

function writeAttachmentFiles(dataDir: string, count: number, bytes: number): void {
  for (let i = 0; i < count; i++) {
    const dir = join(dataDir, 'attachments', (i % 4).toString(16).padStart(2, '0'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `file-${i}.bin`), randomBytes(bytes + i * 997));
  }
}

export function seedStore(
  store: Store,
  dataDir: string,
  opts: { perConversation?: number; files?: number } = {},
): Seeded {
  const seed = seedOf(7);
  const sessionId = identityFromSeed(seed).sessionId;
  const per = opts.perConversation ?? 40;
  let messages = 0;
  store.write((tx) => {
    store.accounts.create(tx, {
      sessionId,
      seed,
      displayName: 'Ünïcode Ålice',
      createdAt: 1_700_000_000_000,
    });
    store.contacts.upsert(tx, convId(1), { name: 'Bob', nickname: 'Bobby', approved: true }, 5);
    store.contacts.upsert(
      tx,
      convId(2),
      { name: 'Карл', avatar: { url: 'https://f/1', key: new Uint8Array(32).fill(3), path: null } },
      6,
    );
    store.conversations.ensure(tx, { id: convId(1), kind: 'direct', now: 10 });
    store.conversations.ensure(tx, { id: convId(2), kind: 'direct', now: 11 });
    store.conversations.ensure(tx, { id: groupId(3), kind: 'group', now: 12 });
    store.settings.set(tx, defineSetting('ui.theme', 'system', isString), 'dark');
    store.network.saveSnodePool(tx, [
      { ip: '1.2.3.4', port: 22, ed25519: 'aa'.repeat(32), x25519: 'bb'.repeat(32) },
    ]);
    store.network.setLastHash(tx, 'aa'.repeat(32), convId(1), 0, { hash: 'last', expiresMs: 9e12 });
    store.network.markSeen(tx, [{ hash: 'seen-1', expiresMs: 9e12 }]);
    for (const c of [convId(1), convId(2), groupId(3)]) {
      for (let i = 0; i < per; i++) {
        const out = i % 3 === 0;
        const id = store.messages.insert(tx, {
          conversationId: c,
          sender: out ? sessionId : c.startsWith('03') ? convId(9) : (c as SessionId),
          outgoing: out,
          sentAt: 1_700_000_000_000 + messages * 1000,
          receivedAt: 1_700_000_000_000 + messages * 1000 + 7,
          body: BODIES[i % BODIES.length]!,
          state: out ? (i % 2 === 0 ? 'sending' : 'sent') : i % 2 === 0 ? 'read' : 'unread',
          serverHash: `hash-${messages}`,
        })!;
        if (i % 5 === 1) {
          store.messages.setReaction(tx, id, { author: convId(1), emoji: '❤️', reactedAt: 99 + i });
          store.messages.setReaction(tx, id, { author: sessionId, emoji: '👍🏽', reactedAt: 100 + i });
        }
        if (i % 7 === 2) {
          store.messages.putAttachment(tx, id, {
            position: 0,
            contentType: 'image/png',
            size: 1234,
            fileName: 'пример.png',
            url: 'https://files/1',
            key: randomBytes(64),
            digest: randomBytes(32),
            localPath: `attachments/00/file-${i % 3}.bin`,
            width: 640,
            height: 480,
          });
        }
        messages++;
      }
    }
    store.outbox.enqueue(tx, { kind: 'one-to-one', now: 1, payload: new Uint8Array([1, 2, 3]) });
  });
  const files = opts.files ?? 9;
  writeAttachmentFiles(dataDir, files, 3000);
  return { sessionId, messages, files };
}

/** Every row of every table, as JSON text per table (blobs as hex), for comparing stores. */
export function tableRows(store: Store, tables: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = store.read.all<Record<string, unknown>>(`SELECT * FROM "${t}"`);
    out[t] = rows
      .map((r) =>
        JSON.stringify(r, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)),
      )
      .sort();
  }
  return out;
}

/** Path → SHA-256 of every file below `dir`. */
export function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (statSync(p).isFile())
        out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
