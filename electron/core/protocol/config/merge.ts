import { blake2b } from '../../crypto/hash';
import { ConfigError } from './config-error';
import { applyDiff, type ConfigDiff } from './diff';
import {
  ConfigMessage,
  MutableConfigMessage,
  compareSeqnoHash,
  parseMessage,
  seqnoHashKey,
  type MessageOptions,
} from './message';
import { copyDict, pruneDict, type ConfigDict } from './values';

/**
 * Loading several messages at once (libsession's multi-message ConfigMessage constructor):
 *  1. messages another one lists among its lagged diffs, duplicates, and messages `lag` or more
 *     seqnos behind the newest are redundant;
 *  2. if one message is left, it is the result as is;
 *  3. a read-only reader (verify but no sign) keeps the highest (seqno, hash) instead of merging;
 *  4. otherwise the result has seqno = newest + 1 and starts from the data of the highest
 *     (seqno, hash) message; every remaining message's own diff and every lagged diff it carries
 *     (first one wins, visiting from the highest message down) is replayed in ascending
 *     (seqno, hash) order, each taking its values from the data of the message that carried it.
 * Equal seqnos are thus ordered by the BLAKE2b hash of the serialized message.
 *
 * `unmergedIndex` is the index into `serialized` (libsession reports an index among the
 * messages that parsed, which points at the wrong hash when an earlier one failed; we do not).
 */
export interface MergeOptions extends MessageOptions {
  /** Called for each message that does not parse; throw from it to abort. Default: skip. */
  readonly onError?: (index: number, error: ConfigError) => void;
}

interface Candidate {
  readonly index: number;
  readonly message: ConfigMessage;
  redundant: boolean;
}

function parseAll(serialized: readonly Uint8Array[], options: MergeOptions): Candidate[] {
  const out: Candidate[] = [];
  serialized.forEach((bytes, index) => {
    try {
      out.push({ index, message: parseMessage(bytes, options), redundant: false });
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      options.onError?.(index, e);
    }
  });
  if (out.length === 0) {
    throw new ConfigError('no-valid-config', 'None of the config messages could be used.');
  }
  return out;
}

function markRedundant(all: Candidate[], lag: number): bigint {
  let max: bigint | undefined;
  all.forEach((c, i) => {
    if (max === undefined || c.message.seqno > max) max = c.message.seqno;
    const key = seqnoHashKey(c.message.seqno, c.message.hash);
    for (let j = 0; !c.redundant && j < all.length; j++) {
      if (i === j) continue;
      const other = all[j]!.message;
      if (other.lagged.has(key)) c.redundant = true;
      else if (j < i && compareSeqnoHash(other, c.message) === 0) c.redundant = true;
    }
  });
  for (const c of all) if (c.message.seqno + BigInt(lag) <= max!) c.redundant = true;
  return max!;
}

function adopt(c: Candidate, mutable: boolean): ConfigMessage {
  c.message.unmergedIndex = c.index;
  if (!mutable) return c.message;
  const m = c.message.increment();
  m.unmergedIndex = c.index;
  return m;
}

/**
 * Loads and, if needed, merges `serialized`. With `mutable` the result is a MutableConfigMessage
 * whose seqno is always one past the newest input (libsession's MutableConfigMessage(vector)).
 */
export function mergeMessages(
  serialized: readonly Uint8Array[],
  options: MergeOptions,
  mutable = false,
): ConfigMessage {
  const all = parseAll(serialized, options);
  const max = markRedundant(all, options.lag);
  const live = all.filter((c) => !c.redundant);
  if (live.length === 1) return adopt(live[0]!, mutable);

  if (options.verify && !options.sign) {
    // Without the signing key a merge could not be signed: keep the best and let an admin merge.
    const best = [...all].sort((a, b) =>
      a.redundant !== b.redundant ? (a.redundant ? -1 : 1) : compareSeqnoHash(a.message, b.message),
    );
    return adopt(best[best.length - 1]!, mutable);
  }

  live.sort((a, b) => compareSeqnoHash(b.message, a.message));
  const result = mutable ? new MutableConfigMessage(options) : new ConfigMessage(options);
  result.seqno = max + 1n;
  result.data = copyDict(live[0]!.message.data);

  const replay = new Map<string, { seqno: bigint; hash: Uint8Array; diff: ConfigDiff; source: ConfigDict }>();
  for (const { message: m } of live) {
    const own = seqnoHashKey(m.seqno, m.hash);
    if (!replay.has(own)) replay.set(own, { seqno: m.seqno, hash: m.hash, diff: m.diff, source: m.data });
    for (const [key, l] of m.lagged) {
      if (!replay.has(key)) replay.set(key, { ...l, source: m.data });
    }
  }
  for (const r of [...replay.entries()].sort((a, b) => compareSeqnoHash(a[1], b[1]))) {
    const [key, { seqno, hash, diff, source }] = r;
    applyDiff(result.data, diff, source);
    result.lagged.set(key, { seqno, hash, diff });
  }
  pruneDict(result.data);
  result.unmergedIndex = -1;
  if (result instanceof MutableConfigMessage) result.origData = copyDict(result.data);
  result.hash = blake2b(32, result.serialize());
  return result;
}
