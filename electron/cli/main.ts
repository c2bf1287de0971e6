/**
 * `shallot` on the command line: the same core as the app, in this process, answering one command.
 *
 *   shallot info [--data-dir DIR]
 *   shallot call METHOD [JSON-PARAMS] [--data-dir DIR]
 *
 * Results are printed as JSON on stdout; errors as `code: message` on stderr with exit code 1.
 */
import { resolve } from 'node:path';
import { startCore } from '../core/api/core';
import { createLogger } from '../core/log';
import { ArgsError, parseHostArgs } from '../host/args';
import { defaultDataDir } from '../host/paths';

const USAGE = 'usage: shallot info | shallot call METHOD [JSON-PARAMS]  [--data-dir DIR] [--network NAME]';

function positional(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) {
      if (!a.includes('=')) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let args;
  try {
    args = parseHostArgs(argv);
  } catch (e) {
    process.stderr.write(`${e instanceof ArgsError ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const [command, method, rawParams] = positional(argv);
  let call: { method: string; params: unknown };
  if (command === 'info') call = { method: 'app.info', params: {} };
  else if (command === 'call' && method) {
    try {
      call = { method, params: rawParams ? (JSON.parse(rawParams) as unknown) : {} };
    } catch {
      process.stderr.write('JSON-PARAMS is not valid JSON\n');
      return 2;
    }
  } else {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const core = await startCore({
    dataDir: resolve(args.dataDir ?? defaultDataDir()),
    host: 'cli',
    network: args.network ?? 'offline',
    logger: createLogger('cli', 'warn'),
    heartbeatMs: 0,
  });
  try {
    const result = await core.dispatch(call.method, call.params);
    if (result.ok) {
      process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
      return 0;
    }
    process.stderr.write(`${result.error.code}: ${result.error.message}\n`);
    return 1;
  } finally {
    await core.close();
  }
}

process.exitCode = await main();
