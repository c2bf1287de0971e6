import { bytesEqual, utf8 } from '../../crypto/bytes';
import { encodeBt, isBtBytes, isBtDict, isBtList, type BtValue } from '../bencode';
import { GroupKeysError } from './errors';
import { decodeDict } from './input';
import { decodeKeyInfo, encodeKeyInfo, type KeyInfo } from './keys-message';

/**
 * The bookkeeping half of GroupKeys, as libsession's `Keys` keeps it: known keys sorted by
 * (generation, timestamp, key), the hashes of the Keys messages that carried each generation (the
 * ones clients keep alive), the admin's pending rekey, and expiry of superseded generations.
 *
 * Dump format (bt-encoded dict, the same keys libsession's `Keys::dump` writes):
 *   "A": [[generation, hash…]…]            active message hashes per generation, ascending
 *   "L": [{"g": gen, "k": key32, "t": ms}…] keys, ascending
 *   "P": {"c": config, "g": gen, "k": key32} pending rekey (admins only, while unconfirmed)
 */

/** A generation lapses once a newer one has been known this long (libsession KEY_EXPIRY, 2 × 30 d). */
export const KEY_EXPIRY_MS = 60 * 24 * 60 * 60 * 1000;

export interface PendingRekey {
  readonly generation: number;
  readonly key: Uint8Array;
  readonly config: Uint8Array;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function compareKeys(a: KeyInfo, b: KeyInfo): number {
  return a.generation - b.generation || a.timestampMs - b.timestampMs || compareBytes(a.key, b.key);
}

export class KeyStore {
  /** Ascending by (generation, timestamp, key). */
  keys: KeyInfo[] = [];
  /** Keys-message hashes per generation. */
  active = new Map<number, Set<string>>();
  pending: PendingRekey | undefined;
  needsDump = false;

  /** Newest first, the pending key (if any) before all others. */
  decryptionKeys(): Uint8Array[] {
    const out = this.keys.map((k) => k.key).reverse();
    return this.pending ? [this.pending.key, ...out] : out;
  }

  newest(): KeyInfo | undefined {
    return this.keys[this.keys.length - 1];
  }

  addHash(generation: number, hash: string): void {
    let set = this.active.get(generation);
    if (!set) this.active.set(generation, (set = new Set()));
    set.add(hash);
  }

  /** libsession `insert_key`: a key already known for its generation only records the hash. */
  insert(hash: string, key: KeyInfo): void {
    if (this.keys.some((k) => k.generation === key.generation && bytesEqual(k.key, key.key))) {
      this.addHash(key.generation, hash);
      return;
    }
    let at = this.keys.findIndex((k) => compareKeys(k, key) >= 0);
    if (at < 0) at = this.keys.length;
    const front = this.keys[0];
    const back = this.newest();
    if (this.keys.length >= 2 && at === 0 && front && back && key.generation < front.generation) {
      // Older than everything we keep, and the oldest kept one has already lapsed: stale.
      if (front.timestampMs + KEY_EXPIRY_MS < back.timestampMs) return;
    }
    this.addHash(key.generation, hash);
    this.keys.splice(at, 0, key);
    this.removeExpired();
    this.needsDump = true;
  }

  /** libsession `remove_expired`: drop generations superseded more than KEY_EXPIRY_MS ago. */
  removeExpired(): void {
    const last = this.newest();
    if (this.keys.length >= 2 && last) {
      let keepFrom = 0;
      for (let i = 0; i < this.keys.length;) {
        let j = i + 1;
        while (j < this.keys.length && this.keys[j]!.generation === this.keys[i]!.generation) j++;
        if (j >= this.keys.length) break;
        // keys[j] is the first (oldest) key of the next generation.
        if (this.keys[j]!.timestampMs + KEY_EXPIRY_MS < last.timestampMs) keepFrom = j;
        else break;
        i = j;
      }
      if (keepFrom > 0) this.keys.splice(0, keepFrom);
    }
    const oldest = this.keys[0];
    for (const generation of [...this.active.keys()]) {
      if (!oldest || generation < oldest.generation) this.active.delete(generation);
    }
  }

  activeHashes(): Set<string> {
    const out = new Set<string>();
    for (const set of this.active.values()) for (const h of set) out.add(h);
    return out;
  }

  dump(): Uint8Array {
    const fields = new Map<string, BtValue>([
      [
        'A',
        [...this.active.entries()]
          .sort(([a], [b]) => a - b)
          .map(([generation, hashes]) => [BigInt(generation), ...[...hashes].sort().map((h) => utf8(h))]),
      ],
      ['L', this.keys.map(encodeKeyInfo)],
    ]);
    if (this.pending) {
      const { config, generation, key } = this.pending;
      fields.set(
        'P',
        new Map<string, BtValue>([
          ['c', config],
          ['g', BigInt(generation)],
          ['k', key],
        ]),
      );
    }
    return encodeBt(fields);
  }

  /** Reads a dump; throws GroupKeysError('dump') for anything `dump()` would not have written. */
  static load(dump: Uint8Array): KeyStore {
    const bad = (message: string, cause?: unknown) =>
      new GroupKeysError(
        'dump',
        `Invalid Keys dump: ${message}`,
        cause === undefined ? undefined : { cause },
      );
    const root = decodeDict(dump, 'The dump', bad);
    const store = new KeyStore();
    const active = root.get('A');
    if (!isBtList(active)) throw bad('active hashes (A) not found.');
    for (const entry of active) {
      const [generation, ...hashes] = isBtList(entry) ? entry : [];
      if (typeof generation !== 'bigint' || !hashes.every(isBtBytes)) throw bad('malformed active hashes.');
      for (const h of hashes) store.addHash(Number(generation), new TextDecoder().decode(h));
    }
    const keys = root.get('L');
    if (!isBtList(keys)) throw bad('keys (L) not found.');
    store.keys = keys.map((k) => decodeKeyInfo(k, (m) => bad(m)));
    for (let i = 1; i < store.keys.length; i++) {
      if (compareKeys(store.keys[i - 1]!, store.keys[i]!) >= 0) throw bad('keys are not in sorted order.');
    }
    const pending = root.get('P');
    if (pending !== undefined) {
      const c = isBtDict(pending) ? pending.get('c') : undefined;
      if (!isBtDict(pending) || !isBtBytes(c)) throw bad('pending rekey without config (c).');
      const info = decodeKeyInfo(new Map([...pending, ['t', 0n]]), (m) => bad(`pending ${m}`));
      store.pending = { config: c, generation: info.generation, key: info.key };
    }
    return store;
  }
}
