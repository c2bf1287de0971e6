/**
 * One poller per group we are in (protocol reference §11.7): namespaces −11, 11, 13, 14, 12 in one
 * batch, Keys asked last (an admin stores new Keys before what they encrypt, so anything fetched
 * with them can be read) and applied first; signed with the group key (admins) or our subaccount
 * (members). Cadence as desktop: every 5 s while the group was active in the last 2 days, every
 * minute within a week, else every 2 minutes. A group we were removed from only reads −11, where
 * its admins leave the removal notice a revoked grant can still read; a round refused with 401
 * asks −11 alone next time, to learn whether that is what happened.
 */
import type { GroupId } from '../../crypto/ids';
import type { NetworkError, PollBatch, PollTarget } from '../../network';
import type { WriteDb } from '../../store';
import { pollInto, type InboxSource } from '../inbox/source';
import type { AccountSession } from '../session/account-session';
import type { GroupRegistry } from './group-registry';

export const GROUP_NAMESPACES = [-11, 11, 13, 14, 12] as const;
export const KICKED_NAMESPACE = -11;

const DAY_MS = 24 * 3_600_000;
export const ACTIVE_POLL_MS = 5_000;
export const MEDIUM_POLL_MS = 60_000;
export const INACTIVE_POLL_MS = 120_000;

/** Desktop's `getPollingTimeout`: by how recently the group was active. */
export function groupPollInterval(lastActivityAt: number, now: number): number {
  const idle = now - lastActivityAt;
  if (idle <= 2 * DAY_MS) return ACTIVE_POLL_MS;
  if (idle <= 7 * DAY_MS) return MEDIUM_POLL_MS;
  return INACTIVE_POLL_MS;
}

export interface GroupInboxDeps {
  readonly session: AccountSession;
  readonly registry: GroupRegistry;
  readonly consume: (groupId: GroupId, batch: PollBatch<WriteDb>) => Promise<void>;
  /** A fixed cadence instead of desktop's (tests, the CLI's `listen`); undefined for desktop's. */
  readonly fixedIntervalMs: () => number | undefined;
}

interface Running {
  readonly source: InboxSource;
}

export class GroupInboxes {
  private readonly running = new Map<GroupId, Running>();

  constructor(private readonly deps: GroupInboxDeps) {}

  /** Starts polling the group (no-op when it polls already or has nothing to poll with). */
  start(groupId: GroupId): void {
    if (this.running.has(groupId)) return;
    const g = this.deps.registry.get(groupId);
    const auth = g?.auth();
    if (!g || !auth || (g.state !== 'joined' && g.state !== 'kicked')) return;
    const { registry, session } = this.deps;
    // After a refused round, the next one (within one and a half intervals) asks −11 alone.
    let probeUntil = 0;
    const target: PollTarget = {
      pubkey: groupId,
      auth,
      get namespaces() {
        const kicked = registry.get(groupId)?.state === 'kicked';
        return kicked || Date.now() < probeUntil ? [KICKED_NAMESPACE] : [...GROUP_NAMESPACES];
      },
    };
    const source = pollInto(session, target, (batch) => this.deps.consume(groupId, batch), {
      intervalMs: () => this.interval(groupId),
      onError: (e: NetworkError) => {
        const probing = Date.now() < probeUntil;
        if (e.code === 'unauthorized' && !probing && !registry.get(groupId)?.isAdmin) {
          probeUntil = Date.now() + this.interval(groupId) * 1.5;
        }
      },
    });
    this.running.set(groupId, { source });
  }

  private interval(groupId: GroupId): number {
    const fixed = this.deps.fixedIntervalMs();
    if (fixed !== undefined) return fixed;
    const g = this.deps.registry.get(groupId);
    if (!g || g.state === 'kicked') return INACTIVE_POLL_MS;
    const { store } = this.deps.session;
    const conv = store.conversations.get(store.read, groupId);
    return groupPollInterval(Math.max(conv?.lastActivityAt ?? 0, g.joinedAt), this.deps.session.now());
  }

  isRunning(groupId: GroupId): boolean {
    return this.running.has(groupId);
  }

  /** Our grant changed (promotion, a new invite): poll with the new one. */
  async restart(groupId: GroupId): Promise<void> {
    await this.stop(groupId);
    this.start(groupId);
  }

  async stop(groupId: GroupId): Promise<void> {
    const r = this.running.get(groupId);
    this.running.delete(groupId);
    await r?.source.stop();
  }

  async stopAll(): Promise<void> {
    const all = [...this.running.values()];
    this.running.clear();
    await Promise.all(all.map((r) => r.source.stop()));
  }

  pollNow(groupId?: GroupId): void {
    for (const [id, r] of this.running) if (groupId === undefined || id === groupId) r.source.pollNow();
  }
}
