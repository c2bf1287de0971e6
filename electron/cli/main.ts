/**
 * `shallot` on the command line: the same core as the app, in this process, answering one command.
 *
 *   shallot info [--data-dir DIR]
 *   shallot call METHOD [JSON-PARAMS | -] [--data-dir DIR] [--network NET]
 *
 * With `-`, the parameters are read as JSON from standard input: methods whose contract spec names
 * `secret` parameters (a password, a recovery phrase) take them only that way, since an argument
 * would sit in the process list and shell history. Results are printed on stdout as bridge-codec
 * JSON (bytes as `{"$bytes": base64}`, as every transport carries them); errors as `code: message`
 * on stderr with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toWireValue } from '../bridge/codec';
import { isMethodName, methodSpec } from '../bridge/contract';
import { startCore, type Core } from '../core/api/core';
import { isShallotError } from '../core/errors';
import { createLogger } from '../core/log';
import { ArgsError, parseHostArgs } from '../host/args';
import { defaultDataDir } from '../host/paths';

const USAGE = 'usage: shallot info | shallot call METHOD [JSON-PARAMS | -]  [--data-dir DIR] [--network NET]';

/** A method with secret parameters takes them from stdin only (its spec's `secret`). */
function takesSecrets(method: string): boolean {
  return isMethodName(method) && (methodSpec(method).secret?.length ?? 0) > 0;
}

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

function fail(text: string, code = 1): number {
  process.stderr.write(`${text}\n`);
  return code;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let args;
  try {
    args = parseHostArgs(argv);
  } catch (e) {
    return fail(`${e instanceof ArgsError ? e.message : String(e)}\n${USAGE}`, 2);
  }
  const [command, method, rawParams] = positional(argv);
  let call: { method: string; params: unknown };
  if (command === 'info') call = { method: 'app.info', params: {} };
  else if (command === 'call' && method) {
    if (rawParams !== undefined && rawParams !== '-' && takesSecrets(method)) {
      return fail(`${method} takes secrets: pass its parameters on standard input with "-"`, 2);
    }
    const text = rawParams === '-' ? readFileSync(0, 'utf8') : (rawParams ?? '{}');
    try {
      call = { method, params: JSON.parse(text) as unknown };
    } catch {
      return fail('The parameters are not valid JSON', 2);
    }
  } else {
    return fail(USAGE, 2);
  }

  let core: Core;
  try {
    core = await startCore({
      dataDir: resolve(args.dataDir ?? defaultDataDir()),
      host: 'cli',
      network: args.network ?? 'offline',
      logger: createLogger('cli', 'warn'),
      heartbeatMs: 0,
    });
  } catch (e) {
    return fail(isShallotError(e) ? `${e.code}: ${e.message}` : 'internal: Shallot could not start');
  }
  try {
    const result = await core.dispatch(call.method, call.params);
    if (result.ok) {
      process.stdout.write(`${JSON.stringify(toWireValue(result.value), null, 2)}\n`);
      return 0;
    }
    return fail(`${result.error.code}: ${result.error.message}`);
  } finally {
    await core.close();
  }
}

process.exitCode = await main();
