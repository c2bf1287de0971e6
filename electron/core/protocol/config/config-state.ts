import type { BtValue } from '../bencode';
import { ed25519Verify } from '../../crypto/ed25519';
import { ConfigError } from './config-error';
import { configEncrypt, ENCRYPT_OVERHEAD, padPrefix } from './encrypt';
import { classify, decryptWithAny, unwrapIfLegacy, type LegacyTransport } from './incoming';
import { wrapLegacyConfig } from './legacy-wrap';
import { mergeMessages } from './merge';
import {
  DEFAULT_LAGS,
  MutableConfigMessage,
  emptyMessage,
  parseMessage,
  type ConfigMessage,
  type MessageOptions,
} from './message';
import { MAX_MESSAGE_SIZE, MAX_MULTIPART_SIZE, splitMultipart } from './multipart';
import { MultipartSets } from './multipart-sets';
import { zstdCompress, zstdIsReady } from './zstd';
import { readDump, writeDump, type DumpExtra } from './dump';
import type { ConfigDict } from './values';

/**
 * One config document with its sync state (libsession `ConfigBase`, `src/config/base.cpp`):
 * merging what the swarm holds, producing what to push, and remembering which stored messages
 * are current (to keep alive) and which are obsolete (to delete). Pure: the clock is injected and
 * nothing here touches the network or a store.
 */
export interface ConfigKeys {
  /** The key new pushes are encrypted with; undefined when none is known yet. */
  encryptionKey(): Uint8Array | undefined;
  /** Every key to try on incoming messages, in order (newest first). */
  decryptionKeys(): readonly Uint8Array[];
}

/** Group configs are signed by the group's Ed25519 key; without `sign` the config is read-only. */
export interface ConfigSigner {
  readonly publicKey: Uint8Array;
  sign?(data: Uint8Array): Uint8Array;
}

export interface IncomingConfigMessage {
  /** The storage server's hash of the stored message. */
  readonly hash: string;
  readonly data: Uint8Array;
}

export interface ConfigPush {
  readonly seqno: bigint;
  /** One message, or the parts of a multipart message, each to be stored on its own. */
  readonly messages: Uint8Array[];
  /** Stored messages this push makes obsolete: delete them once the push is stored. */
  readonly obsoleteHashes: string[];
}

export interface ConfigStateOptions {
  readonly domain: string;
  readonly keys: ConfigKeys;
  readonly signer?: ConfigSigner;
  /** User configs (namespaces 2–5) travel in the legacy protobuf wrapper. */
  readonly legacy?: LegacyTransport;
  /** zstd level, or null for none; libsession uses 1 for every config. */
  readonly compressionLevel?: number | null;
  readonly clock?: () => number;
  readonly multipart?: MultipartSets;
  /** Extra data a typed config keeps in the dump (libsession's `"+"` dict). */
  readonly extra?: DumpExtra;
}

/** clean: stored and unchanged; dirty: changed, not pushed; waiting: pushed, not yet confirmed. */
export type ConfigSyncState = 'clean' | 'dirty' | 'waiting';
const STATE_CODES: readonly ConfigSyncState[] = ['clean', 'dirty', 'waiting'];

export class ConfigState {
  private message: ConfigMessage;
  private syncState: ConfigSyncState = 'clean';
  private currHashes = new Set<string>();
  private readonly oldHashes = new Set<string>();
  private dumpNeeded = false;
  private readonly multiparts: MultipartSets;
  private readonly clock: () => number;
  private readonly messageOptions: MessageOptions;

  constructor(
    readonly options: ConfigStateOptions,
    dump?: Uint8Array,
  ) {
    // Checked here so a compressed message is never skipped as "invalid" for want of the wasm.
    if (!zstdIsReady()) throw new ConfigError('not-ready', 'Await configReady() before using configs.');
    this.clock = options.clock ?? Date.now;
    this.multiparts = options.multipart ?? new MultipartSets();
    const { signer } = options;
    this.messageOptions = {
      lag: DEFAULT_LAGS,
      verify: signer ? (data, sig) => ed25519Verify(sig, data, signer.publicKey) : undefined,
      sign: signer?.sign ? (data) => signer.sign!(data) : undefined,
    };
    this.message = emptyMessage(this.messageOptions);
    if (dump) this.load(dump);
  }

  get seqno(): bigint {
    return this.message.seqno;
  }
  get state(): ConfigSyncState {
    return this.syncState;
  }
  get isReadonly(): boolean {
    return this.messageOptions.verify !== undefined && this.messageOptions.sign === undefined;
  }
  get needsPush(): boolean {
    return this.syncState !== 'clean';
  }
  get needsDump(): boolean {
    return this.dumpNeeded;
  }
  /** Local extra data (DumpExtra) changed: the next dump must be stored. */
  markDumpNeeded(): void {
    this.dumpNeeded = true;
  }
  /** The current data: read it freely, change it only through `mutate()`. */
  get data(): ConfigDict {
    return this.message.data;
  }

  /** Stored messages that make up the current config (to keep alive). */
  currentHashes(): string[] {
    return [...this.currHashes].sort();
  }

  /** Current hashes plus parts of incomplete multipart sets that may complete a newer config. */
  activeHashes(): string[] {
    const all = new Set([...this.currHashes, ...this.multiparts.pendingMessageIds(this.clock())]);
    return [...all].sort();
  }

  /** Marks the config as changed and returns its mutable data (libsession `dirty()`). */
  mutate(): MutableConfigMessage {
    if (this.syncState !== 'dirty') {
      this.setState('dirty');
      this.message = this.message.increment();
    } else {
      this.dumpNeeded = true;
    }
    return this.message as MutableConfigMessage;
  }

  /**
   * Schedules a re-push with no change of content: a group's encryption key changed (libsession's
   * `add_key(…, dirty_config)`), or a full re-push is due. Read-only configs cannot push.
   */
  touch(): void {
    if (!this.isReadonly) this.mutate();
  }

  get isDirty(): boolean {
    return this.syncState === 'dirty';
  }

  private setState(s: ConfigSyncState): void {
    if (s === 'dirty' && this.isReadonly) {
      throw new ConfigError('readonly', 'This config cannot be changed without its signing key.');
    }
    if (this.syncState === 'clean') {
      for (const h of this.currHashes) this.oldHashes.add(h);
      this.currHashes.clear();
    }
    this.syncState = s;
    this.dumpNeeded = true;
  }

  /**
   * Merges stored messages into this config and returns the hashes of those that were valid
   * config messages (or parts), whether or not they changed anything. Invalid ones are skipped.
   */
  merge(messages: readonly IncomingConfigMessage[]): string[] {
    const keys = this.options.keys.decryptionKeys();
    if (keys.length === 0) throw new ConfigError('no-key', 'No key to decrypt this config with is known.');
    const now = this.clock();
    const oldSeqno = this.message.seqno;
    const hashes: string[][] = [];
    const confs: Uint8Array[] = [];
    const mine = oldSeqno !== 0n || this.isDirty;
    if (mine) {
      hashes.push([...this.currHashes]);
      confs.push(this.message.serialize());
    }
    const good = new Set<string>();
    for (const { hash, data } of messages) {
      let decoded;
      try {
        const raw = unwrapIfLegacy(data, this.options.legacy);
        decoded = classify(decryptWithAny(raw, keys, this.options.domain));
      } catch (e) {
        if (e instanceof ConfigError) continue;
        throw e;
      }
      if (decoded.kind === 'config') {
        good.add(hash);
        hashes.push([hash]);
        confs.push(decoded.config);
        continue;
      }
      const result = this.multiparts.handle(hash, decoded.plain, now);
      if (result.changed) this.dumpNeeded = true;
      if (result.accepted) good.add(hash);
      if (result.completed) {
        hashes.push(result.completed.messageIds);
        confs.push(result.completed.data);
      }
    }
    if (this.multiparts.expire(now)) this.dumpNeeded = true;
    if (hashes.length === 0) return [...good];
    this.adopt(hashes, confs, oldSeqno, good, mine);
    return [...good];
  }

  private adopt(
    hashes: string[][],
    confs: Uint8Array[],
    oldSeqno: bigint,
    good: Set<string>,
    mine: boolean,
  ): void {
    const bad = new Set<number>();
    const dirty = this.isDirty;
    let next: ConfigMessage;
    try {
      next = mergeMessages(confs, { ...this.messageOptions, onError: (i) => bad.add(i) }, dirty);
    } catch (e) {
      // Only possible without a message of our own: nothing valid came in, so nothing changes
      // (libsession throws here).
      if (!(e instanceof ConfigError) || e.code !== 'no-valid-config') throw e;
      for (const hs of hashes) for (const h of hs) good.delete(h);
      return;
    }
    const superseding = next.unmergedIndex;
    hashes.forEach((hs, i) => {
      if (i !== superseding && !bad.has(i)) for (const h of hs) this.oldHashes.add(h);
    });
    if (next.seqno !== oldSeqno) {
      if (next.merged) {
        this.message = dirty ? next : retainAsMutable(next);
        this.setState('dirty');
      } else if (!(dirty && superseding === 0 && next.seqno === oldSeqno + 1n)) {
        this.message = next;
        this.setState('clean');
        this.currHashes = new Set(hashes[superseding]);
      }
    } else {
      for (const h of this.currHashes) this.oldHashes.delete(h);
    }
    for (let i = mine ? 1 : 0; i < hashes.length; i++) {
      if (bad.has(i)) for (const h of hashes[i]!) good.delete(h);
    }
  }

  /**
   * The messages to store (libsession `push()`): serialized, zstd-compressed when smaller,
   * prefix-padded, then one encrypted message (legacy-wrapped for user configs when it still fits)
   * or encrypted multipart parts. A dirty config then waits for `confirmPushed`.
   */
  push(): ConfigPush {
    const key = this.options.keys.encryptionKey();
    if (!key) throw new ConfigError('no-key', 'No key to encrypt this config with is known.');
    const seqno = this.message.seqno;
    let msg = this.message.serialize();
    const level = this.options.compressionLevel === undefined ? 1 : this.options.compressionLevel;
    if (level) {
      const z = zstdCompress(msg, level);
      if (z.length + 1 < msg.length) {
        const out = new Uint8Array(z.length + 1);
        out[0] = 0x7a; // 'z'
        out.set(z, 1);
        msg = out;
      }
    }
    msg = padPrefix(msg);
    if (msg.length > MAX_MULTIPART_SIZE)
      throw new ConfigError('too-large', 'The config is too large to push.');
    const messages: Uint8Array[] = [];
    if (msg.length + ENCRYPT_OVERHEAD > MAX_MESSAGE_SIZE) {
      const { hash, parts } = splitMultipart(msg);
      for (const part of parts) messages.push(configEncrypt(part, key, this.options.domain));
      this.multiparts.markDone(hash, this.clock());
    } else {
      let out = configEncrypt(msg, key, this.options.domain);
      const { legacy } = this.options;
      if (legacy) {
        // Clients that need the wrapper cannot read a multipart message anyway: skip it if too big.
        const wrapped = wrapLegacyConfig(legacy.identity, out, seqno, legacy.namespace);
        if (wrapped.length <= MAX_MESSAGE_SIZE) out = wrapped;
      }
      messages.push(out);
    }
    if (this.isDirty) this.setState('waiting');
    const obsoleteHashes = this.isReadonly ? [] : [...this.oldHashes].sort();
    this.oldHashes.clear();
    return { seqno, messages, obsoleteHashes };
  }

  /** The push of `seqno` is stored under `hashes`; ignored if the config changed since. */
  confirmPushed(seqno: bigint, hashes: Iterable<string>): void {
    if (this.syncState === 'waiting' && seqno === this.message.seqno) {
      this.setState('clean');
      this.currHashes = new Set(hashes);
      this.dumpNeeded = true;
    }
  }

  /** Everything needed to restore this state (see dump.ts for the format); clears needsDump. */
  dump(): Uint8Array {
    const now = this.clock();
    if (this.isReadonly) this.oldHashes.clear();
    this.multiparts.expire(now);
    this.dumpNeeded = false;
    return writeDump({
      state: STATE_CODES.indexOf(this.syncState) as 0 | 1 | 2,
      data: this.message.serialize(false),
      current: this.currentHashes(),
      obsolete: [...this.oldHashes].sort(),
      multiparts: this.multiparts.toDump(now),
      extra: this.options.extra?.save() ?? new Map<string, BtValue>(),
    });
  }

  private load(bytes: Uint8Array): void {
    const d = readDump(bytes);
    try {
      // A dirty dump reloads one seqno further on (libsession does the same), so a push made just
      // before a crash is never reused for different content.
      this.message =
        d.state === 1
          ? parseMessage(d.data, { lag: DEFAULT_LAGS }).increment()
          : parseMessage(d.data, { lag: DEFAULT_LAGS }, true);
    } catch (cause) {
      throw new ConfigError('dump', 'The dumped config message does not load.', { cause });
    }
    this.message.options = this.messageOptions;
    this.syncState = STATE_CODES[d.state]!;
    this.currHashes = new Set(d.current);
    for (const h of d.obsolete) this.oldHashes.add(h);
    this.multiparts.loadDump(d.multiparts, this.clock());
    this.options.extra?.load(d.extra);
  }
}

/**
 * libsession turns a merge result into a mutable message whose original data is *empty* (its
 * retain-seqno constructor never copies it), so the next push lists every value in its diff.
 */
function retainAsMutable(m: ConfigMessage): MutableConfigMessage {
  const out = new MutableConfigMessage(m.options);
  out.copyFrom(m);
  out.origData = new Map();
  return out;
}
