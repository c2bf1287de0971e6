import diagnostics from 'node:diagnostics_channel';
import { ready } from '../electron/core/crypto/sodium';
import { retrieveSigMessage } from '../electron/core/protocol/storage-signatures';
import { startLocalnet, type LocalnetNode } from '../localnet/index';
import { auth, b64, newUser, onionRpc } from '../test/localnet/client';
import { rawHttpsRoundTrips } from './https-floor';
import { report } from './report';

/** Local network figures: startup time, idle CPU, and 3-hop onion store+retrieve throughput. */
export async function run(): Promise<void> {
  await ready();
  const t0 = performance.now();
  const net = await startLocalnet({ nodes: 12, swarmSize: 5 });
  report('localnet.start_12_nodes_ms', Math.round(performance.now() - t0), 'ms');
  try {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    await new Promise((r) => setTimeout(r, 3000));
    const cpu = process.cpuUsage(cpu0);
    const wallUs = (performance.now() - wall0) * 1000;
    report('localnet.idle_cpu_percent', Number((((cpu.user + cpu.system) / wallUs) * 100).toFixed(2)), '%');

    const users = Array.from({ length: 8 }, () => newUser());
    // Past a handful of requests in flight a 2-core machine only queues them (throughput drops).
    const concurrency = 6;
    const durationMs = 4000;
    let done = 0;
    let failed = 0;
    let deadline = 0;
    const worker = async (w: number): Promise<void> => {
      const user = users[w % users.length]!;
      const swarm = net.swarmFor(user.pubkey);
      const others = net.nodes.filter((n) => !swarm.includes(n));
      let i = 0;
      while (performance.now() < deadline) {
        const dest = swarm[i % swarm.length]!;
        const path: LocalnetNode[] = [0, 1, 2].map((k) => others[(w + i + k * 3) % others.length]!);
        const now = Date.now();
        const stored = await onionRpc('aes-gcm', path, dest, 'store', {
          pubkey: user.pubkey,
          namespace: 0,
          ttl: 60_000,
          timestamp: now,
          data: b64(`bench ${w} ${i}`),
        });
        const got = await onionRpc('aes-gcm', path, dest, 'retrieve', {
          namespace: 0,
          timestamp: now,
          max_count: 1,
          ...auth(user, retrieveSigMessage(0, now)),
        });
        if (stored.status === 200 && got.status === 200) done++;
        else failed++;
        i++;
      }
    };
    // Every connection a server accepts after warm-up (a TLS handshake) means a hop skipped its pool.
    let connections = 0;
    const onSocket = (): void => {
      connections++;
    };
    const run = async (ms: number): Promise<{ rtts: number; secs: number; cpuMs: number }> => {
      done = 0;
      deadline = performance.now() + ms;
      const cpu = process.cpuUsage();
      const start = performance.now();
      await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
      const used = process.cpuUsage(cpu);
      return {
        rtts: done,
        secs: (performance.now() - start) / 1000,
        cpuMs: (used.user + used.system) / 1000,
      };
    };
    await run(1000);
    diagnostics.subscribe('net.server.socket', onSocket);
    const m = await run(durationMs);
    diagnostics.unsubscribe('net.server.socket', onSocket);
    report('localnet.onion_store_retrieve_rtt_per_s', Math.round(m.rtts / m.secs), 'round trips/s');
    // Client and network share this process: CPU per round trip does not depend on what else
    // the machine runs, unlike the rate above; 1000 / it is roughly what one idle core would reach.
    const cpuPerRtt = m.cpuMs / Math.max(1, m.rtts);
    report('localnet.onion_store_retrieve_cpu_ms', Number(cpuPerRtt.toFixed(2)), 'ms CPU/round trip');
    report('localnet.onion_store_retrieve_rtt_per_cpu_s', Math.round(1000 / cpuPerRtt), 'round trips/CPU s');
    report('localnet.new_connections_after_warmup', connections, 'count');
    if (failed > 0) report('localnet.onion_store_retrieve_failures', failed, 'count');
    const floor = await rawHttpsRoundTrips(concurrency, durationMs);
    report('localnet.raw_https_rtt_per_s', floor.perS, 'round trips/s');
    report('localnet.raw_https_cpu_ms', Number(floor.cpuMsPerRoundTrip.toFixed(3)), 'ms CPU/round trip');
    const vsFloor = floor.cpuMsPerRoundTrip / cpuPerRtt;
    report('localnet.onion_store_retrieve_vs_raw_https_ratio', Number(vsFloor.toFixed(3)), 'ratio');
  } finally {
    await net.close();
  }
}
