import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isShallotError } from '../electron/core/errors';
import { startLocalnet } from './index';

/**
 * `npx tsx localnet/cli.ts [--nodes 12] [--swarm-size 5] [--dir DIR] [--ons name=05…]…`
 * Starts a local Session network, writes DIR/profile.json, prints one summary line, and stops
 * cleanly on SIGINT/SIGTERM.
 */
function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: localnet [--nodes N] [--swarm-size N] [--dir DIR] [--ons name=05…]…\n`,
  );
  process.exit(2);
}

function positiveInt(value: string | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) usage(`${what} must be a positive integer`);
  return Number(value);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        nodes: { type: 'string' },
        'swarm-size': { type: 'string' },
        dir: { type: 'string' },
        ons: { type: 'string', multiple: true },
        'fault-seed': { type: 'string' },
      },
      strict: true,
    }));
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const ons: Record<string, string> = {};
  for (const entry of values.ons ?? []) {
    const eq = entry.indexOf('=');
    if (eq <= 0) usage(`--ons expects name=05…, got ${entry}`);
    ons[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  // Handlers go in before anything is printed: a signal that arrives before a listener exists
  // would kill the process with the default action instead of closing the network.
  let stopRequested = false;
  let stop: () => void = () => {
    stopRequested = true;
  };
  process.on('SIGINT', () => stop());
  process.on('SIGTERM', () => stop());
  const started = performance.now();
  const net = await startLocalnet({
    nodes: positiveInt(values.nodes, 12, '--nodes'),
    swarmSize: positiveInt(values['swarm-size'], 5, '--swarm-size'),
    ...(values.dir !== undefined ? { dir: resolve(values.dir) } : {}),
    ons,
    faultSeed: positiveInt(values['fault-seed'], 1, '--fault-seed'),
  });
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `localnet: ${net.nodes.length} nodes in ${net.swarms.length} swarms, seed ${net.seedUrl}, ` +
      `file server ${net.fileServer.url}, profile ${net.profilePath} (started in ${ms} ms)\n`,
  );
  let stopping = false;
  stop = (): void => {
    if (stopping) return;
    stopping = true;
    net.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  if (stopRequested) stop();
}

main().catch((e: unknown) => {
  process.stderr.write(
    `localnet: ${isShallotError(e) ? e.message : e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exit(1);
});
