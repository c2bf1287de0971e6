import { randomBytes } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identityFromSeed } from '../electron/core/crypto/identity';
import { ready } from '../electron/core/crypto/sodium';
import { silentLogger } from '../electron/core/log';
import { accountAuth, openNetwork } from '../electron/core/network/index';
import { StoreNetworkState } from '../electron/core/services/network/store-network-state';
import { openStore } from '../electron/core/store';
import { startLocalnet } from '../localnet/index';
import { percentile, report } from './report';

const ROUNDS = 200;
const PARALLEL = 20;
const PARALLEL_TOTAL = 400;

/** Store and retrieve latency over 3-hop onion paths on a 12-node localnet, and store throughput. */
export async function run(): Promise<void> {
  await ready();
  const ln = await startLocalnet({ nodes: 12, swarmSize: 5 });
  // The network's state in a real encrypted store, as the app keeps it.
  const dataDir = mkdtempSync(join(tmpdir(), 'shallot-bench-network-'));
  const store = openStore({ dataDir, key: new Uint8Array(randomBytes(32)), logger: silentLogger });
  try {
    const net = await openNetwork({ profile: ln.profile, state: new StoreNetworkState(store) });
    try {
      report('network.path_build_ms', Math.round(net.lastPathBuildMs * 10) / 10, 'ms');
      const identity = identityFromSeed(new Uint8Array(randomBytes(16)));
      const id = { sessionId: identity.sessionId, auth: accountAuth(identity) };
      const payload = (): Uint8Array => new Uint8Array(randomBytes(400));
      // Warm the swarm cache and the keep-alive connections.
      for (let i = 0; i < 10; i++) {
        await net.store({ pubkey: id.sessionId, namespace: 0, data: payload(), ttlMs: 600_000 });
        await net.retrieve({ auth: id.auth, namespace: 0 });
      }
      const storeMs: number[] = [];
      const retrieveMs: number[] = [];
      // A connection accepted after warm-up is a TLS handshake some request should not have paid.
      let connections = 0;
      const onSocket = (): void => {
        connections++;
      };
      diagnostics.subscribe('net.server.socket', onSocket);
      const cpu = process.cpuUsage();
      for (let i = 0; i < ROUNDS; i++) {
        let t = performance.now();
        await net.store({ pubkey: id.sessionId, namespace: 0, data: payload(), ttlMs: 600_000 });
        storeMs.push(performance.now() - t);
        t = performance.now();
        await net.retrieve({ auth: id.auth, namespace: 0 });
        retrieveMs.push(performance.now() - t);
      }
      const used = process.cpuUsage(cpu);
      diagnostics.unsubscribe('net.server.socket', onSocket);
      const round = (v: number): number => Math.round(v * 10) / 10;
      // Client and localnet share this process: CPU per pair does not depend on the machine's load.
      report(
        'network.store_retrieve_cpu_ms',
        round((used.user + used.system) / 1000 / ROUNDS),
        'ms CPU/pair',
      );
      report('network.new_connections_after_warmup', connections, 'count');
      report('network.store_p50_ms', round(percentile(storeMs, 50)), 'ms');
      report('network.store_p95_ms', round(percentile(storeMs, 95)), 'ms');
      report('network.retrieve_p50_ms', round(percentile(retrieveMs, 50)), 'ms');
      report('network.retrieve_p95_ms', round(percentile(retrieveMs, 95)), 'ms');

      let next = 0;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: PARALLEL }, async () => {
          while (next < PARALLEL_TOTAL) {
            next++;
            await net.store({ pubkey: id.sessionId, namespace: 0, data: payload(), ttlMs: 600_000 });
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      report('network.stores_per_s_20_in_flight', Math.round(PARALLEL_TOTAL / seconds), 'ops/s');
    } finally {
      await net.close();
    }
  } finally {
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
    await ln.close();
  }
}
