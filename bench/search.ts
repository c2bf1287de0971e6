/**
 * Search figures (issue 15): a real core (offline) on an account with 100,000 messages in 1,000
 * conversations (bench/store.ts's Zipf vocabulary) plus one chat of 20,000 messages, contacts named
 * in several scripts. Typing is replayed a character at a time; every keystroke is one call through
 * the core's door (schema checks, the query, the views), which is the "core side" the issue asks for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCore, type Core } from '../electron/core/api/core';
import { silentLogger } from '../electron/core/log';
import type { Store } from '../electron/core/store';
import { percentile, report } from './report';
import { build, convId, rng, zipfWords } from './store';

const BIG_CHAT = convId(5_000);
const BIG_CHAT_MESSAGES = 20_000;

function seedBigChat(store: Store, word: () => string, t0: number): void {
  for (let b = 0; b < BIG_CHAT_MESSAGES; b += 1_000) {
    store.write((tx) => {
      if (b === 0) store.conversations.ensure(tx, { id: BIG_CHAT, kind: 'direct', now: t0 });
      for (let i = b; i < b + 1_000; i++) {
        const words = Array.from({ length: 4 + (i % 12) }, word).join(' ');
        store.messages.insert(tx, {
          conversationId: BIG_CHAT,
          sender: BIG_CHAT,
          outgoing: false,
          sentAt: t0 + i * 500,
          receivedAt: t0 + i * 500,
          body: words,
          state: 'read',
        });
      }
    });
  }
}

function seedContacts(store: Store): void {
  const names = ['Алексей', 'Zoë', 'محمد', '王芳', 'Søren', 'Bob', 'Dana', 'Émile'];
  store.write((tx) => {
    for (let c = 0; c < 1_000; c++) {
      const name = `${names[c % names.length]} ${c}`;
      store.contacts.upsert(tx, convId(c), { name, approved: true }, 1);
    }
  });
}

/** Every prefix of every query, as typed: "a", "ab", "abc", …; multi-word queries too. */
function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

/**
 * Wall time of one call, and the process's CPU time during it: on two shared cores the wall tail is
 * mostly waiting for a core, the CPU time is the work itself.
 */
const cpu: number[] = [];
async function timed(core: Core, method: string, params: object): Promise<number> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const r = await core.dispatch(method, params);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}`);
  return ms;
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shallot-bench-search-'));
  const core = await startCore({
    dataDir,
    host: 'test',
    network: 'offline',
    logger: silentLogger,
    heartbeatMs: 0,
  });
  try {
    const { sessionId } = core.account.generate();
    await core.account.complete({ mode: 'create', sessionId, displayName: 'Bench' });
    const store = core.sessions.current()!.store;
    const random = rng(7);
    const word = zipfWords(random, 5_000);
    const t0 = Date.UTC(2025, 0, 1);
    build(store, random, word, t0);
    seedBigChat(store, word, t0);
    seedContacts(store);

    const queries = Array.from({ length: 40 }, () => `${word()} ${word()}`);
    const global: number[] = [];
    cpu.length = 0;
    for (const q of keystrokes(queries))
      global.push(await timed(core, 'search.global', { query: q, limit: 30 }));
    report('search.global_keystroke_p95_ms', round(percentile(global, 95)), 'ms');
    report('search.global_keystroke_p50_ms', round(percentile(global, 50)), 'ms');
    report('search.global_keystrokes', global.length, 'calls');
    report('search.global_keystroke_cpu_p95_ms', round(percentile(cpu, 95)), 'ms');

    const inChat: number[] = [];
    cpu.length = 0;
    for (const q of keystrokes(queries.slice(0, 20))) {
      inChat.push(await timed(core, 'search.inChat', { conversationId: BIG_CHAT, query: q }));
    }
    report('search.in_chat_20k_keystroke_p95_ms', round(percentile(inChat, 95)), 'ms');
    report('search.in_chat_20k_keystroke_p50_ms', round(percentile(inChat, 50)), 'ms');
    report('search.in_chat_20k_keystroke_cpu_p95_ms', round(percentile(cpu, 95)), 'ms');

    const commonest = await core.dispatch('search.inChat', { conversationId: BIG_CHAT, query: word() });
    if (commonest.ok)
      report(
        'search.in_chat_20k_common_word_matches',
        (commonest.value as { total: number }).total,
        'matches',
      );
    const names: number[] = [];
    for (const q of keystrokes(['алексей 12', 'zoe', 'мух', '王芳', 'soren 9'])) {
      names.push(await timed(core, 'search.global', { query: q, limit: 30 }));
    }
    report('search.names_keystroke_p95_ms', round(percentile(names, 95)), 'ms');
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
