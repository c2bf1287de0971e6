/**
 * The physical counterpart of localnet's onion round trips: plain HTTPS round trips on loopback
 * (TLS 1.3 with the same self-signed P-256 identities and the same keep-alive client pool the
 * nodes use, 1 KiB posted, 1 KiB answered), run by as many concurrent workers, in the same process.
 * A 3-hop store + retrieve is about a dozen such requests plus the crypto, so its ratio to this
 * floor is what a budget can name; CPU per round trip makes the ratio hold under machine load.
 */
import https from 'node:https';
import { generateTlsIdentity } from '../localnet/certs';
import { listenOn, post, readBody } from '../localnet/http';

export interface FloorRate {
  readonly perS: number;
  readonly cpuMsPerRoundTrip: number;
}

const BODY = new Uint8Array(1024).fill(0x61);

export async function rawHttpsRoundTrips(concurrency: number, durationMs: number): Promise<FloorRate> {
  const tls = await generateTlsIdentity('127.0.0.1');
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    void readBody(req, 64 * 1024).then(() =>
      res.writeHead(200, { 'Content-Length': String(BODY.length) }).end(BODY),
    );
  });
  const port = await listenOn(server, '127.0.0.1', 0, false);
  const target = { protocol: 'https' as const, host: '127.0.0.1', port, path: '/' };
  const loop = async (deadline: number): Promise<number> => {
    let n = 0;
    while (performance.now() < deadline) {
      await post(target, BODY, { 'Content-Type': 'application/octet-stream' }, 10_000);
      n++;
    }
    return n;
  };
  try {
    const workers = (ms: number) => {
      const deadline = performance.now() + ms;
      return Promise.all(Array.from({ length: concurrency }, () => loop(deadline)));
    };
    await workers(500);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const counts = await workers(durationMs);
    const used = process.cpuUsage(cpu);
    const total = counts.reduce((a, b) => a + b, 0);
    return {
      perS: Math.round((total * 1000) / (performance.now() - start)),
      cpuMsPerRoundTrip: (used.user + used.system) / 1000 / Math.max(1, total),
    };
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}
