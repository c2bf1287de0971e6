/**
 * `npm run web`: the core in this process, the renderer in any browser on this machine.
 * Prints one line with the URL to open (it carries the launch token) on stdout.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore } from '../core/api/core';
import { createLogger } from '../core/log';
import { ArgsError, parseHostArgs } from './args';
import { defaultDataDir } from './paths';
import { startWebHost } from './web-host';

async function main(): Promise<void> {
  const logger = createLogger('web-host');
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e instanceof ArgsError ? e.message : String(e)}\n`);
    process.exit(2);
  }
  const dataDir = resolve(args.dataDir ?? defaultDataDir());
  const core = await startCore({
    dataDir,
    host: 'web',
    network: args.network,
    logger: logger.child('core'),
  });
  const staticDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const host = await startWebHost({ core, staticDir, port: args.port });
  process.stdout.write(`Shallot is running at ${host.url}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // Shutting down must end even if something hangs; the store's unclean-shutdown check covers it.
    setTimeout(() => process.exit(1), 5_000).unref();
    void (async () => {
      await host.close();
      await core.close();
      process.exit(0);
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  // A bad --network profile, a vault that cannot be opened, a port in use: say what, not a stack.
  const text = e instanceof Error ? e.message : String(e);
  process.stderr.write(`Shallot could not start: ${text}\n`);
  process.exit(1);
});
