/**
 * The one failure policy every storage operation uses (swarm requests, poll rounds, retrieve).
 * Its collaborators are given as the small interfaces it declares, so each rule is shown alone.
 */
import { describe, expect, it } from 'vitest';
import type { SessionId } from '../../../electron/core/crypto/ids';
import { silentLogger } from '../../../electron/core/log';
import { NetworkError } from '../../../electron/core/network/errors';
import { FailurePolicy, type FailurePolicyDeps } from '../../../electron/core/network/failure-policy';
import type { Snode } from '../../../electron/core/network/snode';
import { StatusEmitter } from '../../../electron/core/network/status';
import { OnionRequestError } from '../../../electron/core/network/transport';

const PK = `05${'ab'.repeat(32)}` as SessionId;
const NODE: Snode = { ip: '10.0.0.1', port: 1, ed25519: 'e'.repeat(64), x25519: 'f'.repeat(64) };

function setup(over: Partial<FailurePolicyDeps> = {}) {
  const log = { removed: [] as string[], resyncs: 0 };
  let offline = false;
  let online: () => void = () => undefined;
  const status = new StatusEmitter();
  const deps: FailurePolicyDeps = {
    settings: { maxAttempts: 3, backoffMs: 0, offlineWaitMs: 60_000 },
    reachability: {
      get isOffline() {
        return offline;
      },
      waitOnline: () => new Promise<void>((r) => (online = r)),
    },
    swarms: { remove: (_pk, ed) => void log.removed.push(ed) },
    status,
    resyncClock: () => {
      log.resyncs++;
      return Promise.resolve(true);
    },
    logger: silentLogger,
    signal: new AbortController().signal,
    ...over,
  };
  return {
    policy: new FailurePolicy(deps),
    log,
    status,
    goOffline: () => (offline = true),
    comeBack: () => {
      offline = false;
      online();
    },
  };
}

const retryable = () => new NetworkError('timeout');
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: NetworkError) => e.code,
  );

describe('failure policy', () => {
  it('retries retryable failures up to the budget, then gives the last error', async () => {
    const { policy } = setup();
    const a = policy.attempt();
    expect(await a.onFailure(retryable(), { node: NODE, pubkey: PK })).toBe('retry');
    expect(await a.onFailure(retryable(), { node: NODE, pubkey: PK })).toBe('retry');
    expect(await codeOf(a.onFailure(retryable(), { node: NODE, pubkey: PK }))).toBe('timeout');
    expect(a.failed).toBe(3);
  });

  it('ends at once on a final error or when the network closes', async () => {
    const { policy } = setup();
    expect(await codeOf(policy.attempt().onFailure(new NetworkError('unauthorized')))).toBe('unauthorized');
    expect(await codeOf(policy.attempt().onFailure(new NetworkError('closed')))).toBe('closed');
    const aborted = new AbortController();
    aborted.abort();
    const closing = setup({ signal: aborted.signal }).policy.attempt();
    expect(await codeOf(closing.onFailure(retryable()))).toBe('closed');
    expect(await codeOf(closing.ready())).toBe('closed');
  });

  it('resynchronises the clock once per operation, then shows clock-skew and stops', async () => {
    const { policy, log, status } = setup();
    const a = policy.attempt();
    const skew = () => new NetworkError('clock-out-of-sync', undefined, { retryable: false });
    expect(await a.onFailure(skew(), { node: NODE, pubkey: PK })).toBe('clock-resynced');
    expect(a.failed).toBe(0);
    expect(await codeOf(a.onFailure(skew(), { node: NODE, pubkey: PK }))).toBe('clock-out-of-sync');
    expect(log.resyncs).toBe(1);
    expect(status.status.state).toBe('clock-skew');
    a.succeeded();
    expect(status.status.state).toBe('online');
  });

  it('takes a node out of the swarm only when the transport says the destination was at fault', async () => {
    const { policy, log } = setup({ settings: { maxAttempts: 10, backoffMs: 0, offlineWaitMs: 0 } });
    const a = policy.attempt();
    await a.onFailure(new OnionRequestError(new NetworkError('path'), 'destination'), {
      node: NODE,
      pubkey: PK,
    });
    await a.onFailure(new OnionRequestError(new NetworkError('timeout'), 'both'), { node: NODE, pubkey: PK });
    await a.onFailure(new OnionRequestError(new NetworkError('path'), 'path'), { node: NODE, pubkey: PK });
    // 'both' (a timeout: path or destination) is left to the path's diagnosis.
    expect(log.removed).toEqual([NODE.ed25519]);
  });

  it('waits for an unreachable network without spending attempts, or fails when it may not wait', async () => {
    const s = setup();
    const a = s.policy.attempt();
    s.goOffline();
    for (let i = 0; i < 5; i++) expect(await a.onFailure(new NetworkError('unreachable'))).toBe('retry');
    expect(a.failed).toBe(0);
    const waiting = a.ready();
    s.comeBack();
    await waiting;
    s.goOffline();
    const round = s.policy.attempt({ waitOffline: false });
    expect(await codeOf(round.ready())).toBe('unreachable');
    expect(await codeOf(round.onFailure(new NetworkError('unreachable')))).toBe('unreachable');
  });

  it('gives up waiting for the network after offlineWaitMs', async () => {
    let now = 0;
    const s = setup({ now: () => now, settings: { maxAttempts: 3, backoffMs: 0, offlineWaitMs: 1000 } });
    const a = s.policy.attempt();
    s.goOffline();
    now = 1001;
    expect(await codeOf(a.onFailure(new NetworkError('unreachable')))).toBe('unreachable');
  });
});
