/**
 * Outbox kind `group-config-push` (desktop's GroupSyncJob): an admin stores what changed of a
 * group's Keys, Info and Members in one `sequence` — the new Keys first (Info and Members are
 * encrypted with them), then Info, Members and the deletion of the messages they replace — and
 * confirms what was stored. One job per group is queued at a time (its key); it reads the state
 * when it runs and goes round again while a change arrived meanwhile, so whatever waits for it
 * (invites, control messages) runs after everything queued before it is in the swarm.
 */
import type { GroupId } from '../../crypto/ids';
import { errorCode } from '../../errors';
import {
  MAX_SEQUENCE_OPS as MAX_SEQUENCE,
  type SessionNetwork,
  type SwarmAuth,
  type SwarmOp,
} from '../../network';
import { storageHash } from '../../protocol';
import type { ConfigPush } from '../../protocol/config';
import type { WriteDb } from '../../store';
import { done, fail, retryLater, type JobContext, type OutboxHandler } from '../outbox/kinds';
import type { GroupRegistry } from './group-registry';
import type { OpenGroup } from './open-group';
import { isFinalNetworkFailure } from './store-job';

export const GROUP_PUSH_JOB = 'group-config-push';
/** Desktop: config messages (user and group) live 30 days (§11.8). */
export const CONFIG_TTL_MS = 30 * 24 * 3_600_000;
/** Rounds in one run while changes keep arriving during the network call. */
const MAX_ROUNDS = 5;

export const pushKey = (groupId: GroupId): string => `group-push:${groupId}`;

export function encodePushPayload(groupId: GroupId): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ v: 1, groupId }));
}

function decodePushPayload(bytes: Uint8Array | null): GroupId | undefined {
  try {
    const v = JSON.parse(new TextDecoder().decode(bytes ?? new Uint8Array())) as {
      v?: number;
      groupId?: unknown;
    };
    return v.v === 1 && typeof v.groupId === 'string' ? (v.groupId as GroupId) : undefined;
  } catch {
    return undefined;
  }
}

interface Round {
  readonly ops: SwarmOp[];
  readonly keysHash: string | undefined;
  readonly info: ConfigPush | undefined;
  readonly members: ConfigPush | undefined;
}

/** What the group has to store now; empty when nothing changed since the last push. */
export function pendingRound(g: OpenGroup, storedKeys: ReadonlySet<string>): Round {
  const ops: SwarmOp[] = [];
  const keys = g.keys.pendingConfig();
  const keysHash = keys ? storageHash(g.id, 12, keys) : undefined;
  if (keys && keysHash && !storedKeys.has(keysHash)) {
    ops.push({ kind: 'store', namespace: 12, data: keys, ttlMs: CONFIG_TTL_MS });
  }
  const info = g.info.needsPush ? g.info.push() : undefined;
  const members = g.members.needsPush ? g.members.push() : undefined;
  for (const [ns, p] of [
    [13, info],
    [14, members],
  ] as const) {
    for (const data of p?.messages ?? [])
      ops.push({ kind: 'store', namespace: ns, data, ttlMs: CONFIG_TTL_MS });
  }
  const obsolete = [...(info?.obsoleteHashes ?? []), ...(members?.obsoleteHashes ?? [])];
  if (obsolete.length > 0) ops.push({ kind: 'delete', hashes: obsolete });
  return {
    ops,
    keysHash: ops.some((o) => o.kind === 'store' && o.namespace === 12) ? keysHash : undefined,
    info,
    members,
  };
}

/** The hashes each document's messages were stored under, in push order. */
function storedHashes(round: Round, hashes: readonly string[]): { info: string[]; members: string[] } {
  let i = round.keysHash ? 1 : 0;
  const take = (p: ConfigPush | undefined): string[] => {
    const n = p?.messages.length ?? 0;
    const out = hashes.slice(i, i + n);
    i += n;
    return out;
  };
  return { info: take(round.info), members: take(round.members) };
}

/** Runs `ops` in order as sequences of at most 20; the hashes of every op (empty for non-stores). */
export async function inSequences(
  net: Pick<SessionNetwork, 'sequence'>,
  auth: SwarmAuth,
  ops: readonly SwarmOp[],
): Promise<string[]> {
  const hashes: string[] = [];
  for (let i = 0; i < ops.length; i += MAX_SEQUENCE) {
    const results = await net.sequence(auth, ops.slice(i, i + MAX_SEQUENCE));
    hashes.push(...results.map((r) => r.hash ?? ''));
  }
  return hashes;
}

async function sendRound(g: OpenGroup, round: Round, ctx: JobContext): Promise<string[]> {
  const auth = g.auth();
  if (!auth) throw new Error('The group has no admin key.');
  return inSequences(await ctx.network(), auth, round.ops);
}

export interface PushJobDeps {
  readonly registry: () => GroupRegistry;
  readonly now: () => number;
  /** Keys messages this session stored (they stay pending until they come back from the swarm). */
  readonly storedKeys: (groupId: GroupId) => Set<string>;
  /** After a round was confirmed (the group's view changed: statuses, hashes). */
  readonly pushed: (tx: WriteDb, groupId: GroupId) => void;
}

export function pushJobHandler(deps: PushJobDeps): OutboxHandler {
  return {
    kind: GROUP_PUSH_JOB,
    maxAttempts: 10,
    async run(job, ctx) {
      const groupId = decodePushPayload(job.payload);
      if (!groupId) return fail('payload-damaged');
      for (let n = 0; n < MAX_ROUNDS; n++) {
        const g = deps.registry().get(groupId);
        if (!g || !g.isAdmin) return done();
        const stored = deps.storedKeys(groupId);
        const round = pendingRound(g, stored);
        if (round.ops.length === 0) return done();
        let hashes: string[];
        try {
          hashes = await sendRound(g, round, ctx);
        } catch (e) {
          // The documents stay "waiting": the next attempt pushes the same bytes again.
          if (ctx.signal.aborted) throw e;
          const code = `network-${errorCode(e)}`;
          return isFinalNetworkFailure(e) ? fail(code) : retryLater(code);
        }
        if (round.keysHash) stored.add(round.keysHash);
        const { info, members } = storedHashes(round, hashes);
        const current = deps.registry().get(groupId);
        if (!current) return done();
        deps.registry().write([current], deps.now(), (tx) => {
          if (round.info) current.info.confirmPushed(round.info.seqno, info);
          if (round.members) current.members.confirmPushed(round.members.seqno, members);
          deps.pushed(tx, groupId);
        });
      }
      return retryLater('still-changing');
    },
  };
}
