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
import { decodeWire, toWireValue } from '../bridge/codec';
import { startCore, type Core } from '../core/api/core';
import { isShallotError } from '../core/errors';
import { createLogger } from '../core/log';
import { defaultDataDir } from '../host/paths';
import { parseCommand } from './command';

function fail(text: string, code = 1): number {
  process.stderr.write(`${text}\n`);
  return code;
}

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2));
  if (command.kind === 'refused') return fail(command.message, 2);
  const { args, method } = command;
  // The bridge codec reads them, as every transport does (bytes as {"$bytes": base64}).
  const decoded = decodeWire(command.params ?? readFileSync(0, 'utf8'));
  if (!decoded.ok) return fail('The parameters are not valid JSON', 2);

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
    const result = await core.dispatch(method, decoded.value);
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
