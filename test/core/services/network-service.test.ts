import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import type { NetworkProfile } from '../../../electron/core/network';
import { DomainEventBus } from '../../../electron/core/services/events';
import { NetworkService, type NetworkView } from '../../../electron/core/services/network/network-service';
import type { Localnet } from '../../../localnet';
import { FAST, localnet } from '../network/fixture';
import { freshStore } from '../store/helpers';

/** A service whose views can be awaited: `next(pred)` resolves with the first matching view. */
function watched(profile: NetworkProfile | undefined) {
  const seen: NetworkView[] = [];
  const waiters: { pred: (v: NetworkView) => boolean; resolve: (v: NetworkView) => void }[] = [];
  const events = new DomainEventBus();
  const service = new NetworkService({
    profile,
    logger: silentLogger,
    events,
    tuning: FAST,
    retryMinMs: 20,
    retryMaxMs: 40,
  });
  events.on('network.changed', (v) => {
    seen.push(v);
    for (const w of [...waiters]) {
      if (w.pred(v)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(v);
      }
    }
  });
  const next = (pred: (v: NetworkView) => boolean): Promise<NetworkView> =>
    new Promise((resolve) => {
      if (pred(service.view())) resolve(service.view());
      else waiters.push({ pred, resolve });
    });
  return { service, seen, next };
}

describe('NetworkService', () => {
  let ln: Localnet;
  beforeAll(async () => {
    ln = await localnet(8);
  });
  afterAll(async () => {
    await ln.close();
  });

  it('connects when the store opens and disconnects when it closes', async () => {
    const { store, done } = freshStore();
    const { service, seen, next } = watched(ln.profile);
    expect(service.view()).toEqual({ connection: 'off', paths: 0 });
    await service.attach(store);
    const online = await next((v) => v.connection === 'online' && v.paths === 2);
    expect(online).toEqual({ connection: 'online', paths: 2 });
    expect(seen[0]).toEqual({ connection: 'connecting', paths: 0 });
    // Detaching (the account locks) shows 'off' at once, not the last online view.
    await service.attach(undefined);
    expect(service.view()).toEqual({ connection: 'off', paths: 0 });
    await service.close();
    done();
  });

  it('stays off without a profile (offline mode)', async () => {
    const { store, done } = freshStore();
    const { service, seen } = watched(undefined);
    await service.attach(store);
    await service.close();
    expect(seen).toEqual([]);
    done();
  });

  it('reports an unreachable network and keeps retrying until it answers', async () => {
    const { store, done } = freshStore();
    const dead: NetworkProfile = {
      ...ln.profile,
      seeds: [{ ...ln.profile.seeds[0]!, url: 'https://127.0.0.1:9/' }],
    };
    const { service, seen, next } = watched(dead);
    await service.attach(store);
    await next((v) => v.connection === 'offline');
    // Retries come on their own: a second 'connecting' after the first 'offline'.
    await next((v) => v.connection === 'connecting');
    expect(seen.filter((v) => v.connection === 'offline').length).toBeGreaterThanOrEqual(1);
    await service.close();
    done();
  });

  it('stops a bootstrap in progress when the store goes away, and waits for it', async () => {
    const { store, done } = freshStore();
    // Seeds that accept TCP but never answer keep openNetwork busy until it is aborted.
    const { createServer } = await import('node:net');
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const hanging: NetworkProfile = {
      ...ln.profile,
      seeds: [{ ...ln.profile.seeds[0]!, url: `https://127.0.0.1:${port}/` }],
    };
    const { service, next } = watched(hanging);
    await service.attach(store);
    await next((v) => v.connection === 'connecting');
    await service.attach(undefined);
    expect(service.view()).toEqual({ connection: 'off', paths: 0 });
    silent.close();
    done();
  });
});
