/**
 * Pushing the user configs (protocol reference §10 "Client behaviour", §10.1 "Storing"; desktop
 * `UserSyncJob`): every namespace that has something to push gives its message — or every part
 * of a multipart one — and all of them go to the own swarm in one `sequence` with TTL 30 days,
 * followed by one `delete` of every hash the pushes made obsolete (so nothing is deleted unless
 * every store before it succeeded). A namespace is confirmed only when all its parts were stored.
 *
 * Crash safety: the pushed state (waiting) and the obsolete hashes are saved before the network
 * call; a crash before the confirmation pushes the same bytes again (same seqno, same hashes:
 * the swarm keeps one copy) and confirms then. One push runs at a time.
 */
import type { SessionNetwork, SequenceStore } from '../../network';
import { storageHash } from '../../protocol';
import type { UserConfigNamespace } from '../../protocol/config';
import { USER_CONFIG_NAMESPACES } from '../../protocol/config';
import type { WriteDb } from '../../store';
import { ConfigSyncError } from './config-sync-error';
import type { SyncContext } from './sync-context';

/** §11.8: config messages live 30 days. */
export const CONFIG_TTL_MS = 30 * 24 * 3600 * 1000;
/** A storage batch or sequence holds at most 20 subrequests (§4.1). */
const MAX_SUBREQUESTS = 20;

interface PendingPush {
  readonly namespace: UserConfigNamespace;
  readonly seqno: bigint;
  readonly messages: readonly Uint8Array[];
  readonly hashes: readonly string[];
}

export interface PushResult {
  /** Namespaces whose push was stored and confirmed. */
  readonly pushed: readonly UserConfigNamespace[];
  /** Obsolete hashes deleted from the swarm. */
  readonly deleted: number;
}

/** Takes every push out of the configs and records what it makes obsolete (one transaction). */
function takePushes(ctx: SyncContext, tx: WriteDb, full: boolean): PendingPush[] {
  const { store } = ctx.session;
  const now = ctx.session.now();
  const out: PendingPush[] = [];
  for (const ns of USER_CONFIG_NAMESPACES) {
    const config = ctx.book.get(tx, ns);
    // A full push re-stores every config that has content; an empty seqno-0 one has none.
    if (!config.needsPush && !(full && config.seqno > 0n)) continue;
    const p = config.push();
    ctx.book.save(tx, ns);
    store.configs.addObsolete(tx, ns, p.obsoleteHashes, now);
    const hashes = p.messages.map((m) => storageHash(ctx.self, ns, m));
    out.push({ namespace: ns, seqno: p.seqno, messages: p.messages, hashes });
  }
  return out;
}

/** Sends the stores in sequences of at most 20; the delete rides with the last one. */
async function send(
  ctx: SyncContext,
  net: SessionNetwork<WriteDb>,
  pushes: readonly PendingPush[],
  obsolete: readonly string[],
): Promise<{ stored: Set<string>; deleted: readonly string[] | undefined }> {
  const stores: SequenceStore[] = pushes.flatMap((p) =>
    p.messages.map((data) => ({ namespace: p.namespace, data, ttlMs: CONFIG_TTL_MS })),
  );
  const chunks: SequenceStore[][] = [];
  for (let i = 0; i < stores.length; i += MAX_SUBREQUESTS) chunks.push(stores.slice(i, i + MAX_SUBREQUESTS));
  // The delete needs a place in the last sequence: after a full one it goes on its own.
  if (obsolete.length > 0 && (chunks.length === 0 || chunks[chunks.length - 1]!.length === MAX_SUBREQUESTS))
    chunks.push([]);
  const stored = new Set<string>();
  const auth = ctx.session.identity.swarmAuth;
  for (let i = 0; i < chunks.length; i++) {
    const last = i === chunks.length - 1;
    const r = await net.storeSequence(auth, chunks[i]!, last ? obsolete : []);
    for (const h of r.stored) if (h) stored.add(h);
    if (r.stored.some((h) => h === undefined)) break;
    if (last) return { stored, deleted: obsolete.length > 0 ? r.deleted : undefined };
  }
  return { stored, deleted: undefined };
}

/** Confirms what was stored, forgets what was deleted (one transaction). */
function confirm(
  ctx: SyncContext,
  tx: WriteDb,
  pushes: readonly PendingPush[],
  sent: { stored: Set<string>; deleted: readonly string[] | undefined },
  obsolete: readonly string[],
  full: boolean,
): UserConfigNamespace[] {
  const { store } = ctx.session;
  const now = ctx.session.now();
  const pushed: UserConfigNamespace[] = [];
  for (const p of pushes) {
    if (!p.hashes.every((h) => sent.stored.has(h))) continue;
    ctx.book.within(tx, p.namespace, (c) => c.confirmPushed(p.seqno, p.hashes));
    store.configs.addPushed(tx, p.namespace, p.hashes, now);
    store.configs.recordPushed(tx, p.namespace, now, full);
    pushed.push(p.namespace);
  }
  // A 200 for the delete covers every hash asked for, listed or already gone.
  if (sent.deleted !== undefined) store.configs.removeObsolete(tx, obsolete);
  store.configs.prunePushed(tx, now - CONFIG_TTL_MS);
  return pushed;
}

/** One push of everything pending (`full`: every config with content, even if unchanged). */
export async function pushConfigs(
  ctx: SyncContext,
  net: SessionNetwork<WriteDb>,
  full: boolean,
): Promise<PushResult> {
  const { store } = ctx.session;
  const { pushes, obsolete } = store.write((tx) => {
    const taken = takePushes(ctx, tx, full);
    return { pushes: taken, obsolete: store.configs.obsolete(tx) };
  });
  if (pushes.length === 0 && obsolete.length === 0) return { pushed: [], deleted: 0 };
  let sent: Awaited<ReturnType<typeof send>>;
  try {
    sent = await send(ctx, net, pushes, obsolete);
  } catch (cause) {
    throw new ConfigSyncError('sync-failed', 'The configs could not be stored in the swarm.', { cause });
  }
  const pushed = store.write((tx) => confirm(ctx, tx, pushes, sent, obsolete, full));
  if (pushed.length < pushes.length) {
    throw new ConfigSyncError('sync-failed', 'Some config messages were not stored; they go again later.');
  }
  return { pushed, deleted: sent.deleted === undefined ? 0 : obsolete.length };
}
