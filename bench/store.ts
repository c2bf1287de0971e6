/**
 * Store figures: builds 100,000 messages in 1,000 conversations (with the FTS index) in a temp
 * dir and times the UI paths. The DB file is left behind (`store.db_path`) for inspection; it must
 * be encrypted, which is checked here. Inserts are timed beside their physical counterpart (raw
 * SQLCipher inserts of the same rows, batch by batch), and password unlocks beside bare Argon2id on
 * both libsodium backends (store-unlock.ts).
 */
import type { SessionId } from '../electron/core/crypto/ids';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadNativeBackend } from '../electron/core/crypto/backend/native';
import { loadWasmBackend } from '../electron/core/crypto/backend/wasm';
import { ready } from '../electron/core/crypto/sodium';
import { openStore, type NewMessage, type Store } from '../electron/core/store';
import { silentLogger } from '../electron/core/log';
import { percentile, report } from './report';
import { rawTwin, type RawTwin } from './store-raw';
import { measureUnlock } from './store-unlock';

const MESSAGES = 100_000;
const CONVERSATIONS = 1_000;
const BATCH = 1_000;
const RARE_WORD = 'quetzalcoatl';
const RARE_EVERY = 5_000;

/** Small deterministic PRNG (mulberry32) so every run builds the same database. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  're',
  'to',
  'sa',
  'ne',
  'vi',
  'du',
  'po',
  'ra',
  'shi',
  'te',
  'no',
  'bel',
  'gar',
  'fin',
  'om',
];

/** A vocabulary of made-up words whose frequencies follow Zipf's law (rank r ∝ 1/r). */
export function zipfWords(random: () => number, size: number): () => string {
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < size) {
    const n = 1 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(w) && w !== RARE_WORD) {
      seen.add(w);
      words.push(w);
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= size; r++) cumulative.push((total += 1 / r));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

export function convId(i: number): SessionId {
  return `05${i.toString(16).padStart(64, '0')}` as SessionId;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** The messages, made up front so the timed loop measures the store, not the generator. */
function generate(
  random: () => number,
  word: () => string,
  t0: number,
): { msgs: NewMessage[]; commonWord: string } {
  const counts = new Map<string, number>();
  const msgs: NewMessage[] = [];
  for (let n = 0; n < MESSAGES; n++) {
    // Skewed traffic: a few busy conversations, a long tail of quiet ones.
    const conv = Math.floor(CONVERSATIONS * random() ** 2);
    const len = 3 + Math.floor(random() * 20);
    const parts: string[] = [];
    for (let k = 0; k < len; k++) {
      const w = word();
      parts.push(w);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    if (n % RARE_EVERY === 17) parts.splice(Math.floor(len / 2), 0, RARE_WORD);
    const outgoing = random() < 0.4;
    msgs.push({
      conversationId: convId(conv),
      sender: outgoing ? convId(999_999) : convId(conv),
      outgoing,
      sentAt: t0 + n * 1000,
      receivedAt: t0 + n * 1000 + 150,
      body: parts.join(' '),
      state: outgoing ? 'sent' : n > MESSAGES - 5_000 ? 'unread' : 'read',
      serverHash: randomBytes(32).toString('base64'),
    });
  }
  const commonWord = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return { msgs, commonWord };
}

interface Timing {
  ms: number;
  cpuMs: number;
}

function timedInto(t: Timing, fn: () => void): void {
  const start = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  t.ms += performance.now() - start;
  t.cpuMs += (used.user + used.system) / 1000;
}

/**
 * Inserts the messages batch by batch; with a `twin`, each batch goes into the raw twin right
 * after the store, so both meet the same machine load.
 */
export function build(
  store: Store,
  random: () => number,
  word: () => string,
  t0: number,
  twin?: RawTwin,
): { commonWord: string; store: Timing; raw: Timing } {
  const { msgs, commonWord } = generate(random, word, t0);
  store.write((tx) => {
    for (let c = 0; c < CONVERSATIONS; c++)
      store.conversations.ensure(tx, { id: convId(c), kind: 'direct', now: t0 });
  });
  const timing = { store: { ms: 0, cpuMs: 0 }, raw: { ms: 0, cpuMs: 0 } };
  for (let b = 0; b < MESSAGES; b += BATCH) {
    timedInto(timing.store, () =>
      store.write((tx) => {
        for (let i = b; i < b + BATCH; i++) store.messages.insert(tx, msgs[i]!);
      }),
    );
    if (twin) timedInto(timing.raw, () => twin.insert(msgs.slice(b, b + BATCH)));
  }
  return { commonWord, ...timing };
}

export async function run(): Promise<void> {
  measure();
  await ready();
  await measureUnlock([await loadNativeBackend(), await loadWasmBackend()]);
}

/** The store's API is synchronous (one worker thread owns the connection), so the bench is too. */
function measure(): void {
  const dataDir = mkdtempSync(join(tmpdir(), 'shallot-bench-store-'));
  const key = new Uint8Array(randomBytes(32));
  const random = rng(42);
  const word = zipfWords(random, 5_000);
  const t0 = Date.UTC(2025, 0, 1);

  let store = openStore({ dataDir, key, logger: silentLogger });
  const twinDir = mkdtempSync(join(tmpdir(), 'shallot-bench-store-raw-'));
  const twin = rawTwin(
    twinDir,
    key,
    Array.from({ length: CONVERSATIONS }, (_, c) => convId(c)),
    t0,
  );
  const built = build(store, random, word, t0, twin);
  twin.close();
  rmSync(twinDir, { recursive: true, force: true });
  const perS = (t: Timing) => Math.round((MESSAGES * 1000) / t.ms);
  const perCpuS = (t: Timing) => Math.round((MESSAGES * 1000) / t.cpuMs);
  report('store.insert_rows_per_s', perS(built.store), 'rows/s');
  // The same work per second of this process's CPU time: stable when other jobs share the cores.
  report('store.insert_rows_per_cpu_s', perCpuS(built.store), 'rows/cpu-s');
  report('store.raw_sqlcipher_insert_rows_per_s', perS(built.raw), 'rows/s');
  report('store.raw_sqlcipher_insert_rows_per_cpu_s', perCpuS(built.raw), 'rows/cpu-s');
  report('store.insert_vs_raw_ratio', Number((built.raw.ms / built.store.ms).toFixed(3)), 'ratio');
  report('store.load_average_1m', Math.round(loadavg()[0]! * 100) / 100, 'load');

  const pickConv = (): SessionId => convId(Math.floor(CONVERSATIONS * random() ** 2));
  const newest: number[] = [];
  const older: number[] = [];
  for (let i = 0; i < 300; i++) {
    newest.push(time(() => store.messages.page(store.read, pickConv(), { limit: 50 })).ms);
  }
  // Older pages: a busy conversation (hundreds of messages), a cursor at a random depth, and only
  // full pages of 50 counted, so an empty page past the start never flatters the figure.
  while (older.length < 300) {
    const id = convId(Math.floor(random() * 100));
    const newestPage = store.messages.page(store.read, id, { limit: 50 });
    const top = newestPage[0];
    if (!top) continue;
    const jump = { sentAt: top.sentAt - Math.floor(random() * MESSAGES * 400), id: 0 };
    const cursor = store.messages.page(store.read, id, { limit: 1, before: jump })[0];
    if (!cursor) continue;
    const page = time(() => store.messages.page(store.read, id, { limit: 50, before: cursor }));
    if (page.value.length === 50) older.push(page.ms);
  }
  report('store.page_newest_p95_ms', round(percentile(newest, 95)), 'ms');
  report('store.page_older_p95_ms', round(percentile(older, 95)), 'ms');
  // Medians too: on a shared machine a p95 of sub-millisecond work mostly measures preemption.
  report('store.page_newest_p50_ms', round(percentile(newest, 50)), 'ms');
  report('store.page_older_p50_ms', round(percentile(older, 50)), 'ms');

  const unread = median(5, () => time(() => store.conversations.unreadCounts(store.read)).ms);
  report('store.unread_counts_ms', round(unread), 'ms');
  const unreadIndexed = median(
    3,
    () =>
      time(() => {
        for (let c = 0; c < CONVERSATIONS; c++) store.messages.countUnreadIndexed(store.read, convId(c));
      }).ms,
  );
  report('store.unread_counts_indexed_ms', round(unreadIndexed), 'ms');

  const selective = median(5, () => time(() => store.search.messages(store.read, RARE_WORD)).ms);
  const hits = store.search.messages(store.read, RARE_WORD).length;
  report('store.search_selective_ms', round(selective), 'ms');
  report('store.search_selective_hits', hits, 'hits');
  const common = median(
    5,
    () => time(() => store.search.messages(store.read, built.commonWord, { limit: 50 })).ms,
  );
  report('store.search_common_top50_ms', round(common), 'ms');
  const inConv = median(
    5,
    () =>
      time(() =>
        store.search.messages(store.read, built.commonWord, { limit: 50, conversationId: convId(3) }),
      ).ms,
  );
  report('store.search_common_in_conversation_ms', round(inConv), 'ms');

  store.close();
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { ms, value } = time(() => {
      const s = openStore({ dataDir, key, logger: silentLogger });
      s.messages.page(s.read, convId(0), { limit: 50 });
      return s;
    });
    opens.push(ms);
    store = value;
    store.close();
  }
  report('store.open_ms', round(percentile(opens, 50)), 'ms');

  const head = Buffer.alloc(16);
  const fd = openSync(store.path, 'r');
  readSync(fd, head, 0, 16, 0);
  closeSync(fd);
  if (head.toString('latin1') === 'SQLite format 3\u0000') throw new Error('bench database is not encrypted');
  report('store.db_path', store.path, 'path');
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function median(n: number, fn: () => number): number {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(fn());
  return percentile(xs, 50);
}
