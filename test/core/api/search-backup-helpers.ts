/**
 * Real cores on temp folders (offline) for the search and backup tests through the core's door:
 * calls, error codes, job outcomes, and an account seeded with the store's repositories.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { startCore, type Core } from '../../../electron/core/api/core';
import type { SessionId } from '../../../electron/core/crypto/ids';
import { silentLogger } from '../../../electron/core/log';
import { convId } from '../store/helpers';

const dirs: string[] = [];
const cores: Core[] = [];
afterAll(async () => {
  for (const c of cores) await c.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

export function folder(prefix = 'shallot-api-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export async function start(dataDir = folder()): Promise<Core> {
  const core = await startCore({
    dataDir,
    host: 'test',
    network: 'offline',
    logger: silentLogger,
    heartbeatMs: 0,
    kdfLimits: { opslimit: 1, memlimit: 8192 * 1024 },
  });
  cores.push(core);
  return core;
}

export async function call<T = Record<string, unknown>>(
  core: Core,
  method: string,
  params: unknown = {},
): Promise<T> {
  const r = await core.dispatch(method, params);
  if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.code}`), { code: r.error.code });
  return r.value as T;
}

export async function codeOf(core: Core, method: string, params: unknown): Promise<string | undefined> {
  const r = await core.dispatch(method, params);
  return r.ok ? undefined : r.error.code;
}

export type Finished = { jobId: string; kind: string; ok: boolean; file?: string; error?: { code: string } };

export function finished(core: Core, kind?: string): Promise<Finished> {
  return new Promise((resolve) => {
    const off = core.subscribe((event, payload) => {
      const f = payload as Finished;
      if (event === 'backup.finished' && (kind === undefined || f.kind === kind)) {
        off();
        resolve(f);
      }
    });
  });
}

export const PASS = 'a long backup passphrase';

/** An account with Bob (nicknamed), a group, and messages in several scripts. */
export async function seeded(): Promise<{ core: Core; self: string; phrase: string; dataDir: string }> {
  const dataDir = folder();
  const core = await start(dataDir);
  const { sessionId } = await call<{ sessionId: string }>(core, 'onboarding.generate');
  await call(core, 'onboarding.complete', { mode: 'create', sessionId, displayName: 'Ann' });
  const store = core.sessions.current()!.store;
  const bob = convId(0xb0b);
  store.write((tx) => {
    store.contacts.upsert(tx, bob, { name: 'Robert', nickname: 'Bobby Tables', approved: true }, 1);
    store.contacts.upsert(tx, convId(0xca7), { name: 'Zoë Catherine', approved: true }, 1);
    store.conversations.ensure(tx, { id: bob, kind: 'direct', now: 1 });
    for (let i = 0; i < 30; i++) {
      store.messages.insert(tx, {
        conversationId: bob,
        sender: i % 2 ? (sessionId as SessionId) : bob,
        outgoing: i % 2 === 1,
        sentAt: 1_000 + i,
        receivedAt: 1_000 + i,
        body: i === 7 ? 'the secret word is xylophone' : `message ${i} 我喜欢喝咖啡`,
        state: i % 2 ? 'sent' : 'read',
      });
    }
  });
  const { phrase } = await call<{ phrase: string }>(core, 'account.revealPhrase', {});
  return { core, self: sessionId, phrase, dataDir };
}
